use crate::runtime::wire;

/// A Permissions resource represents some extra capability, to be granted to an Android app,
/// which requires explicit consent. An enterprise admin must consent to these permissions on
/// behalf of their users before an entitlement for the app can be created. The permissions
/// collection is read-only. The information provided for each permission (localized name and
/// description) is intended to be used in the MDM user interface when obtaining consent from
/// the enterprise.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Permission {
    /// A longer description of the Permissions resource, giving more details of what it affects.
    pub description: Option<String>,
    /// The name of the permission.
    pub name: Option<String>,
    /// An opaque string uniquely identifying the permission.
    pub permission_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Permission {
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

    /// Sets `permissionId` (chainable).
    pub fn set_permission_id(mut self, value: impl Into<String>) -> Self {
        self.permission_id = Some(value.into());
        self.unknown_fields.remove("permissionId");
        self
    }

    /// Sends `permissionId` as JSON `null`, which clears it on the server (chainable);
    /// `set_permission_id` takes it back.
    #[inline]
    pub fn clear_permission_id(mut self) -> Self {
        self.permission_id = None;
        self.unknown_fields.insert("permissionId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Permission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.permission_id {
            map.serialize_entry("permissionId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Permission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Permission {
    const NAME: &'static str = "Permission";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "description" => self.description = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "permissionId" => self.permission_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
