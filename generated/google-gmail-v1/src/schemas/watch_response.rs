use crate::runtime::wire;

/// Push notification watch response.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WatchResponse {
    /// When Gmail will stop sending notifications for mailbox updates (epoch millis). Call `watch`
    /// again before this time to renew the watch.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub expiration: Option<i64>,
    /// The ID of the mailbox's current history record.
    #[serde(
        rename = "historyId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::U64>>"
    )]
    pub history_id: Option<u64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl WatchResponse {
    /// Sets `expiration` (chainable).
    pub fn set_expiration(mut self, value: impl Into<i64>) -> Self {
        self.expiration = Some(value.into());
        self.unknown_fields.remove("expiration");
        self
    }

    /// Sends `expiration` as JSON `null`, which clears it on the server (chainable);
    /// `set_expiration` takes it back.
    #[inline]
    pub fn clear_expiration(mut self) -> Self {
        self.expiration = None;
        self.unknown_fields.insert("expiration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `historyId` (chainable).
    pub fn set_history_id(mut self, value: impl Into<u64>) -> Self {
        self.history_id = Some(value.into());
        self.unknown_fields.remove("historyId");
        self
    }

    /// Sends `historyId` as JSON `null`, which clears it on the server (chainable);
    /// `set_history_id` takes it back.
    #[inline]
    pub fn clear_history_id(mut self) -> Self {
        self.history_id = None;
        self.unknown_fields.insert("historyId".to_owned(), serde_json::Value::Null);
        self
    }
}
