use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMessagesResponse {
    /// List of messages. Note that each message resource contains only an `id` and a `threadId`.
    /// Additional message details can be fetched using the messages.get method.
    pub messages: Option<Vec<crate::schemas::Message>>,
    /// Token to retrieve the next page of results in the list.
    pub next_page_token: Option<String>,
    /// Estimated total number of results.
    pub result_size_estimate: Option<u32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListMessagesResponse {
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

    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self.unknown_fields.remove("nextPageToken");
        self
    }

    /// Sends `nextPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_next_page_token` takes it back.
    #[inline]
    pub fn clear_next_page_token(mut self) -> Self {
        self.next_page_token = None;
        self.unknown_fields.insert("nextPageToken".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resultSizeEstimate` (chainable).
    pub fn set_result_size_estimate(mut self, value: impl Into<u32>) -> Self {
        self.result_size_estimate = Some(value.into());
        self.unknown_fields.remove("resultSizeEstimate");
        self
    }

    /// Sends `resultSizeEstimate` as JSON `null`, which clears it on the server (chainable);
    /// `set_result_size_estimate` takes it back.
    #[inline]
    pub fn clear_result_size_estimate(mut self) -> Self {
        self.result_size_estimate = None;
        self.unknown_fields
            .insert("resultSizeEstimate".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListMessagesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.messages {
            map.serialize_entry("messages", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.result_size_estimate {
            map.serialize_entry("resultSizeEstimate", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListMessagesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListMessagesResponse {
    const NAME: &'static str = "ListMessagesResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "messages" => self.messages = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "resultSizeEstimate" => self.result_size_estimate = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
