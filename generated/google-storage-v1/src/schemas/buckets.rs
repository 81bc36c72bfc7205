use crate::runtime::wire;

/// A list of buckets.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Buckets {
    /// The list of items.
    pub items: Option<Vec<crate::schemas::Bucket>>,
    /// The kind of item this is. For lists of buckets, this is always storage#buckets.
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a
    /// subsequent request to return the next page of results.
    pub next_page_token: Option<String>,
    /// The list of bucket resource names that could not be reached during the listing operation.
    pub unreachable: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Buckets {
    /// Sets `items` (chainable).
    pub fn set_items(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Bucket>>,
    ) -> Self {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("items");
        self
    }

    /// Sends `items` as JSON `null`, which clears it on the server (chainable); `set_items` takes
    /// it back.
    #[inline]
    pub fn clear_items(mut self) -> Self {
        self.items = None;
        self.unknown_fields.insert("items".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for Buckets {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.items {
            map.serialize_entry("items", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.unreachable {
            map.serialize_entry("unreachable", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Buckets {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Buckets {
    const NAME: &'static str = "Buckets";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "items" => self.items = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "unreachable" => self.unreachable = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
