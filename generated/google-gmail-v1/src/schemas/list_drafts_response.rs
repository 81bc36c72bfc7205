use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDraftsResponse {
    /// List of drafts. Note that the `Message` property in each `Draft` resource only contains an
    /// `id` and a `threadId`. The
    /// \[`messages.get`\](<https://developers.google.com/workspace/gmail/api/v1/reference/users/messages/get>)
    /// method can fetch additional message details.
    pub drafts: Option<Vec<crate::schemas::Draft>>,
    /// Token to retrieve the next page of results in the list.
    pub next_page_token: Option<String>,
    /// Estimated total number of results.
    pub result_size_estimate: Option<u32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListDraftsResponse {
    /// Sets `drafts` (chainable).
    pub fn set_drafts(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Draft>>,
    ) -> Self {
        self.drafts = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("drafts");
        self
    }

    /// Sends `drafts` as JSON `null`, which clears it on the server (chainable); `set_drafts` takes
    /// it back.
    #[inline]
    pub fn clear_drafts(mut self) -> Self {
        self.drafts = None;
        self.unknown_fields.insert("drafts".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for ListDraftsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.drafts {
            map.serialize_entry("drafts", value)?;
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

impl<'de> serde::Deserialize<'de> for ListDraftsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListDraftsResponse {
    const NAME: &'static str = "ListDraftsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "drafts" => self.drafts = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "resultSizeEstimate" => self.result_size_estimate = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
