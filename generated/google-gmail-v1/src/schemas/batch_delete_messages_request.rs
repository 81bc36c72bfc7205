use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchDeleteMessagesRequest {
    /// The IDs of the messages to delete.
    pub ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchDeleteMessagesRequest {
    /// Sets `ids` (chainable).
    pub fn set_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("ids");
        self
    }

    /// Sends `ids` as JSON `null`, which clears it on the server (chainable); `set_ids` takes it
    /// back.
    #[inline]
    pub fn clear_ids(mut self) -> Self {
        self.ids = None;
        self.unknown_fields.insert("ids".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BatchDeleteMessagesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.ids {
            map.serialize_entry("ids", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchDeleteMessagesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchDeleteMessagesRequest {
    const NAME: &'static str = "BatchDeleteMessagesRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ids" => self.ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
