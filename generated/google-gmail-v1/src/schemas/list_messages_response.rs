use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListMessagesResponse {
    /// List of messages. Note that each message resource contains only an `id` and a `threadId`.
    /// Additional message details can be fetched using the messages.get method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<crate::schemas::Message>>,
    /// Token to retrieve the next page of results in the list.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Estimated total number of results.
    #[serde(
        rename = "resultSizeEstimate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result_size_estimate: Option<u32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListMessagesResponse {
    /// Sets `messages` (chainable).
    pub fn set_messages(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Message>>,
    ) -> Self {
        self.messages = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("messages");
        self
    }

    /// Sends `messages` as JSON `null`, which clears it on the server (chainable); `set_messages`
    /// takes it back.
    #[inline]
    pub fn clear_messages(mut self) -> Self {
        self.messages = None;
        self.unknown_fields.insert("messages".to_owned(), serde_json::Value::Null);
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

    /// Sets `resultSizeEstimate` (chainable).
    pub fn set_result_size_estimate(mut self, value: impl Into<u32>) -> Self {
        self.result_size_estimate = Some(value.into());
        self.unknown_fields.remove("resultSizeEstimate");
        self
    }

    /// Sends `resultSizeEstimate` as JSON `null`, which clears it on the server (chainable);
    /// `set_result_size_estimate` takes it back.
    #[inline]
    pub fn clear_result_size_estimate(mut self) -> Self {
        self.result_size_estimate = None;
        self.unknown_fields
            .insert("resultSizeEstimate".to_owned(), serde_json::Value::Null);
        self
    }
}
