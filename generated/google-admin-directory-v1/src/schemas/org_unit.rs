use crate::runtime::wire;

/// Managing your account's organizational units allows you to configure your users' access to
/// services and custom settings. For more information about common organizational unit tasks,
/// see the [Developer's
/// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-org-units.html).
/// The customer's organizational unit hierarchy is limited to 35 levels of depth.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OrgUnit {
    /// This field is deprecated and setting its value has no effect.
    ///
    /// Deprecated.
    pub block_inheritance: Option<bool>,
    /// Description of the organizational unit.
    pub description: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// The type of the API resource. For Orgunits resources, the value is
    /// `admin#directory#orgUnit`.
    pub kind: Option<String>,
    /// The organizational unit's path name. For example, an organizational unit's name within the
    /// /corp/support/sales_support parent path is sales_support. Required.
    ///
    /// Required by: `directory.orgunits.insert`.
    pub name: Option<String>,
    /// The unique ID of the organizational unit.
    pub org_unit_id: Option<String>,
    /// The full path to the organizational unit. The `orgUnitPath` is a derived property. When
    /// listed, it is derived from `parentOrgunitPath` and organizational unit's `name`. For
    /// example, for an organizational unit named 'apps' under parent organization '/engineering',
    /// the orgUnitPath is '/engineering/apps'. In order to edit an `orgUnitPath`, either update the
    /// name of the organization or the `parentOrgunitPath`. A user's organizational unit determines
    /// which Google Workspace services the user has access to. If the user is moved to a new
    /// organization, the user's access changes. For more information about organization structures,
    /// see the [administration help center](https://support.google.com/a/answer/4352075). For more
    /// information about moving a user to a different organization, see [Update a
    /// user](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users.html#update_user).
    pub org_unit_path: Option<String>,
    /// The unique ID of the parent organizational unit. Required, unless `parentOrgUnitPath` is
    /// set.
    pub parent_org_unit_id: Option<String>,
    /// The organizational unit's parent path. For example, /corp/sales is the parent path for
    /// /corp/sales/sales_support organizational unit. Required, unless `parentOrgUnitId` is set.
    pub parent_org_unit_path: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl OrgUnit {
    /// Sets `blockInheritance` (chainable).
    pub fn set_block_inheritance(mut self, value: impl Into<bool>) -> Self {
        self.block_inheritance = Some(value.into());
        self.unknown_fields.remove("blockInheritance");
        self
    }

    /// Sends `blockInheritance` as JSON `null`, which clears it on the server (chainable);
    /// `set_block_inheritance` takes it back.
    #[inline]
    pub fn clear_block_inheritance(mut self) -> Self {
        self.block_inheritance = None;
        self.unknown_fields
            .insert("blockInheritance".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self.unknown_fields.remove("description");
        self
    }

    /// Sends `description` as JSON `null`, which clears it on the server (chainable);
    /// `set_description` takes it back.
    #[inline]
    pub fn clear_description(mut self) -> Self {
        self.description = None;
        self.unknown_fields.insert("description".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `orgUnitId` (chainable).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self.unknown_fields.remove("orgUnitId");
        self
    }

    /// Sends `orgUnitId` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_id` takes it back.
    #[inline]
    pub fn clear_org_unit_id(mut self) -> Self {
        self.org_unit_id = None;
        self.unknown_fields.insert("orgUnitId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `orgUnitPath` (chainable).
    pub fn set_org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.org_unit_path = Some(value.into());
        self.unknown_fields.remove("orgUnitPath");
        self
    }

    /// Sends `orgUnitPath` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_path` takes it back.
    #[inline]
    pub fn clear_org_unit_path(mut self) -> Self {
        self.org_unit_path = None;
        self.unknown_fields.insert("orgUnitPath".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `parentOrgUnitId` (chainable).
    pub fn set_parent_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.parent_org_unit_id = Some(value.into());
        self.unknown_fields.remove("parentOrgUnitId");
        self
    }

    /// Sends `parentOrgUnitId` as JSON `null`, which clears it on the server (chainable);
    /// `set_parent_org_unit_id` takes it back.
    #[inline]
    pub fn clear_parent_org_unit_id(mut self) -> Self {
        self.parent_org_unit_id = None;
        self.unknown_fields
            .insert("parentOrgUnitId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `parentOrgUnitPath` (chainable).
    pub fn set_parent_org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.parent_org_unit_path = Some(value.into());
        self.unknown_fields.remove("parentOrgUnitPath");
        self
    }

    /// Sends `parentOrgUnitPath` as JSON `null`, which clears it on the server (chainable);
    /// `set_parent_org_unit_path` takes it back.
    #[inline]
    pub fn clear_parent_org_unit_path(mut self) -> Self {
        self.parent_org_unit_path = None;
        self.unknown_fields
            .insert("parentOrgUnitPath".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for OrgUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.block_inheritance {
            map.serialize_entry("blockInheritance", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.org_unit_id {
            map.serialize_entry("orgUnitId", value)?;
        }
        if let Some(value) = &self.org_unit_path {
            map.serialize_entry("orgUnitPath", value)?;
        }
        if let Some(value) = &self.parent_org_unit_id {
            map.serialize_entry("parentOrgUnitId", value)?;
        }
        if let Some(value) = &self.parent_org_unit_path {
            map.serialize_entry("parentOrgUnitPath", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrgUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for OrgUnit {
    const NAME: &'static str = "OrgUnit";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "blockInheritance" => self.block_inheritance = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "orgUnitId" => self.org_unit_id = map.next_value()?,
            "orgUnitPath" => self.org_unit_path = map.next_value()?,
            "parentOrgUnitId" => self.parent_org_unit_id = map.next_value()?,
            "parentOrgUnitPath" => self.parent_org_unit_path = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
