use crate::runtime::wire;

/// Information about the current page. List operations that supports paging return only one
/// "page" of results. This protocol buffer message describes the page that has been returned.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PageInfo {
    /// Maximum number of results returned in one page. ! The number of results included in the API
    /// response.
    pub result_per_page: Option<i32>,
    /// Index of the first result returned in the current page.
    pub start_index: Option<i32>,
    /// Total number of results available on the backend ! The total number of results in the result
    /// set.
    pub total_results: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PageInfo {
    /// Sets `resultPerPage` (chainable).
    pub fn set_result_per_page(mut self, value: impl Into<i32>) -> Self {
        self.result_per_page = Some(value.into());
        self.unknown_fields.remove("resultPerPage");
        self
    }

    /// Sends `resultPerPage` as JSON `null`, which clears it on the server (chainable);
    /// `set_result_per_page` takes it back.
    #[inline]
    pub fn clear_result_per_page(mut self) -> Self {
        self.result_per_page = None;
        self.unknown_fields.insert("resultPerPage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startIndex` (chainable).
    pub fn set_start_index(mut self, value: impl Into<i32>) -> Self {
        self.start_index = Some(value.into());
        self.unknown_fields.remove("startIndex");
        self
    }

    /// Sends `startIndex` as JSON `null`, which clears it on the server (chainable);
    /// `set_start_index` takes it back.
    #[inline]
    pub fn clear_start_index(mut self) -> Self {
        self.start_index = None;
        self.unknown_fields.insert("startIndex".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `totalResults` (chainable).
    pub fn set_total_results(mut self, value: impl Into<i32>) -> Self {
        self.total_results = Some(value.into());
        self.unknown_fields.remove("totalResults");
        self
    }

    /// Sends `totalResults` as JSON `null`, which clears it on the server (chainable);
    /// `set_total_results` takes it back.
    #[inline]
    pub fn clear_total_results(mut self) -> Self {
        self.total_results = None;
        self.unknown_fields.insert("totalResults".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PageInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.result_per_page {
            map.serialize_entry("resultPerPage", value)?;
        }
        if let Some(value) = &self.start_index {
            map.serialize_entry("startIndex", value)?;
        }
        if let Some(value) = &self.total_results {
            map.serialize_entry("totalResults", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PageInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PageInfo {
    const NAME: &'static str = "PageInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "resultPerPage" => self.result_per_page = map.next_value()?,
            "startIndex" => self.start_index = map.next_value()?,
            "totalResults" => self.total_results = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
