use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListHistoryResponse {
    /// List of history records. Any `messages` contained in the response will typically only have
    /// `id` and `threadId` fields populated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<crate::schemas::History>>,
    /// The ID of the mailbox's current history record.
    #[serde(
        rename = "historyId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::U64>>"
    )]
    pub history_id: Option<u64>,
    /// Page token to retrieve the next page of results in the list.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListHistoryResponse {
    /// Sets `history` (chainable).
    pub fn set_history(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::History>>,
    ) -> Self {
        self.history = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("history");
        self
    }

    /// Sends `history` as JSON `null`, which clears it on the server (chainable); `set_history`
    /// takes it back.
    #[inline]
    pub fn clear_history(mut self) -> Self {
        self.history = None;
        self.unknown_fields.insert("history".to_owned(), serde_json::Value::Null);
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

    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self.unknown_fields.remove("nextPageToken");
        self
    }

    /// Sends `nextPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_next_page_token` takes it back.
    #[inline]
    pub fn clear_next_page_token(mut self) -> Self {
        self.next_page_token = None;
        self.unknown_fields.insert("nextPageToken".to_owned(), serde_json::Value::Null);
        self
    }
}
