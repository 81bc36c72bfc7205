use crate::runtime::wire;

/// Provides a user-facing message with locale info. The maximum message length is 4096
/// characters.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserFacingMessage {
    /// The default message displayed if no localized message is specified or the user's locale
    /// doesn't match with any of the localized messages. A default message must be provided if any
    /// localized messages are provided.
    #[serde(rename = "defaultMessage", default, skip_serializing_if = "Option::is_none")]
    pub default_message: Option<String>,
    /// A map containing pairs, where locale is a well-formed BCP 47 language
    /// (<https://www.w3.org/International/articles/language-tags/>) code, such as en-US, es-ES, or
    /// fr.
    #[serde(
        rename = "localizedMessages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub localized_messages: Option<std::collections::BTreeMap<String, String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UserFacingMessage {
    /// Sets `defaultMessage` (chainable).
    pub fn set_default_message(mut self, value: impl Into<String>) -> Self {
        self.default_message = Some(value.into());
        self.unknown_fields.remove("defaultMessage");
        self
    }

    /// Sends `defaultMessage` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_message` takes it back.
    #[inline]
    pub fn clear_default_message(mut self) -> Self {
        self.default_message = None;
        self.unknown_fields.insert("defaultMessage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `localizedMessages` (chainable).
    pub fn set_localized_messages(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.localized_messages = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("localizedMessages");
        self
    }

    /// Sends `localizedMessages` as JSON `null`, which clears it on the server (chainable);
    /// `set_localized_messages` takes it back.
    #[inline]
    pub fn clear_localized_messages(mut self) -> Self {
        self.localized_messages = None;
        self.unknown_fields
            .insert("localizedMessages".to_owned(), serde_json::Value::Null);
        self
    }
}
