use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HistoryLabelRemoved {
    /// Label IDs removed from the message.
    pub label_ids: Option<Vec<String>>,
    pub message: Option<crate::schemas::Message>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl HistoryLabelRemoved {
    /// Sets `labelIds` (chainable).
    pub fn set_label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.label_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("labelIds");
        self
    }

    /// Sends `labelIds` as JSON `null`, which clears it on the server (chainable); `set_label_ids`
    /// takes it back.
    #[inline]
    pub fn clear_label_ids(mut self) -> Self {
        self.label_ids = None;
        self.unknown_fields.insert("labelIds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `message` (chainable).
    pub fn set_message(mut self, value: impl Into<crate::schemas::Message>) -> Self {
        self.message = Some(value.into());
        self.unknown_fields.remove("message");
        self
    }

    /// Sends `message` as JSON `null`, which clears it on the server (chainable); `set_message`
    /// takes it back.
    #[inline]
    pub fn clear_message(mut self) -> Self {
        self.message = None;
        self.unknown_fields.insert("message".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for HistoryLabelRemoved {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.label_ids {
            map.serialize_entry("labelIds", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HistoryLabelRemoved {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for HistoryLabelRemoved {
    const NAME: &'static str = "HistoryLabelRemoved";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "labelIds" => self.label_ids = map.next_value()?,
            "message" => self.message = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
