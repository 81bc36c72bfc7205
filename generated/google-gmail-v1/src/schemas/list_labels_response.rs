use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListLabelsResponse {
    /// List of labels. Note that each label resource only contains an `id`, `name`,
    /// `messageListVisibility`, `labelListVisibility`, and `type`. The
    /// \[`labels.get`\](<https://developers.google.com/workspace/gmail/api/v1/reference/users/labels/get>)
    /// method can fetch additional label details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<crate::schemas::Label>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListLabelsResponse {
    /// Sets `labels` (chainable).
    pub fn set_labels(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Label>>,
    ) -> Self {
        self.labels = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("labels");
        self
    }

    /// Sends `labels` as JSON `null`, which clears it on the server (chainable); `set_labels` takes
    /// it back.
    #[inline]
    pub fn clear_labels(mut self) -> Self {
        self.labels = None;
        self.unknown_fields.insert("labels".to_owned(), serde_json::Value::Null);
        self
    }
}
