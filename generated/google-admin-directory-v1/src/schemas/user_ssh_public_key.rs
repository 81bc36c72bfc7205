use crate::runtime::wire;

/// JSON template for a POSIX account entry.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserSshPublicKey {
    /// An expiration time in microseconds since epoch.
    #[serde(
        rename = "expirationTimeUsec",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
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
    pub unknown_fields: wire::UnknownFields,
}

impl UserSshPublicKey {
    /// Sets `expirationTimeUsec` (chainable).
    pub fn set_expiration_time_usec(mut self, value: impl Into<i64>) -> Self {
        self.expiration_time_usec = Some(value.into());
        self.unknown_fields.remove("expirationTimeUsec");
        self
    }

    /// Sends `expirationTimeUsec` as JSON `null`, which clears it on the server (chainable);
    /// `set_expiration_time_usec` takes it back.
    #[inline]
    pub fn clear_expiration_time_usec(mut self) -> Self {
        self.expiration_time_usec = None;
        self.unknown_fields
            .insert("expirationTimeUsec".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fingerprint` (chainable).
    pub fn set_fingerprint(mut self, value: impl Into<String>) -> Self {
        self.fingerprint = Some(value.into());
        self.unknown_fields.remove("fingerprint");
        self
    }

    /// Sends `fingerprint` as JSON `null`, which clears it on the server (chainable);
    /// `set_fingerprint` takes it back.
    #[inline]
    pub fn clear_fingerprint(mut self) -> Self {
        self.fingerprint = None;
        self.unknown_fields.insert("fingerprint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `key` (chainable).
    pub fn set_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self.unknown_fields.remove("key");
        self
    }

    /// Sends `key` as JSON `null`, which clears it on the server (chainable); `set_key` takes it
    /// back.
    #[inline]
    pub fn clear_key(mut self) -> Self {
        self.key = None;
        self.unknown_fields.insert("key".to_owned(), serde_json::Value::Null);
        self
    }
}
