#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StoreLayoutPagesListResponse {
    /// A store page of an enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<Vec<crate::schemas::StorePage>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl StoreLayoutPagesListResponse {
    /// Sets `page` (chainable).
    pub fn set_page(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::StorePage>,
    ) -> Self {
        self.page = Some(value.into_iter().collect());
        self
    }
}
