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
    /// Metadata for a private key instance managed by an external key access control list service. The maximum size of the KACLS data field is 8 KiB.
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
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl CsePrivateKeyMetadata {
    /// Sets `hardwareKeyMetadata` (chainable).
    pub fn set_hardware_key_metadata(
        mut self,
        value: impl Into<crate::schemas::HardwareKeyMetadata>,
    ) -> Self {
        self.hardware_key_metadata = Some(value.into());
        self
    }
    /// Sets `kaclsKeyMetadata` (chainable).
    pub fn set_kacls_key_metadata(
        mut self,
        value: impl Into<crate::schemas::KaclsKeyMetadata>,
    ) -> Self {
        self.kacls_key_metadata = Some(value.into());
        self
    }
    /// Sets `privateKeyMetadataId` (chainable).
    pub fn set_private_key_metadata_id(mut self, value: impl Into<String>) -> Self {
        self.private_key_metadata_id = Some(value.into());
        self
    }
}
