use crate::runtime::wire;

/// The application signing key certificate.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApplicationSigningKeyCert {
    /// Required. The SHA-256 hash value of the signing key certificate of the app. This must be a
    /// valid SHA-256 hash value, i.e. 32 bytes.
    #[serde(
        rename = "signingKeyCertFingerprintSha256",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::Base64>>"
    )]
    pub signing_key_cert_fingerprint_sha256: Option<Vec<u8>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationSigningKeyCert {
    /// Sets `signingKeyCertFingerprintSha256` (chainable).
    pub fn set_signing_key_cert_fingerprint_sha256(
        mut self,
        value: impl Into<Vec<u8>>,
    ) -> Self {
        self.signing_key_cert_fingerprint_sha256 = Some(value.into());
        self.unknown_fields.remove("signingKeyCertFingerprintSha256");
        self
    }

    /// Sends `signingKeyCertFingerprintSha256` as JSON `null`, which clears it on the server
    /// (chainable); `set_signing_key_cert_fingerprint_sha256` takes it back.
    #[inline]
    pub fn clear_signing_key_cert_fingerprint_sha256(mut self) -> Self {
        self.signing_key_cert_fingerprint_sha256 = None;
        self.unknown_fields
            .insert(
                "signingKeyCertFingerprintSha256".to_owned(),
                serde_json::Value::Null,
            );
        self
    }
}
