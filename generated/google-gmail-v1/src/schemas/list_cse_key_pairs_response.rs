use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCseKeyPairsResponse {
    /// One page of the list of CSE key pairs installed for the user.
    pub cse_key_pairs: Option<Vec<crate::schemas::CseKeyPair>>,
    /// Pagination token to be passed to a subsequent ListCseKeyPairs call in order to retrieve the
    /// next page of key pairs. If this value is not returned, then no further pages remain.
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListCseKeyPairsResponse {
    /// Sets `cseKeyPairs` (chainable).
    pub fn set_cse_key_pairs(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::CseKeyPair>>,
    ) -> Self {
        self.cse_key_pairs = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cseKeyPairs");
        self
    }

    /// Sends `cseKeyPairs` as JSON `null`, which clears it on the server (chainable);
    /// `set_cse_key_pairs` takes it back.
    #[inline]
    pub fn clear_cse_key_pairs(mut self) -> Self {
        self.cse_key_pairs = None;
        self.unknown_fields.insert("cseKeyPairs".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for ListCseKeyPairsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.cse_key_pairs {
            map.serialize_entry("cseKeyPairs", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListCseKeyPairsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListCseKeyPairsResponse {
    const NAME: &'static str = "ListCseKeyPairsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cseKeyPairs" => self.cse_key_pairs = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
