use crate::runtime::wire;

/// JSON template to produce a JSON-style HMAC Key resource for Create responses.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HmacKey {
    /// The kind of item this is. For HMAC keys, this is always storage#hmacKey.
    pub kind: Option<String>,
    /// Key metadata.
    pub metadata: Option<crate::schemas::HmacKeyMetadata>,
    /// HMAC secret key material.
    pub secret: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl HmacKey {
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

    /// Sets `metadata` (chainable).
    pub fn set_metadata(
        mut self,
        value: impl Into<crate::schemas::HmacKeyMetadata>,
    ) -> Self {
        self.metadata = Some(value.into());
        self.unknown_fields.remove("metadata");
        self
    }

    /// Sends `metadata` as JSON `null`, which clears it on the server (chainable); `set_metadata`
    /// takes it back.
    #[inline]
    pub fn clear_metadata(mut self) -> Self {
        self.metadata = None;
        self.unknown_fields.insert("metadata".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `secret` (chainable).
    pub fn set_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self.unknown_fields.remove("secret");
        self
    }

    /// Sends `secret` as JSON `null`, which clears it on the server (chainable); `set_secret` takes
    /// it back.
    #[inline]
    pub fn clear_secret(mut self) -> Self {
        self.secret = None;
        self.unknown_fields.insert("secret".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for HmacKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if let Some(value) = &self.secret {
            map.serialize_entry("secret", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HmacKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for HmacKey {
    const NAME: &'static str = "HmacKey";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "kind" => self.kind = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "secret" => self.secret = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
