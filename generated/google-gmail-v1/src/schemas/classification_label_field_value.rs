use crate::runtime::wire;

/// Field values for a classification label.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ClassificationLabelFieldValue {
    /// Required. The field ID for the Classification Label Value. Maps to the ID field of the
    /// Google Drive `Label.Field` object.
    #[serde(rename = "fieldId", default, skip_serializing_if = "Option::is_none")]
    pub field_id: Option<String>,
    /// Selection choice ID for the selection option. Should only be set if the field type is
    /// `SELECTION` in the Google Drive `Label.Field` object. Maps to the id field of the Google
    /// Drive `Label.Field.SelectionOptions` resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ClassificationLabelFieldValue {
    /// Sets `fieldId` (chainable).
    pub fn set_field_id(mut self, value: impl Into<String>) -> Self {
        self.field_id = Some(value.into());
        self.unknown_fields.remove("fieldId");
        self
    }

    /// Sends `fieldId` as JSON `null`, which clears it on the server (chainable); `set_field_id`
    /// takes it back.
    #[inline]
    pub fn clear_field_id(mut self) -> Self {
        self.field_id = None;
        self.unknown_fields.insert("fieldId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `selection` (chainable).
    pub fn set_selection(mut self, value: impl Into<String>) -> Self {
        self.selection = Some(value.into());
        self.unknown_fields.remove("selection");
        self
    }

    /// Sends `selection` as JSON `null`, which clears it on the server (chainable); `set_selection`
    /// takes it back.
    #[inline]
    pub fn clear_selection(mut self) -> Self {
        self.selection = None;
        self.unknown_fields.insert("selection".to_owned(), serde_json::Value::Null);
        self
    }
}
