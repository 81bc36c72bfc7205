use crate::runtime::wire;

/// Metadata for a cryptographic key managed by an external key access control list service. For
/// details about managing key access, see [Google Workspace CSE API
/// Reference](https://developers.google.com/workspace/cse/reference).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KaclsKeyMetadata {
    /// Opaque data generated and used by the key access control list service.
    #[serde(rename = "kaclsData", default, skip_serializing_if = "Option::is_none")]
    pub kacls_data: Option<String>,
    /// The URI of the key access control list service that manages the key.
    #[serde(rename = "kaclsUri", default, skip_serializing_if = "Option::is_none")]
    pub kacls_uri: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
