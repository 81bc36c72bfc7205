use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StoreLayoutPagesListResponse {
    /// A store page of an enterprise.
    pub page: Option<Vec<crate::schemas::StorePage>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl StoreLayoutPagesListResponse {
    /// Sets `page` (chainable).
    pub fn set_page(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::StorePage>>,
    ) -> Self {
        self.page = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("page");
        self
    }

    /// Sends `page` as JSON `null`, which clears it on the server (chainable); `set_page` takes it
    /// back.
    #[inline]
    pub fn clear_page(mut self) -> Self {
        self.page = None;
        self.unknown_fields.insert("page".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for StoreLayoutPagesListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.page {
            map.serialize_entry("page", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreLayoutPagesListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for StoreLayoutPagesListResponse {
    const NAME: &'static str = "StoreLayoutPagesListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "page" => self.page = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
