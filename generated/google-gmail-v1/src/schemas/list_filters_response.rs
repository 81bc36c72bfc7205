use crate::runtime::wire;

/// Response for the ListFilters method.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFiltersResponse {
    /// List of a user's filters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Vec<crate::schemas::Filter>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
