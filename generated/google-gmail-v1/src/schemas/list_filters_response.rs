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
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ListFiltersResponse {
    /// Sets `filter` (chainable).
    pub fn set_filter(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Filter>,
    ) -> Self {
        self.filter = Some(value.into_iter().collect());
        self
    }
}
