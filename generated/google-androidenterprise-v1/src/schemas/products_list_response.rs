use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProductsListResponse {
    /// General pagination information.
    #[serde(rename = "pageInfo", default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<crate::schemas::PageInfo>,
    /// Information about a product (e.g. an app) in the Google Play store, for display to an
    /// enterprise admin.
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
    pub unknown_fields: wire::UnknownFields,
}

impl ProductsListResponse {
    /// Sets `pageInfo` (chainable).
    pub fn set_page_info(mut self, value: impl Into<crate::schemas::PageInfo>) -> Self {
        self.page_info = Some(value.into());
        self.unknown_fields.remove("pageInfo");
        self
    }

    /// Sends `pageInfo` as JSON `null`, which clears it on the server (chainable); `set_page_info`
    /// takes it back.
    #[inline]
    pub fn clear_page_info(mut self) -> Self {
        self.page_info = None;
        self.unknown_fields.insert("pageInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `product` (chainable).
    pub fn set_product(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Product>>,
    ) -> Self {
        self.product = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("product");
        self
    }

    /// Sends `product` as JSON `null`, which clears it on the server (chainable); `set_product`
    /// takes it back.
    #[inline]
    pub fn clear_product(mut self) -> Self {
        self.product = None;
        self.unknown_fields.insert("product".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `tokenPagination` (chainable).
    pub fn set_token_pagination(
        mut self,
        value: impl Into<crate::schemas::TokenPagination>,
    ) -> Self {
        self.token_pagination = Some(value.into());
        self.unknown_fields.remove("tokenPagination");
        self
    }

    /// Sends `tokenPagination` as JSON `null`, which clears it on the server (chainable);
    /// `set_token_pagination` takes it back.
    #[inline]
    pub fn clear_token_pagination(mut self) -> Self {
        self.token_pagination = None;
        self.unknown_fields
            .insert("tokenPagination".to_owned(), serde_json::Value::Null);
        self
    }
}
