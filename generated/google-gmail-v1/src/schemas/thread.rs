use crate::runtime::wire;

/// A collection of messages representing a conversation.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Thread {
    /// The ID of the last history record that modified this thread.
    pub history_id: Option<u64>,
    /// The unique ID of the thread.
    pub id: Option<String>,
    /// The list of messages in the thread.
    pub messages: Option<Vec<crate::schemas::Message>>,
    /// A short part of the message text.
    pub snippet: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Thread {
    /// Sets `historyId` (chainable).
    pub fn set_history_id(mut self, value: impl Into<u64>) -> Self {
        self.history_id = Some(value.into());
        self.unknown_fields.remove("historyId");
        self
    }

    /// Sends `historyId` as JSON `null`, which clears it on the server (chainable);
    /// `set_history_id` takes it back.
    #[inline]
    pub fn clear_history_id(mut self) -> Self {
        self.history_id = None;
        self.unknown_fields.insert("historyId".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `messages` (chainable).
    pub fn set_messages(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Message>>,
    ) -> Self {
        self.messages = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("messages");
        self
    }

    /// Sends `messages` as JSON `null`, which clears it on the server (chainable); `set_messages`
    /// takes it back.
    #[inline]
    pub fn clear_messages(mut self) -> Self {
        self.messages = None;
        self.unknown_fields.insert("messages".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `snippet` (chainable).
    pub fn set_snippet(mut self, value: impl Into<String>) -> Self {
        self.snippet = Some(value.into());
        self.unknown_fields.remove("snippet");
        self
    }

    /// Sends `snippet` as JSON `null`, which clears it on the server (chainable); `set_snippet`
    /// takes it back.
    #[inline]
    pub fn clear_snippet(mut self) -> Self {
        self.snippet = None;
        self.unknown_fields.insert("snippet".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Thread {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.history_id.is_some() {
            map.serialize_entry(
                "historyId",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.history_id),
            )?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.messages {
            map.serialize_entry("messages", value)?;
        }
        if let Some(value) = &self.snippet {
            map.serialize_entry("snippet", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Thread {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Thread {
    const NAME: &'static str = "Thread";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "historyId" => {
                self.history_id = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            "id" => self.id = map.next_value()?,
            "messages" => self.messages = map.next_value()?,
            "snippet" => self.snippet = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
