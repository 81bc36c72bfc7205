use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListHistoryResponse {
    /// List of history records. Any `messages` contained in the response will typically only have
    /// `id` and `threadId` fields populated.
    pub history: Option<Vec<crate::schemas::History>>,
    /// The ID of the mailbox's current history record.
    pub history_id: Option<u64>,
    /// Page token to retrieve the next page of results in the list.
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListHistoryResponse {
    /// Sets `history` (chainable).
    pub fn set_history(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::History>>,
    ) -> Self {
        self.history = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("history");
        self
    }

    /// Sends `history` as JSON `null`, which clears it on the server (chainable); `set_history`
    /// takes it back.
    #[inline]
    pub fn clear_history(mut self) -> Self {
        self.history = None;
        self.unknown_fields.insert("history".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for ListHistoryResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.history {
            map.serialize_entry("history", value)?;
        }
        if self.history_id.is_some() {
            map.serialize_entry(
                "historyId",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.history_id),
            )?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListHistoryResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListHistoryResponse {
    const NAME: &'static str = "ListHistoryResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "history" => self.history = map.next_value()?,
            "historyId" => {
                self.history_id = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            "nextPageToken" => self.next_page_token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
