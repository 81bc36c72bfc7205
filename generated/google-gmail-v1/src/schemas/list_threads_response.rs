use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListThreadsResponse {
    /// Page token to retrieve the next page of results in the list.
    pub next_page_token: Option<String>,
    /// Estimated total number of results.
    pub result_size_estimate: Option<u32>,
    /// List of threads. Note that each thread resource does not contain a list of `messages`. The
    /// list of `messages` for a given thread can be fetched using the
    /// \[`threads.get`\](<https://developers.google.com/workspace/gmail/api/v1/reference/users/threads/get>)
    /// method.
    pub threads: Option<Vec<crate::schemas::Thread>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListThreadsResponse {
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

    /// Sets `threads` (chainable).
    pub fn set_threads(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Thread>>,
    ) -> Self {
        self.threads = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("threads");
        self
    }

    /// Sends `threads` as JSON `null`, which clears it on the server (chainable); `set_threads`
    /// takes it back.
    #[inline]
    pub fn clear_threads(mut self) -> Self {
        self.threads = None;
        self.unknown_fields.insert("threads".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListThreadsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.result_size_estimate {
            map.serialize_entry("resultSizeEstimate", value)?;
        }
        if let Some(value) = &self.threads {
            map.serialize_entry("threads", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListThreadsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListThreadsResponse {
    const NAME: &'static str = "ListThreadsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "resultSizeEstimate" => self.result_size_estimate = map.next_value()?,
            "threads" => self.threads = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
