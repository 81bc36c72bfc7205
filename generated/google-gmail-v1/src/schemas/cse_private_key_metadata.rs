use crate::runtime::wire;

/// Metadata for a private key instance.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CsePrivateKeyMetadata {
    /// Metadata for hardware keys.
    pub hardware_key_metadata: Option<crate::schemas::HardwareKeyMetadata>,
    /// Metadata for a private key instance managed by an external key access control list service.
    /// The maximum size of the KACLS data field is 8 KiB.
    pub kacls_key_metadata: Option<crate::schemas::KaclsKeyMetadata>,
    /// Output only. The immutable ID for the private key metadata instance.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub private_key_metadata_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CsePrivateKeyMetadata {
    /// Sets `hardwareKeyMetadata` (chainable).
    pub fn set_hardware_key_metadata(
        mut self,
        value: impl Into<crate::schemas::HardwareKeyMetadata>,
    ) -> Self {
        self.hardware_key_metadata = Some(value.into());
        self.unknown_fields.remove("hardwareKeyMetadata");
        self
    }

    /// Sends `hardwareKeyMetadata` as JSON `null`, which clears it on the server (chainable);
    /// `set_hardware_key_metadata` takes it back.
    #[inline]
    pub fn clear_hardware_key_metadata(mut self) -> Self {
        self.hardware_key_metadata = None;
        self.unknown_fields
            .insert("hardwareKeyMetadata".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kaclsKeyMetadata` (chainable).
    pub fn set_kacls_key_metadata(
        mut self,
        value: impl Into<crate::schemas::KaclsKeyMetadata>,
    ) -> Self {
        self.kacls_key_metadata = Some(value.into());
        self.unknown_fields.remove("kaclsKeyMetadata");
        self
    }

    /// Sends `kaclsKeyMetadata` as JSON `null`, which clears it on the server (chainable);
    /// `set_kacls_key_metadata` takes it back.
    #[inline]
    pub fn clear_kacls_key_metadata(mut self) -> Self {
        self.kacls_key_metadata = None;
        self.unknown_fields
            .insert("kaclsKeyMetadata".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `privateKeyMetadataId` (chainable).
    pub fn set_private_key_metadata_id(mut self, value: impl Into<String>) -> Self {
        self.private_key_metadata_id = Some(value.into());
        self.unknown_fields.remove("privateKeyMetadataId");
        self
    }

    /// Sends `privateKeyMetadataId` as JSON `null`, which clears it on the server (chainable);
    /// `set_private_key_metadata_id` takes it back.
    #[inline]
    pub fn clear_private_key_metadata_id(mut self) -> Self {
        self.private_key_metadata_id = None;
        self.unknown_fields
            .insert("privateKeyMetadataId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CsePrivateKeyMetadata {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.hardware_key_metadata {
            map.serialize_entry("hardwareKeyMetadata", value)?;
        }
        if let Some(value) = &self.kacls_key_metadata {
            map.serialize_entry("kaclsKeyMetadata", value)?;
        }
        if let Some(value) = &self.private_key_metadata_id {
            map.serialize_entry("privateKeyMetadataId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CsePrivateKeyMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CsePrivateKeyMetadata {
    const NAME: &'static str = "CsePrivateKeyMetadata";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "hardwareKeyMetadata" => self.hardware_key_metadata = map.next_value()?,
            "kaclsKeyMetadata" => self.kacls_key_metadata = map.next_value()?,
            "privateKeyMetadataId" => self.private_key_metadata_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
