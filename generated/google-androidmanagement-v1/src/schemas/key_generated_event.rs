use crate::runtime::wire;

/// A cryptographic key including user installed, admin installed and system maintained private
/// key is installed on the device either by the user or management.This is available
/// device-wide on fully managed devices and within the work profile on organization-owned
/// devices with a work profile.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeyGeneratedEvent {
    /// UID of the application which generated the key.
    pub application_uid: Option<i32>,
    /// Alias of the key.
    pub key_alias: Option<String>,
    /// Whether the operation was successful.
    pub success: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl KeyGeneratedEvent {
    /// Sets `applicationUid` (chainable).
    pub fn set_application_uid(mut self, value: impl Into<i32>) -> Self {
        self.application_uid = Some(value.into());
        self.unknown_fields.remove("applicationUid");
        self
    }

    /// Sends `applicationUid` as JSON `null`, which clears it on the server (chainable);
    /// `set_application_uid` takes it back.
    #[inline]
    pub fn clear_application_uid(mut self) -> Self {
        self.application_uid = None;
        self.unknown_fields.insert("applicationUid".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyAlias` (chainable).
    pub fn set_key_alias(mut self, value: impl Into<String>) -> Self {
        self.key_alias = Some(value.into());
        self.unknown_fields.remove("keyAlias");
        self
    }

    /// Sends `keyAlias` as JSON `null`, which clears it on the server (chainable); `set_key_alias`
    /// takes it back.
    #[inline]
    pub fn clear_key_alias(mut self) -> Self {
        self.key_alias = None;
        self.unknown_fields.insert("keyAlias".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `success` (chainable).
    pub fn set_success(mut self, value: impl Into<bool>) -> Self {
        self.success = Some(value.into());
        self.unknown_fields.remove("success");
        self
    }

    /// Sends `success` as JSON `null`, which clears it on the server (chainable); `set_success`
    /// takes it back.
    #[inline]
    pub fn clear_success(mut self) -> Self {
        self.success = None;
        self.unknown_fields.insert("success".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for KeyGeneratedEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.application_uid {
            map.serialize_entry("applicationUid", value)?;
        }
        if let Some(value) = &self.key_alias {
            map.serialize_entry("keyAlias", value)?;
        }
        if let Some(value) = &self.success {
            map.serialize_entry("success", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for KeyGeneratedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for KeyGeneratedEvent {
    const NAME: &'static str = "KeyGeneratedEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "applicationUid" => self.application_uid = map.next_value()?,
            "keyAlias" => self.key_alias = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
