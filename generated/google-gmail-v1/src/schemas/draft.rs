use crate::runtime::wire;

/// A draft email in the user's mailbox.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Draft {
    /// The immutable ID of the draft.
    ///
    /// Required by: `gmail.users.drafts.send`.
    pub id: Option<String>,
    /// The message content of the draft.
    pub message: Option<crate::schemas::Message>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Draft {
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for Draft {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Draft {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Draft {
    const NAME: &'static str = "Draft";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "message" => self.message = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
