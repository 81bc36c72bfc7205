use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProductSigningCertificate {
    /// The base64 urlsafe encoded SHA1 hash of the certificate. (This field is deprecated in favor
    /// of SHA2-256. It should not be used and may be removed at any time.)
    #[serde(
        rename = "certificateHashSha1",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate_hash_sha1: Option<String>,
    /// The base64 urlsafe encoded SHA2-256 hash of the certificate.
    #[serde(
        rename = "certificateHashSha256",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate_hash_sha256: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ProductSigningCertificate {
    /// Sets `certificateHashSha1` (chainable).
    pub fn set_certificate_hash_sha1(mut self, value: impl Into<String>) -> Self {
        self.certificate_hash_sha1 = Some(value.into());
        self.unknown_fields.remove("certificateHashSha1");
        self
    }

    /// Sends `certificateHashSha1` as JSON `null`, which clears it on the server (chainable);
    /// `set_certificate_hash_sha1` takes it back.
    #[inline]
    pub fn clear_certificate_hash_sha1(mut self) -> Self {
        self.certificate_hash_sha1 = None;
        self.unknown_fields
            .insert("certificateHashSha1".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `certificateHashSha256` (chainable).
    pub fn set_certificate_hash_sha256(mut self, value: impl Into<String>) -> Self {
        self.certificate_hash_sha256 = Some(value.into());
        self.unknown_fields.remove("certificateHashSha256");
        self
    }

    /// Sends `certificateHashSha256` as JSON `null`, which clears it on the server (chainable);
    /// `set_certificate_hash_sha256` takes it back.
    #[inline]
    pub fn clear_certificate_hash_sha256(mut self) -> Self {
        self.certificate_hash_sha256 = None;
        self.unknown_fields
            .insert("certificateHashSha256".to_owned(), serde_json::Value::Null);
        self
    }
}
