use crate::runtime::wire;

/// A schema named like a runtime type: its file keeps the runtime's full path.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Timestamp {
    /// When.
    pub at: Option<crate::runtime::Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Timestamp {
    /// Sets `at` (chainable).
    pub fn set_at(mut self, value: impl Into<crate::runtime::Timestamp>) -> Self {
        self.at = Some(value.into());
        self.unknown_fields.remove("at");
        self
    }

    /// Sends `at` as JSON `null`, which clears it on the server (chainable); `set_at` takes it
    /// back.
    #[inline]
    pub fn clear_at(mut self) -> Self {
        self.at = None;
        self.unknown_fields.insert("at".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.at {
            map.serialize_entry("at", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Timestamp {
    const NAME: &'static str = "Timestamp";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "at" => self.at = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
