/// This feature is not generally available.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContentProviderEndpoint {
    /// This feature is not generally available.
    #[serde(rename = "packageName", default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// Required. This feature is not generally available.
    #[serde(
        rename = "signingCertsSha256",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signing_certs_sha256: Option<Vec<String>>,
    /// This feature is not generally available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ContentProviderEndpoint {
    /// Sets `packageName` (chainable).
    pub fn set_package_name(mut self, value: impl Into<String>) -> Self {
        self.package_name = Some(value.into());
        self
    }
    /// Sets `signingCertsSha256` (chainable).
    pub fn set_signing_certs_sha256(
        mut self,
        value: impl IntoIterator<Item = String>,
    ) -> Self {
        self.signing_certs_sha256 = Some(value.into_iter().collect());
        self
    }
    /// Sets `uri` (chainable).
    pub fn set_uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self
    }
}
