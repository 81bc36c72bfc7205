use crate::runtime::wire;

/// Reached by no method, as a notification payload is; holds Level, which things also reaches.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Notice {
    pub level: Option<crate::schemas::Level>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Notice {
    /// Sets `level` (chainable).
    pub fn set_level(mut self, value: impl Into<crate::schemas::Level>) -> Self {
        self.level = Some(value.into());
        self.unknown_fields.remove("level");
        self
    }

    /// Sends `level` as JSON `null`, which clears it on the server (chainable); `set_level` takes
    /// it back.
    #[inline]
    pub fn clear_level(mut self) -> Self {
        self.level = None;
        self.unknown_fields.insert("level".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Notice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.level {
            map.serialize_entry("level", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Notice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Notice {
    const NAME: &'static str = "Notice";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "level" => self.level = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
