use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HistoryLabelRemoved {
    /// Label IDs removed from the message.
    #[serde(rename = "labelIds", default, skip_serializing_if = "Option::is_none")]
    pub label_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<crate::schemas::Message>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl HistoryLabelRemoved {
    /// Sets `labelIds` (chainable).
    pub fn set_label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.label_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("labelIds");
        self
    }

    /// Sends `labelIds` as JSON `null`, which clears it on the server (chainable); `set_label_ids`
    /// takes it back.
    #[inline]
    pub fn clear_label_ids(mut self) -> Self {
        self.label_ids = None;
        self.unknown_fields.insert("labelIds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `message` (chainable).
    pub fn set_message(mut self, value: impl Into<crate::schemas::Message>) -> Self {
        self.message = Some(value.into());
        self.unknown_fields.remove("message");
        self
    }

    /// Sends `message` as JSON `null`, which clears it on the server (chainable); `set_message`
    /// takes it back.
    #[inline]
    pub fn clear_message(mut self) -> Self {
        self.message = None;
        self.unknown_fields.insert("message".to_owned(), serde_json::Value::Null);
        self
    }
}
