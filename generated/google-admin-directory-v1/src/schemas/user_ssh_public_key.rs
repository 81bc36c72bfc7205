/// JSON template for a POSIX account entry.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserSshPublicKey {
    /// An expiration time in microseconds since epoch.
    #[serde(
        rename = "expirationTimeUsec",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<crate::runtime::wire::I64>>"
    )]
    pub expiration_time_usec: Option<i64>,
    /// A SHA-256 fingerprint of the SSH public key. (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// An SSH public key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl UserSshPublicKey {
    /// Sets `expirationTimeUsec` (chainable).
    pub fn set_expiration_time_usec(mut self, value: impl Into<i64>) -> Self {
        self.expiration_time_usec = Some(value.into());
        self
    }
    /// Sets `fingerprint` (chainable).
    pub fn set_fingerprint(mut self, value: impl Into<String>) -> Self {
        self.fingerprint = Some(value.into());
        self
    }
    /// Sets `key` (chainable).
    pub fn set_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
}
