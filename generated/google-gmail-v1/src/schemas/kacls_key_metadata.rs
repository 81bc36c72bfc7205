use crate::runtime::wire;

/// Metadata for a cryptographic key managed by an external key access control list service. For
/// details about managing key access, see [Google Workspace CSE API
/// Reference](https://developers.google.com/workspace/cse/reference).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KaclsKeyMetadata {
    /// Opaque data generated and used by the key access control list service.
    pub kacls_data: Option<String>,
    /// The URI of the key access control list service that manages the key.
    pub kacls_uri: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl KaclsKeyMetadata {
    /// Sets `kaclsData` (chainable).
    pub fn set_kacls_data(mut self, value: impl Into<String>) -> Self {
        self.kacls_data = Some(value.into());
        self.unknown_fields.remove("kaclsData");
        self
    }

    /// Sends `kaclsData` as JSON `null`, which clears it on the server (chainable);
    /// `set_kacls_data` takes it back.
    #[inline]
    pub fn clear_kacls_data(mut self) -> Self {
        self.kacls_data = None;
        self.unknown_fields.insert("kaclsData".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kaclsUri` (chainable).
    pub fn set_kacls_uri(mut self, value: impl Into<String>) -> Self {
        self.kacls_uri = Some(value.into());
        self.unknown_fields.remove("kaclsUri");
        self
    }

    /// Sends `kaclsUri` as JSON `null`, which clears it on the server (chainable); `set_kacls_uri`
    /// takes it back.
    #[inline]
    pub fn clear_kacls_uri(mut self) -> Self {
        self.kacls_uri = None;
        self.unknown_fields.insert("kaclsUri".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for KaclsKeyMetadata {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.kacls_data {
            map.serialize_entry("kaclsData", value)?;
        }
        if let Some(value) = &self.kacls_uri {
            map.serialize_entry("kaclsUri", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for KaclsKeyMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for KaclsKeyMetadata {
    const NAME: &'static str = "KaclsKeyMetadata";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "kaclsData" => self.kacls_data = map.next_value()?,
            "kaclsUri" => self.kacls_uri = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
