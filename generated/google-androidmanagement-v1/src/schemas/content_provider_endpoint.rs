use crate::runtime::wire;

/// This feature is not generally available.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ContentProviderEndpoint {
    /// This feature is not generally available.
    pub package_name: Option<String>,
    /// Required. This feature is not generally available.
    pub signing_certs_sha256: Option<Vec<String>>,
    /// This feature is not generally available.
    pub uri: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ContentProviderEndpoint {
    /// Sets `packageName` (chainable).
    pub fn set_package_name(mut self, value: impl Into<String>) -> Self {
        self.package_name = Some(value.into());
        self.unknown_fields.remove("packageName");
        self
    }

    /// Sends `packageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_name` takes it back.
    #[inline]
    pub fn clear_package_name(mut self) -> Self {
        self.package_name = None;
        self.unknown_fields.insert("packageName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signingCertsSha256` (chainable).
    pub fn set_signing_certs_sha256(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.signing_certs_sha256 = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("signingCertsSha256");
        self
    }

    /// Sends `signingCertsSha256` as JSON `null`, which clears it on the server (chainable);
    /// `set_signing_certs_sha256` takes it back.
    #[inline]
    pub fn clear_signing_certs_sha256(mut self) -> Self {
        self.signing_certs_sha256 = None;
        self.unknown_fields
            .insert("signingCertsSha256".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `uri` (chainable).
    pub fn set_uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self.unknown_fields.remove("uri");
        self
    }

    /// Sends `uri` as JSON `null`, which clears it on the server (chainable); `set_uri` takes it
    /// back.
    #[inline]
    pub fn clear_uri(mut self) -> Self {
        self.uri = None;
        self.unknown_fields.insert("uri".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ContentProviderEndpoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        if let Some(value) = &self.signing_certs_sha256 {
            map.serialize_entry("signingCertsSha256", value)?;
        }
        if let Some(value) = &self.uri {
            map.serialize_entry("uri", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContentProviderEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ContentProviderEndpoint {
    const NAME: &'static str = "ContentProviderEndpoint";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "packageName" => self.package_name = map.next_value()?,
            "signingCertsSha256" => self.signing_certs_sha256 = map.next_value()?,
            "uri" => self.uri = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
