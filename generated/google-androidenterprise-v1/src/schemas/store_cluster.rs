use crate::runtime::wire;

/// Definition of a managed Google Play store cluster, a list of products displayed as part of a
/// store page.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StoreCluster {
    /// Unique ID of this cluster. Assigned by the server. Immutable once assigned.
    pub id: Option<String>,
    /// Ordered list of localized strings giving the name of this page. The text displayed is the
    /// one that best matches the user locale, or the first entry if there is no good match. There
    /// needs to be at least one entry.
    pub name: Option<Vec<crate::schemas::LocalizedText>>,
    /// String (US-ASCII only) used to determine order of this cluster within the parent page's
    /// elements. Page elements are sorted in lexicographic order of this field. Duplicated values
    /// are allowed, but ordering between elements with duplicate order is undefined. The value of
    /// this field is never visible to a user, it is used solely for the purpose of defining an
    /// ordering. Maximum length is 256 characters.
    pub order_in_page: Option<String>,
    /// List of products in the order they are displayed in the cluster. There should not be
    /// duplicates within a cluster.
    pub product_id: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl StoreCluster {
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::LocalizedText>>,
    ) -> Self {
        self.name = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `orderInPage` (chainable).
    pub fn set_order_in_page(mut self, value: impl Into<String>) -> Self {
        self.order_in_page = Some(value.into());
        self.unknown_fields.remove("orderInPage");
        self
    }

    /// Sends `orderInPage` as JSON `null`, which clears it on the server (chainable);
    /// `set_order_in_page` takes it back.
    #[inline]
    pub fn clear_order_in_page(mut self) -> Self {
        self.order_in_page = None;
        self.unknown_fields.insert("orderInPage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productId` (chainable).
    pub fn set_product_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.product_id = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("productId");
        self
    }

    /// Sends `productId` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_id` takes it back.
    #[inline]
    pub fn clear_product_id(mut self) -> Self {
        self.product_id = None;
        self.unknown_fields.insert("productId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for StoreCluster {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.order_in_page {
            map.serialize_entry("orderInPage", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreCluster {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for StoreCluster {
    const NAME: &'static str = "StoreCluster";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "orderInPage" => self.order_in_page = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
