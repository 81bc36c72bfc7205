use crate::runtime::wire;

/// Response for the ListFilters method.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFiltersResponse {
    /// List of a user's filters.
    pub filter: Option<Vec<crate::schemas::Filter>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListFiltersResponse {
    /// Sets `filter` (chainable).
    pub fn set_filter(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Filter>>,
    ) -> Self {
        self.filter = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("filter");
        self
    }

    /// Sends `filter` as JSON `null`, which clears it on the server (chainable); `set_filter` takes
    /// it back.
    #[inline]
    pub fn clear_filter(mut self) -> Self {
        self.filter = None;
        self.unknown_fields.insert("filter".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListFiltersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.filter {
            map.serialize_entry("filter", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListFiltersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListFiltersResponse {
    const NAME: &'static str = "ListFiltersResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "filter" => self.filter = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
