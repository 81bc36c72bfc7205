use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StoreLayoutPagesListResponse {
    /// A store page of an enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<Vec<crate::schemas::StorePage>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
