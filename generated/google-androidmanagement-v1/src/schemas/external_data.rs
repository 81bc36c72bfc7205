use crate::runtime::wire;

/// Data hosted at an external location. The data is to be downloaded by Android Device Policy
/// and verified against the hash.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ExternalData {
    /// The base-64 encoded SHA-256 hash of the content hosted at url. If the content doesn't match
    /// this hash, Android Device Policy won't use the data.
    pub sha256_hash: Option<String>,
    /// The absolute URL to the data, which must use either the http or https scheme. Android Device
    /// Policy doesn't provide any credentials in the GET request, so the URL must be publicly
    /// accessible. Including a long, random component in the URL may be used to prevent attackers
    /// from discovering the URL.
    pub url: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ExternalData {
    /// Sets `sha256Hash` (chainable).
    pub fn set_sha256_hash(mut self, value: impl Into<String>) -> Self {
        self.sha256_hash = Some(value.into());
        self.unknown_fields.remove("sha256Hash");
        self
    }

    /// Sends `sha256Hash` as JSON `null`, which clears it on the server (chainable);
    /// `set_sha256_hash` takes it back.
    #[inline]
    pub fn clear_sha256_hash(mut self) -> Self {
        self.sha256_hash = None;
        self.unknown_fields.insert("sha256Hash".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `url` (chainable).
    pub fn set_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self.unknown_fields.remove("url");
        self
    }

    /// Sends `url` as JSON `null`, which clears it on the server (chainable); `set_url` takes it
    /// back.
    #[inline]
    pub fn clear_url(mut self) -> Self {
        self.url = None;
        self.unknown_fields.insert("url".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ExternalData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.sha256_hash {
            map.serialize_entry("sha256Hash", value)?;
        }
        if let Some(value) = &self.url {
            map.serialize_entry("url", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExternalData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ExternalData {
    const NAME: &'static str = "ExternalData";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "sha256Hash" => self.sha256_hash = map.next_value()?,
            "url" => self.url = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
