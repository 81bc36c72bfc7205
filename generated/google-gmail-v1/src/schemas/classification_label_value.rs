use crate::runtime::wire;

/// Classification Labels applied to the email message. Classification Labels are different from
/// Gmail inbox labels. Only used for Google Workspace accounts. [Learn more about
/// classification labels](https://support.google.com/a/answer/9292382).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ClassificationLabelValue {
    /// Field values for the given classification label ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<crate::schemas::ClassificationLabelFieldValue>>,
    /// Required. The canonical or raw alphanumeric classification label ID. Maps to the ID field of
    /// the Google Drive Label resource.
    #[serde(rename = "labelId", default, skip_serializing_if = "Option::is_none")]
    pub label_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ClassificationLabelValue {
    /// Sets `fields` (chainable).
    pub fn set_fields(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ClassificationLabelFieldValue>,
        >,
    ) -> Self {
        self.fields = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("fields");
        self
    }

    /// Sends `fields` as JSON `null`, which clears it on the server (chainable); `set_fields` takes
    /// it back.
    #[inline]
    pub fn clear_fields(mut self) -> Self {
        self.fields = None;
        self.unknown_fields.insert("fields".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `labelId` (chainable).
    pub fn set_label_id(mut self, value: impl Into<String>) -> Self {
        self.label_id = Some(value.into());
        self.unknown_fields.remove("labelId");
        self
    }

    /// Sends `labelId` as JSON `null`, which clears it on the server (chainable); `set_label_id`
    /// takes it back.
    #[inline]
    pub fn clear_label_id(mut self) -> Self {
        self.label_id = None;
        self.unknown_fields.insert("labelId".to_owned(), serde_json::Value::Null);
        self
    }
}
