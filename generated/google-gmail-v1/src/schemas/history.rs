use crate::runtime::wire;

/// A record of a change to the user's mailbox. Each history change may affect multiple messages
/// in multiple ways.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct History {
    /// The mailbox sequence ID.
    pub id: Option<u64>,
    /// Labels added to messages in this history record.
    pub labels_added: Option<Vec<crate::schemas::HistoryLabelAdded>>,
    /// Labels removed from messages in this history record.
    pub labels_removed: Option<Vec<crate::schemas::HistoryLabelRemoved>>,
    /// List of messages changed in this history record. The fields for specific change types, such
    /// as `messagesAdded` may duplicate messages in this field. We recommend using the specific
    /// change-type fields instead of this.
    pub messages: Option<Vec<crate::schemas::Message>>,
    /// Messages added to the mailbox in this history record.
    pub messages_added: Option<Vec<crate::schemas::HistoryMessageAdded>>,
    /// Messages deleted (not Trashed) from the mailbox in this history record.
    pub messages_deleted: Option<Vec<crate::schemas::HistoryMessageDeleted>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl History {
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<u64>) -> Self {
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

    /// Sets `labelsAdded` (chainable).
    pub fn set_labels_added(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::HistoryLabelAdded>>,
    ) -> Self {
        self.labels_added = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("labelsAdded");
        self
    }

    /// Sends `labelsAdded` as JSON `null`, which clears it on the server (chainable);
    /// `set_labels_added` takes it back.
    #[inline]
    pub fn clear_labels_added(mut self) -> Self {
        self.labels_added = None;
        self.unknown_fields.insert("labelsAdded".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `labelsRemoved` (chainable).
    pub fn set_labels_removed(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::HistoryLabelRemoved>>,
    ) -> Self {
        self.labels_removed = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("labelsRemoved");
        self
    }

    /// Sends `labelsRemoved` as JSON `null`, which clears it on the server (chainable);
    /// `set_labels_removed` takes it back.
    #[inline]
    pub fn clear_labels_removed(mut self) -> Self {
        self.labels_removed = None;
        self.unknown_fields.insert("labelsRemoved".to_owned(), serde_json::Value::Null);
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

    /// Sets `messagesAdded` (chainable).
    pub fn set_messages_added(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::HistoryMessageAdded>>,
    ) -> Self {
        self.messages_added = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("messagesAdded");
        self
    }

    /// Sends `messagesAdded` as JSON `null`, which clears it on the server (chainable);
    /// `set_messages_added` takes it back.
    #[inline]
    pub fn clear_messages_added(mut self) -> Self {
        self.messages_added = None;
        self.unknown_fields.insert("messagesAdded".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `messagesDeleted` (chainable).
    pub fn set_messages_deleted(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::HistoryMessageDeleted>>,
    ) -> Self {
        self.messages_deleted = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("messagesDeleted");
        self
    }

    /// Sends `messagesDeleted` as JSON `null`, which clears it on the server (chainable);
    /// `set_messages_deleted` takes it back.
    #[inline]
    pub fn clear_messages_deleted(mut self) -> Self {
        self.messages_deleted = None;
        self.unknown_fields
            .insert("messagesDeleted".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for History {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.id.is_some() {
            map.serialize_entry(
                "id",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.id),
            )?;
        }
        if let Some(value) = &self.labels_added {
            map.serialize_entry("labelsAdded", value)?;
        }
        if let Some(value) = &self.labels_removed {
            map.serialize_entry("labelsRemoved", value)?;
        }
        if let Some(value) = &self.messages {
            map.serialize_entry("messages", value)?;
        }
        if let Some(value) = &self.messages_added {
            map.serialize_entry("messagesAdded", value)?;
        }
        if let Some(value) = &self.messages_deleted {
            map.serialize_entry("messagesDeleted", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for History {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for History {
    const NAME: &'static str = "History";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => {
                self.id = map.next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?.0;
            }
            "labelsAdded" => self.labels_added = map.next_value()?,
            "labelsRemoved" => self.labels_removed = map.next_value()?,
            "messages" => self.messages = map.next_value()?,
            "messagesAdded" => self.messages_added = map.next_value()?,
            "messagesDeleted" => self.messages_deleted = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
