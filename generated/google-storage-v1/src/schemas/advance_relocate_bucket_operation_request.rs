use crate::runtime::{wire, Duration, Timestamp};

/// An AdvanceRelocateBucketOperation request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AdvanceRelocateBucketOperationRequest {
    /// Specifies the time when the relocation will revert to the sync stage if the relocation
    /// hasn't succeeded.
    #[serde(rename = "expireTime", default, skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<Timestamp>,
    /// Specifies the duration after which the relocation will revert to the sync stage if the
    /// relocation hasn't succeeded. Optional, if not supplied, a default value of 12h will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<Duration>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl AdvanceRelocateBucketOperationRequest {
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

    /// Sets `ttl` (chainable).
    pub fn set_ttl(mut self, value: impl Into<Duration>) -> Self {
        self.ttl = Some(value.into());
        self.unknown_fields.remove("ttl");
        self
    }

    /// Sends `ttl` as JSON `null`, which clears it on the server (chainable); `set_ttl` takes it
    /// back.
    #[inline]
    pub fn clear_ttl(mut self) -> Self {
        self.ttl = None;
        self.unknown_fields.insert("ttl".to_owned(), serde_json::Value::Null);
        self
    }
}
