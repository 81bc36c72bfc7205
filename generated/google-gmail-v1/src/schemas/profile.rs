use crate::runtime::wire;

/// Profile for a Gmail user.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Profile {
    /// The user's email address.
    #[serde(rename = "emailAddress", default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The ID of the mailbox's current history record.
    #[serde(
        rename = "historyId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::U64>>"
    )]
    pub history_id: Option<u64>,
    /// The total number of messages in the mailbox.
    #[serde(rename = "messagesTotal", default, skip_serializing_if = "Option::is_none")]
    pub messages_total: Option<i32>,
    /// The total number of threads in the mailbox.
    #[serde(rename = "threadsTotal", default, skip_serializing_if = "Option::is_none")]
    pub threads_total: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Profile {
    /// Sets `emailAddress` (chainable).
    pub fn set_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self.unknown_fields.remove("emailAddress");
        self
    }

    /// Sends `emailAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_email_address` takes it back.
    #[inline]
    pub fn clear_email_address(mut self) -> Self {
        self.email_address = None;
        self.unknown_fields.insert("emailAddress".to_owned(), serde_json::Value::Null);
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

    /// Sets `messagesTotal` (chainable).
    pub fn set_messages_total(mut self, value: impl Into<i32>) -> Self {
        self.messages_total = Some(value.into());
        self.unknown_fields.remove("messagesTotal");
        self
    }

    /// Sends `messagesTotal` as JSON `null`, which clears it on the server (chainable);
    /// `set_messages_total` takes it back.
    #[inline]
    pub fn clear_messages_total(mut self) -> Self {
        self.messages_total = None;
        self.unknown_fields.insert("messagesTotal".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `threadsTotal` (chainable).
    pub fn set_threads_total(mut self, value: impl Into<i32>) -> Self {
        self.threads_total = Some(value.into());
        self.unknown_fields.remove("threadsTotal");
        self
    }

    /// Sends `threadsTotal` as JSON `null`, which clears it on the server (chainable);
    /// `set_threads_total` takes it back.
    #[inline]
    pub fn clear_threads_total(mut self) -> Self {
        self.threads_total = None;
        self.unknown_fields.insert("threadsTotal".to_owned(), serde_json::Value::Null);
        self
    }
}
