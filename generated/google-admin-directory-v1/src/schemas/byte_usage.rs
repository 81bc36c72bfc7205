use crate::runtime::wire;

/// Represents a data capacity with some amount of current usage in bytes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ByteUsage {
    /// Output only. The total capacity value, in bytes.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "capacityBytes",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub capacity_bytes: Option<i64>,
    /// Output only. The current usage value, in bytes.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "usedBytes",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub used_bytes: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ByteUsage {
    /// Sets `capacityBytes` (chainable).
    pub fn set_capacity_bytes(mut self, value: impl Into<i64>) -> Self {
        self.capacity_bytes = Some(value.into());
        self.unknown_fields.remove("capacityBytes");
        self
    }

    /// Sends `capacityBytes` as JSON `null`, which clears it on the server (chainable);
    /// `set_capacity_bytes` takes it back.
    #[inline]
    pub fn clear_capacity_bytes(mut self) -> Self {
        self.capacity_bytes = None;
        self.unknown_fields.insert("capacityBytes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `usedBytes` (chainable).
    pub fn set_used_bytes(mut self, value: impl Into<i64>) -> Self {
        self.used_bytes = Some(value.into());
        self.unknown_fields.remove("usedBytes");
        self
    }

    /// Sends `usedBytes` as JSON `null`, which clears it on the server (chainable);
    /// `set_used_bytes` takes it back.
    #[inline]
    pub fn clear_used_bytes(mut self) -> Self {
        self.used_bytes = None;
        self.unknown_fields.insert("usedBytes".to_owned(), serde_json::Value::Null);
        self
    }
}
