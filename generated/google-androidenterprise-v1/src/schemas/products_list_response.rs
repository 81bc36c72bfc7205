#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProductsListResponse {
    /// General pagination information.
    #[serde(rename = "pageInfo", default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<crate::schemas::PageInfo>,
    /// Information about a product (e.g. an app) in the Google Play store, for display to an enterprise admin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<Vec<crate::schemas::Product>>,
    /// Pagination information for token pagination.
    #[serde(
        rename = "tokenPagination",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub token_pagination: Option<crate::schemas::TokenPagination>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ProductsListResponse {
    /// Sets `pageInfo` (chainable).
    pub fn set_page_info(mut self, value: impl Into<crate::schemas::PageInfo>) -> Self {
        self.page_info = Some(value.into());
        self
    }
    /// Sets `product` (chainable).
    pub fn set_product(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Product>,
    ) -> Self {
        self.product = Some(value.into_iter().collect());
        self
    }
    /// Sets `tokenPagination` (chainable).
    pub fn set_token_pagination(
        mut self,
        value: impl Into<crate::schemas::TokenPagination>,
    ) -> Self {
        self.token_pagination = Some(value.into());
        self
    }
}
