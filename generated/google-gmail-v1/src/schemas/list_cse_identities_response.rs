use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCseIdentitiesResponse {
    /// One page of the list of CSE identities configured for the user.
    pub cse_identities: Option<Vec<crate::schemas::CseIdentity>>,
    /// Pagination token to be passed to a subsequent ListCseIdentities call in order to retrieve
    /// the next page of identities. If this value is not returned or is the empty string, then no
    /// further pages remain.
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListCseIdentitiesResponse {
    /// Sets `cseIdentities` (chainable).
    pub fn set_cse_identities(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::CseIdentity>>,
    ) -> Self {
        self.cse_identities = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cseIdentities");
        self
    }

    /// Sends `cseIdentities` as JSON `null`, which clears it on the server (chainable);
    /// `set_cse_identities` takes it back.
    #[inline]
    pub fn clear_cse_identities(mut self) -> Self {
        self.cse_identities = None;
        self.unknown_fields.insert("cseIdentities".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for ListCseIdentitiesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.cse_identities {
            map.serialize_entry("cseIdentities", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListCseIdentitiesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListCseIdentitiesResponse {
    const NAME: &'static str = "ListCseIdentitiesResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cseIdentities" => self.cse_identities = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
