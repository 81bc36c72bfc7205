use crate::runtime::wire;

/// Metadata for a private key instance.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CsePrivateKeyMetadata {
    /// Metadata for hardware keys.
    #[serde(
        rename = "hardwareKeyMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hardware_key_metadata: Option<crate::schemas::HardwareKeyMetadata>,
    /// Metadata for a private key instance managed by an external key access control list service.
    /// The maximum size of the KACLS data field is 8 KiB.
    #[serde(
        rename = "kaclsKeyMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kacls_key_metadata: Option<crate::schemas::KaclsKeyMetadata>,
    /// Output only. The immutable ID for the private key metadata instance.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "privateKeyMetadataId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_key_metadata_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
