use crate::runtime::wire;

/// The response message for storage.buckets.operations.list.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GoogleLongrunningListOperationsResponse {
    /// The kind of item this is. For lists of operations, this is always storage#operations.
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a
    /// subsequent request to return the next page of results.
    pub next_page_token: Option<String>,
    /// A list of operations that matches the specified filter in the request.
    pub operations: Option<Vec<crate::schemas::GoogleLongrunningOperation>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GoogleLongrunningListOperationsResponse {
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
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

    /// Sets `operations` (chainable).
    pub fn set_operations(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::GoogleLongrunningOperation>,
        >,
    ) -> Self {
        self.operations = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("operations");
        self
    }

    /// Sends `operations` as JSON `null`, which clears it on the server (chainable);
    /// `set_operations` takes it back.
    #[inline]
    pub fn clear_operations(mut self) -> Self {
        self.operations = None;
        self.unknown_fields.insert("operations".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for GoogleLongrunningListOperationsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.operations {
            map.serialize_entry("operations", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GoogleLongrunningListOperationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GoogleLongrunningListOperationsResponse {
    const NAME: &'static str = "GoogleLongrunningListOperationsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "kind" => self.kind = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "operations" => self.operations = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
