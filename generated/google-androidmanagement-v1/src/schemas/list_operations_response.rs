use crate::runtime::wire;

/// The response message for Operations.ListOperations.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOperationsResponse {
    /// The standard List next-page token.
    pub next_page_token: Option<String>,
    /// A list of operations that matches the specified filter in the request.
    pub operations: Option<Vec<crate::schemas::Operation>>,
    /// Unordered list. Unreachable resources. Populated when the request sets
    /// ListOperationsRequest.return_partial_success and reads across collections. For example, when
    /// attempting to list all resources across all supported locations.
    pub unreachable: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListOperationsResponse {
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
        value: impl IntoIterator<Item = impl Into<crate::schemas::Operation>>,
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

    /// Sets `unreachable` (chainable).
    pub fn set_unreachable(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.unreachable = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("unreachable");
        self
    }

    /// Sends `unreachable` as JSON `null`, which clears it on the server (chainable);
    /// `set_unreachable` takes it back.
    #[inline]
    pub fn clear_unreachable(mut self) -> Self {
        self.unreachable = None;
        self.unknown_fields.insert("unreachable".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListOperationsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.operations {
            map.serialize_entry("operations", value)?;
        }
        if let Some(value) = &self.unreachable {
            map.serialize_entry("unreachable", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListOperationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListOperationsResponse {
    const NAME: &'static str = "ListOperationsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "operations" => self.operations = map.next_value()?,
            "unreachable" => self.unreachable = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
