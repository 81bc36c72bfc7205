use crate::runtime::wire;

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
