use crate::runtime::wire;

/// Things by zone, as compute's aggregated lists.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ThingAggregatedList {
    pub items: Option<std::collections::BTreeMap<String, crate::schemas::ThingList>>,
    pub next_page_token: Option<String>,
    pub unreachables: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ThingAggregatedList {
    /// Sets `items` (chainable).
    pub fn set_items(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<crate::schemas::ThingList>),
        >,
    ) -> Self {
        self.items = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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

    /// Sets `unreachables` (chainable).
    pub fn set_unreachables(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.unreachables = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("unreachables");
        self
    }

    /// Sends `unreachables` as JSON `null`, which clears it on the server (chainable);
    /// `set_unreachables` takes it back.
    #[inline]
    pub fn clear_unreachables(mut self) -> Self {
        self.unreachables = None;
        self.unknown_fields.insert("unreachables".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ThingAggregatedList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.items {
            map.serialize_entry("items", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.unreachables {
            map.serialize_entry("unreachables", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ThingAggregatedList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ThingAggregatedList {
    const NAME: &'static str = "ThingAggregatedList";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "items" => self.items = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "unreachables" => self.unreachables = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
