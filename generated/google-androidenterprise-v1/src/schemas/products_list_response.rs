use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductsListResponse {
    /// General pagination information.
    pub page_info: Option<crate::schemas::PageInfo>,
    /// Information about a product (e.g. an app) in the Google Play store, for display to an
    /// enterprise admin.
    pub product: Option<Vec<crate::schemas::Product>>,
    /// Pagination information for token pagination.
    pub token_pagination: Option<crate::schemas::TokenPagination>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ProductsListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.page_info {
            map.serialize_entry("pageInfo", value)?;
        }
        if let Some(value) = &self.product {
            map.serialize_entry("product", value)?;
        }
        if let Some(value) = &self.token_pagination {
            map.serialize_entry("tokenPagination", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductsListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductsListResponse {
    const NAME: &'static str = "ProductsListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "pageInfo" => self.page_info = map.next_value()?,
            "product" => self.product = map.next_value()?,
            "tokenPagination" => self.token_pagination = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
