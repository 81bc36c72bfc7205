use crate::runtime::wire;

/// Provides a user-facing message with locale info. The maximum message length is 4096
/// characters.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserFacingMessage {
    /// The default message displayed if no localized message is specified or the user's locale
    /// doesn't match with any of the localized messages. A default message must be provided if any
    /// localized messages are provided.
    pub default_message: Option<String>,
    /// A map containing pairs, where locale is a well-formed BCP 47 language
    /// (<https://www.w3.org/International/articles/language-tags/>) code, such as en-US, es-ES, or
    /// fr.
    pub localized_messages: Option<std::collections::BTreeMap<String, String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for UserFacingMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.default_message {
            map.serialize_entry("defaultMessage", value)?;
        }
        if let Some(value) = &self.localized_messages {
            map.serialize_entry("localizedMessages", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserFacingMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserFacingMessage {
    const NAME: &'static str = "UserFacingMessage";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "defaultMessage" => self.default_message = map.next_value()?,
            "localizedMessages" => self.localized_messages = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
