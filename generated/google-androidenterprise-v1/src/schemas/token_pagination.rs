use crate::runtime::wire;

/// Pagination information returned by a List operation when token pagination is enabled. List
/// operations that supports paging return only one "page" of results. This protocol buffer
/// message describes the page that has been returned. When using token pagination, clients
/// should use the next/previous token to get another page of the result. The presence or
/// absence of next/previous token indicates whether a next/previous page is available and
/// provides a mean of accessing this page. ListRequest.page_token should be set to either
/// next_page_token or previous_page_token to access another page.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TokenPagination {
    /// Tokens to pass to the standard list field 'page_token'. Whenever available, tokens are
    /// preferred over manipulating start_index.
    pub next_page_token: Option<String>,
    pub previous_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl TokenPagination {
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

    /// Sets `previousPageToken` (chainable).
    pub fn set_previous_page_token(mut self, value: impl Into<String>) -> Self {
        self.previous_page_token = Some(value.into());
        self.unknown_fields.remove("previousPageToken");
        self
    }

    /// Sends `previousPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_previous_page_token` takes it back.
    #[inline]
    pub fn clear_previous_page_token(mut self) -> Self {
        self.previous_page_token = None;
        self.unknown_fields
            .insert("previousPageToken".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for TokenPagination {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.previous_page_token {
            map.serialize_entry("previousPageToken", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TokenPagination {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for TokenPagination {
    const NAME: &'static str = "TokenPagination";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "previousPageToken" => self.previous_page_token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
