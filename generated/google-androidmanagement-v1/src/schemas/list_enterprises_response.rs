use crate::runtime::wire;

/// Response to a request to list enterprises.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEnterprisesResponse {
    /// The list of enterprises.
    pub enterprises: Option<Vec<crate::schemas::Enterprise>>,
    /// If there are more results, a token to retrieve next page of results.
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListEnterprisesResponse {
    /// Sets `enterprises` (chainable).
    pub fn set_enterprises(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Enterprise>>,
    ) -> Self {
        self.enterprises = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("enterprises");
        self
    }

    /// Sends `enterprises` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprises` takes it back.
    #[inline]
    pub fn clear_enterprises(mut self) -> Self {
        self.enterprises = None;
        self.unknown_fields.insert("enterprises".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for ListEnterprisesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enterprises {
            map.serialize_entry("enterprises", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListEnterprisesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListEnterprisesResponse {
    const NAME: &'static str = "ListEnterprisesResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enterprises" => self.enterprises = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
