use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyThreadRequest {
    /// A list of IDs of labels to add to this thread. You can add up to 100 labels with each
    /// update.
    #[serde(rename = "addLabelIds", default, skip_serializing_if = "Option::is_none")]
    pub add_label_ids: Option<Vec<String>>,
    /// A list of IDs of labels to remove from this thread. You can remove up to 100 labels with
    /// each update.
    #[serde(rename = "removeLabelIds", default, skip_serializing_if = "Option::is_none")]
    pub remove_label_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ModifyThreadRequest {
    /// Sets `addLabelIds` (chainable).
    pub fn set_add_label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_label_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("addLabelIds");
        self
    }

    /// Sends `addLabelIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_add_label_ids` takes it back.
    #[inline]
    pub fn clear_add_label_ids(mut self) -> Self {
        self.add_label_ids = None;
        self.unknown_fields.insert("addLabelIds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `removeLabelIds` (chainable).
    pub fn set_remove_label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_label_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("removeLabelIds");
        self
    }

    /// Sends `removeLabelIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_remove_label_ids` takes it back.
    #[inline]
    pub fn clear_remove_label_ids(mut self) -> Self {
        self.remove_label_ids = None;
        self.unknown_fields.insert("removeLabelIds".to_owned(), serde_json::Value::Null);
        self
    }
}
