use crate::runtime::wire;

/// A collection of messages representing a conversation.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Thread {
    /// The ID of the last history record that modified this thread.
    #[serde(
        rename = "historyId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::U64>>"
    )]
    pub history_id: Option<u64>,
    /// The unique ID of the thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The list of messages in the thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<crate::schemas::Message>>,
    /// A short part of the message text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Thread {
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

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `snippet` (chainable).
    pub fn set_snippet(mut self, value: impl Into<String>) -> Self {
        self.snippet = Some(value.into());
        self.unknown_fields.remove("snippet");
        self
    }

    /// Sends `snippet` as JSON `null`, which clears it on the server (chainable); `set_snippet`
    /// takes it back.
    #[inline]
    pub fn clear_snippet(mut self) -> Self {
        self.snippet = None;
        self.unknown_fields.insert("snippet".to_owned(), serde_json::Value::Null);
        self
    }
}
