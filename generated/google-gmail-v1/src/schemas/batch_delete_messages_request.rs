use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchDeleteMessagesRequest {
    /// The IDs of the messages to delete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BatchDeleteMessagesRequest {
    /// Sets `ids` (chainable).
    pub fn set_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("ids");
        self
    }

    /// Sends `ids` as JSON `null`, which clears it on the server (chainable); `set_ids` takes it
    /// back.
    #[inline]
    pub fn clear_ids(mut self) -> Self {
        self.ids = None;
        self.unknown_fields.insert("ids".to_owned(), serde_json::Value::Null);
        self
    }
}
