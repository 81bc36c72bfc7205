use crate::runtime::wire;

/// Language settings for an account. These settings correspond to the "Language settings"
/// feature in the web interface.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct LanguageSettings {
    /// The language to display Gmail in, formatted as an RFC 3066 Language Tag (for example
    /// `en-GB`, `fr` or `ja` for British English, French, or Japanese respectively). The set of
    /// languages supported by Gmail evolves over time, so please refer to the "Language" dropdown
    /// in the Gmail settings for all available options, as described in the language settings help
    /// article. For a table of sample values, see [Manage language
    /// settings](https://developers.google.com/workspace/gmail/api/guides/language-settings). Not
    /// all Gmail clients can display the same set of languages. In the case that a user's display
    /// language is not available for use on a particular client, said client automatically chooses
    /// to display in the closest supported variant (or a reasonable default).
    pub display_language: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl LanguageSettings {
    /// Sets `displayLanguage` (chainable).
    pub fn set_display_language(mut self, value: impl Into<String>) -> Self {
        self.display_language = Some(value.into());
        self.unknown_fields.remove("displayLanguage");
        self
    }

    /// Sends `displayLanguage` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_language` takes it back.
    #[inline]
    pub fn clear_display_language(mut self) -> Self {
        self.display_language = None;
        self.unknown_fields
            .insert("displayLanguage".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for LanguageSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_language {
            map.serialize_entry("displayLanguage", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for LanguageSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for LanguageSettings {
    const NAME: &'static str = "LanguageSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayLanguage" => self.display_language = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
