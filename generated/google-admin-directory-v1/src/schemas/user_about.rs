use crate::runtime::wire;

/// JSON template for About (notes) of a user in Directory API.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserAbout {
    /// About entry can have a type which indicates the content type. It can either be plain or
    /// html. By default, notes contents are assumed to contain plain text.
    #[serde(rename = "contentType", default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Actual value of notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UserAbout {
    /// Sets `contentType` (chainable).
    pub fn set_content_type(mut self, value: impl Into<String>) -> Self {
        self.content_type = Some(value.into());
        self.unknown_fields.remove("contentType");
        self
    }

    /// Sends `contentType` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_type` takes it back.
    #[inline]
    pub fn clear_content_type(mut self) -> Self {
        self.content_type = None;
        self.unknown_fields.insert("contentType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `value` (chainable).
    pub fn set_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self.unknown_fields.remove("value");
        self
    }

    /// Sends `value` as JSON `null`, which clears it on the server (chainable); `set_value` takes
    /// it back.
    #[inline]
    pub fn clear_value(mut self) -> Self {
        self.value = None;
        self.unknown_fields.insert("value".to_owned(), serde_json::Value::Null);
        self
    }
}
