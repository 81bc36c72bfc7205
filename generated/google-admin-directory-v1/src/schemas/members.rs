use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Members {
    /// ETag of the resource.
    pub etag: Option<String>,
    /// Kind of resource this is.
    pub kind: Option<String>,
    /// A list of member objects.
    pub members: Option<Vec<crate::schemas::Member>>,
    /// Token used to access next page of this result.
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Members {
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `members` (chainable).
    pub fn set_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Member>>,
    ) -> Self {
        self.members = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("members");
        self
    }

    /// Sends `members` as JSON `null`, which clears it on the server (chainable); `set_members`
    /// takes it back.
    #[inline]
    pub fn clear_members(mut self) -> Self {
        self.members = None;
        self.unknown_fields.insert("members".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for Members {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.members {
            map.serialize_entry("members", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Members {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Members {
    const NAME: &'static str = "Members";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "etag" => self.etag = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "members" => self.members = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
