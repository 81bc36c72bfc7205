use crate::runtime::{wire, Timestamp};

/// Details regarding the expiration of this role assignment. Used to automatically revoke
/// access when the time limit is reached.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExpirationDetails {
    /// The specific timestamp when the role assignment expires.
    #[serde(rename = "expireTime", default, skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ExpirationDetails {
    /// Sets `expireTime` (chainable).
    pub fn set_expire_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.expire_time = Some(value.into());
        self.unknown_fields.remove("expireTime");
        self
    }

    /// Sends `expireTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_expire_time` takes it back.
    #[inline]
    pub fn clear_expire_time(mut self) -> Self {
        self.expire_time = None;
        self.unknown_fields.insert("expireTime".to_owned(), serde_json::Value::Null);
        self
    }
}
