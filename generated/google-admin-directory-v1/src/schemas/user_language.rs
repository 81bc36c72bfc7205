use crate::runtime::wire;

/// JSON template for a language entry.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserLanguage {
    /// Other language. User can provide their own language name if there is no corresponding ISO
    /// 639 language code. If this is set, `languageCode` can't be set.
    #[serde(rename = "customLanguage", default, skip_serializing_if = "Option::is_none")]
    pub custom_language: Option<String>,
    /// ISO 639 string representation of a language. See \[Language
    /// Codes\](/admin-sdk/directory/v1/languages) for the list of supported codes. Valid language
    /// codes outside the supported set will be accepted by the API but may lead to unexpected
    /// behavior. Illegal values cause `SchemaException`. If this is set, `customLanguage` can't be
    /// set.
    #[serde(rename = "languageCode", default, skip_serializing_if = "Option::is_none")]
    pub language_code: Option<String>,
    /// Optional. If present, controls whether the specified `languageCode` is the user's preferred
    /// language. If `customLanguage` is set, this can't be set. Allowed values are `preferred` and
    /// `not_preferred`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preference: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UserLanguage {
    /// Sets `customLanguage` (chainable).
    pub fn set_custom_language(mut self, value: impl Into<String>) -> Self {
        self.custom_language = Some(value.into());
        self.unknown_fields.remove("customLanguage");
        self
    }

    /// Sends `customLanguage` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_language` takes it back.
    #[inline]
    pub fn clear_custom_language(mut self) -> Self {
        self.custom_language = None;
        self.unknown_fields.insert("customLanguage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `languageCode` (chainable).
    pub fn set_language_code(mut self, value: impl Into<String>) -> Self {
        self.language_code = Some(value.into());
        self.unknown_fields.remove("languageCode");
        self
    }

    /// Sends `languageCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_language_code` takes it back.
    #[inline]
    pub fn clear_language_code(mut self) -> Self {
        self.language_code = None;
        self.unknown_fields.insert("languageCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `preference` (chainable).
    pub fn set_preference(mut self, value: impl Into<String>) -> Self {
        self.preference = Some(value.into());
        self.unknown_fields.remove("preference");
        self
    }

    /// Sends `preference` as JSON `null`, which clears it on the server (chainable);
    /// `set_preference` takes it back.
    #[inline]
    pub fn clear_preference(mut self) -> Self {
        self.preference = None;
        self.unknown_fields.insert("preference".to_owned(), serde_json::Value::Null);
        self
    }
}
