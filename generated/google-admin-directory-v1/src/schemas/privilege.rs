use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Privilege {
    /// A list of child privileges. Privileges for a service form a tree. Each privilege can have a
    /// list of child privileges; this list is empty for a leaf privilege.
    pub child_privileges: Option<Vec<crate::schemas::Privilege>>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// If the privilege can be restricted to an organization unit.
    pub is_ou_scopable: Option<bool>,
    /// The type of the API resource. This is always `admin#directory#privilege`.
    pub kind: Option<String>,
    /// The name of the privilege.
    pub privilege_name: Option<String>,
    /// The obfuscated ID of the service this privilege is for. This value is returned with
    /// \[`Privileges.list()`\](<https://developers.google.com/workspace/admin/directory/v1/reference/privileges/list>).
    pub service_id: Option<String>,
    /// The name of the service this privilege is for.
    pub service_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Privilege {
    /// Sets `childPrivileges` (chainable).
    pub fn set_child_privileges(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Privilege>>,
    ) -> Self {
        self.child_privileges = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("childPrivileges");
        self
    }

    /// Sends `childPrivileges` as JSON `null`, which clears it on the server (chainable);
    /// `set_child_privileges` takes it back.
    #[inline]
    pub fn clear_child_privileges(mut self) -> Self {
        self.child_privileges = None;
        self.unknown_fields
            .insert("childPrivileges".to_owned(), serde_json::Value::Null);
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

    /// Sets `isOuScopable` (chainable).
    pub fn set_is_ou_scopable(mut self, value: impl Into<bool>) -> Self {
        self.is_ou_scopable = Some(value.into());
        self.unknown_fields.remove("isOuScopable");
        self
    }

    /// Sends `isOuScopable` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_ou_scopable` takes it back.
    #[inline]
    pub fn clear_is_ou_scopable(mut self) -> Self {
        self.is_ou_scopable = None;
        self.unknown_fields.insert("isOuScopable".to_owned(), serde_json::Value::Null);
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

    /// Sets `privilegeName` (chainable).
    pub fn set_privilege_name(mut self, value: impl Into<String>) -> Self {
        self.privilege_name = Some(value.into());
        self.unknown_fields.remove("privilegeName");
        self
    }

    /// Sends `privilegeName` as JSON `null`, which clears it on the server (chainable);
    /// `set_privilege_name` takes it back.
    #[inline]
    pub fn clear_privilege_name(mut self) -> Self {
        self.privilege_name = None;
        self.unknown_fields.insert("privilegeName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `serviceId` (chainable).
    pub fn set_service_id(mut self, value: impl Into<String>) -> Self {
        self.service_id = Some(value.into());
        self.unknown_fields.remove("serviceId");
        self
    }

    /// Sends `serviceId` as JSON `null`, which clears it on the server (chainable);
    /// `set_service_id` takes it back.
    #[inline]
    pub fn clear_service_id(mut self) -> Self {
        self.service_id = None;
        self.unknown_fields.insert("serviceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `serviceName` (chainable).
    pub fn set_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self.unknown_fields.remove("serviceName");
        self
    }

    /// Sends `serviceName` as JSON `null`, which clears it on the server (chainable);
    /// `set_service_name` takes it back.
    #[inline]
    pub fn clear_service_name(mut self) -> Self {
        self.service_name = None;
        self.unknown_fields.insert("serviceName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Privilege {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.child_privileges {
            map.serialize_entry("childPrivileges", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.is_ou_scopable {
            map.serialize_entry("isOuScopable", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.privilege_name {
            map.serialize_entry("privilegeName", value)?;
        }
        if let Some(value) = &self.service_id {
            map.serialize_entry("serviceId", value)?;
        }
        if let Some(value) = &self.service_name {
            map.serialize_entry("serviceName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Privilege {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Privilege {
    const NAME: &'static str = "Privilege";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "childPrivileges" => self.child_privileges = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "isOuScopable" => self.is_ou_scopable = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "privilegeName" => self.privilege_name = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            "serviceName" => self.service_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
