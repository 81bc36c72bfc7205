use crate::runtime::wire;

/// A new root certificate was installed into the system's trusted credential storage. This is
/// available device-wide on fully managed devices and within the work profile on
/// organization-owned devices with a work profile.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CertAuthorityInstalledEvent {
    /// Subject of the certificate.
    pub certificate: Option<String>,
    /// Whether the installation event succeeded.
    pub success: Option<bool>,
    /// The user in which the certificate install event happened. Only available for devices running
    /// Android 11 and above.
    pub user_id: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CertAuthorityInstalledEvent {
    /// Sets `certificate` (chainable).
    pub fn set_certificate(mut self, value: impl Into<String>) -> Self {
        self.certificate = Some(value.into());
        self.unknown_fields.remove("certificate");
        self
    }

    /// Sends `certificate` as JSON `null`, which clears it on the server (chainable);
    /// `set_certificate` takes it back.
    #[inline]
    pub fn clear_certificate(mut self) -> Self {
        self.certificate = None;
        self.unknown_fields.insert("certificate".to_owned(), serde_json::Value::Null);
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

    /// Sets `userId` (chainable).
    pub fn set_user_id(mut self, value: impl Into<i32>) -> Self {
        self.user_id = Some(value.into());
        self.unknown_fields.remove("userId");
        self
    }

    /// Sends `userId` as JSON `null`, which clears it on the server (chainable); `set_user_id`
    /// takes it back.
    #[inline]
    pub fn clear_user_id(mut self) -> Self {
        self.user_id = None;
        self.unknown_fields.insert("userId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CertAuthorityInstalledEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.certificate {
            map.serialize_entry("certificate", value)?;
        }
        if let Some(value) = &self.success {
            map.serialize_entry("success", value)?;
        }
        if let Some(value) = &self.user_id {
            map.serialize_entry("userId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CertAuthorityInstalledEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CertAuthorityInstalledEvent {
    const NAME: &'static str = "CertAuthorityInstalledEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "certificate" => self.certificate = map.next_value()?,
            "success" => self.success = map.next_value()?,
            "userId" => self.user_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
