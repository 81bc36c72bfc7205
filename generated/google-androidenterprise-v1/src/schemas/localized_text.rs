use crate::runtime::wire;

/// A localized string with its locale.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LocalizedText {
    /// The BCP47 tag for a locale. (e.g. "en-US", "de").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The text localized in the associated locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl LocalizedText {
    /// Sets `locale` (chainable).
    pub fn set_locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self.unknown_fields.remove("locale");
        self
    }

    /// Sends `locale` as JSON `null`, which clears it on the server (chainable); `set_locale` takes
    /// it back.
    #[inline]
    pub fn clear_locale(mut self) -> Self {
        self.locale = None;
        self.unknown_fields.insert("locale".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `text` (chainable).
    pub fn set_text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self.unknown_fields.remove("text");
        self
    }

    /// Sends `text` as JSON `null`, which clears it on the server (chainable); `set_text` takes it
    /// back.
    #[inline]
    pub fn clear_text(mut self) -> Self {
        self.text = None;
        self.unknown_fields.insert("text".to_owned(), serde_json::Value::Null);
        self
    }
}
