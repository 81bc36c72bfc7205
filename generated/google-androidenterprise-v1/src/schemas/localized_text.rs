use crate::runtime::wire;

/// A localized string with its locale.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct LocalizedText {
    /// The BCP47 tag for a locale. (e.g. "en-US", "de").
    pub locale: Option<String>,
    /// The text localized in the associated locale.
    pub text: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for LocalizedText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.locale {
            map.serialize_entry("locale", value)?;
        }
        if let Some(value) = &self.text {
            map.serialize_entry("text", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for LocalizedText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for LocalizedText {
    const NAME: &'static str = "LocalizedText";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "locale" => self.locale = map.next_value()?,
            "text" => self.text = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
