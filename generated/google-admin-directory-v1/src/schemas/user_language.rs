use crate::runtime::wire;

/// JSON template for a language entry.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserLanguage {
    /// Other language. User can provide their own language name if there is no corresponding ISO
    /// 639 language code. If this is set, `languageCode` can't be set.
    pub custom_language: Option<String>,
    /// ISO 639 string representation of a language. See \[Language
    /// Codes\](/admin-sdk/directory/v1/languages) for the list of supported codes. Valid language
    /// codes outside the supported set will be accepted by the API but may lead to unexpected
    /// behavior. Illegal values cause `SchemaException`. If this is set, `customLanguage` can't be
    /// set.
    pub language_code: Option<String>,
    /// Optional. If present, controls whether the specified `languageCode` is the user's preferred
    /// language. If `customLanguage` is set, this can't be set. Allowed values are `preferred` and
    /// `not_preferred`.
    pub preference: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for UserLanguage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.custom_language {
            map.serialize_entry("customLanguage", value)?;
        }
        if let Some(value) = &self.language_code {
            map.serialize_entry("languageCode", value)?;
        }
        if let Some(value) = &self.preference {
            map.serialize_entry("preference", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserLanguage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserLanguage {
    const NAME: &'static str = "UserLanguage";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "customLanguage" => self.custom_language = map.next_value()?,
            "languageCode" => self.language_code = map.next_value()?,
            "preference" => self.preference = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
