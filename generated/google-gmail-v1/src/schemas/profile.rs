use crate::runtime::wire;

/// Profile for a Gmail user.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Profile {
    /// The user's email address.
    pub email_address: Option<String>,
    /// The ID of the mailbox's current history record.
    pub history_id: Option<u64>,
    /// The total number of messages in the mailbox.
    pub messages_total: Option<i32>,
    /// The total number of threads in the mailbox.
    pub threads_total: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Profile {
    /// Sets `emailAddress` (chainable).
    pub fn set_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self.unknown_fields.remove("emailAddress");
        self
    }

    /// Sends `emailAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_email_address` takes it back.
    #[inline]
    pub fn clear_email_address(mut self) -> Self {
        self.email_address = None;
        self.unknown_fields.insert("emailAddress".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `messagesTotal` (chainable).
    pub fn set_messages_total(mut self, value: impl Into<i32>) -> Self {
        self.messages_total = Some(value.into());
        self.unknown_fields.remove("messagesTotal");
        self
    }

    /// Sends `messagesTotal` as JSON `null`, which clears it on the server (chainable);
    /// `set_messages_total` takes it back.
    #[inline]
    pub fn clear_messages_total(mut self) -> Self {
        self.messages_total = None;
        self.unknown_fields.insert("messagesTotal".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `threadsTotal` (chainable).
    pub fn set_threads_total(mut self, value: impl Into<i32>) -> Self {
        self.threads_total = Some(value.into());
        self.unknown_fields.remove("threadsTotal");
        self
    }

    /// Sends `threadsTotal` as JSON `null`, which clears it on the server (chainable);
    /// `set_threads_total` takes it back.
    #[inline]
    pub fn clear_threads_total(mut self) -> Self {
        self.threads_total = None;
        self.unknown_fields.insert("threadsTotal".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Profile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.email_address {
            map.serialize_entry("emailAddress", value)?;
        }
        if self.history_id.is_some() {
            map.serialize_entry(
                "historyId",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.history_id),
            )?;
        }
        if let Some(value) = &self.messages_total {
            map.serialize_entry("messagesTotal", value)?;
        }
        if let Some(value) = &self.threads_total {
            map.serialize_entry("threadsTotal", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Profile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Profile {
    const NAME: &'static str = "Profile";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "emailAddress" => self.email_address = map.next_value()?,
            "historyId" => {
                self.history_id = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            "messagesTotal" => self.messages_total = map.next_value()?,
            "threadsTotal" => self.threads_total = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
