use crate::runtime::wire;

/// An access-control list.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectAccessControls {
    /// The list of items.
    pub items: Option<Vec<crate::schemas::ObjectAccessControl>>,
    /// The kind of item this is. For lists of object access control entries, this is always
    /// storage#objectAccessControls.
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectAccessControls {
    /// Sets `items` (chainable).
    pub fn set_items(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ObjectAccessControl>>,
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
}

impl serde::Serialize for ObjectAccessControls {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.items {
            map.serialize_entry("items", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ObjectAccessControls {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectAccessControls {
    const NAME: &'static str = "ObjectAccessControls";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "items" => self.items = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
