use crate::runtime::wire;

/// JSON template for About (notes) of a user in Directory API.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserAbout {
    /// About entry can have a type which indicates the content type. It can either be plain or
    /// html. By default, notes contents are assumed to contain plain text.
    pub content_type: Option<String>,
    /// Actual value of notes.
    pub value: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for UserAbout {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.content_type {
            map.serialize_entry("contentType", value)?;
        }
        if let Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserAbout {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserAbout {
    const NAME: &'static str = "UserAbout";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "contentType" => self.content_type = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
