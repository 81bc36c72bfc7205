use crate::runtime::{impl_open_enum, wire};

/// A set of products.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductSet {
    /// The list of product IDs making up the set of products.
    pub product_id: Option<Vec<String>>,
    /// The interpretation of this product set. "unknown" should never be sent and is ignored if
    /// received. "whitelist" means that the user is entitled to access the product set.
    /// "includeAll" means that all products are accessible, including products that are approved,
    /// products with revoked approval, and products that have never been approved. "allApproved"
    /// means that the user is entitled to access all products that are approved for the enterprise.
    /// If the value is "allApproved" or "includeAll", the productId field is ignored. If no value
    /// is provided, it is interpreted as "whitelist" for backwards compatibility. Further
    /// "allApproved" or "includeAll" does not enable automatic visibility of "alpha" or "beta"
    /// tracks for Android app. Use ProductVisibility to enable "alpha" or "beta" tracks per user.
    pub product_set_behavior: Option<crate::schemas::ProductSetProductSetBehavior>,
    /// Additional list of product IDs making up the product set. Unlike the productID array, in
    /// this list It's possible to specify which tracks (alpha, beta, production) of a product are
    /// visible to the user. See ProductVisibility and its fields for more information. Specifying
    /// the same product ID both here and in the productId array is not allowed and it will result
    /// in an error.
    pub product_visibility: Option<Vec<crate::schemas::ProductVisibility>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductSet {
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

    /// Sets `productSetBehavior` (chainable).
    pub fn set_product_set_behavior(
        mut self,
        value: impl Into<crate::schemas::ProductSetProductSetBehavior>,
    ) -> Self {
        self.product_set_behavior = Some(value.into());
        self.unknown_fields.remove("productSetBehavior");
        self
    }

    /// Sends `productSetBehavior` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_set_behavior` takes it back.
    #[inline]
    pub fn clear_product_set_behavior(mut self) -> Self {
        self.product_set_behavior = None;
        self.unknown_fields
            .insert("productSetBehavior".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productVisibility` (chainable).
    pub fn set_product_visibility(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ProductVisibility>>,
    ) -> Self {
        self.product_visibility = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("productVisibility");
        self
    }

    /// Sends `productVisibility` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_visibility` takes it back.
    #[inline]
    pub fn clear_product_visibility(mut self) -> Self {
        self.product_visibility = None;
        self.unknown_fields
            .insert("productVisibility".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ProductSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        if let Some(value) = &self.product_set_behavior {
            map.serialize_entry("productSetBehavior", value)?;
        }
        if let Some(value) = &self.product_visibility {
            map.serialize_entry("productVisibility", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductSet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductSet {
    const NAME: &'static str = "ProductSet";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "productId" => self.product_id = map.next_value()?,
            "productSetBehavior" => self.product_set_behavior = map.next_value()?,
            "productVisibility" => self.product_visibility = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The interpretation of this product set. "unknown" should never be sent and is ignored if
/// received. "whitelist" means that the user is entitled to access the product set.
/// "includeAll" means that all products are accessible, including products that are approved,
/// products with revoked approval, and products that have never been approved. "allApproved"
/// means that the user is entitled to access all products that are approved for the enterprise.
/// If the value is "allApproved" or "includeAll", the productId field is ignored. If no value
/// is provided, it is interpreted as "whitelist" for backwards compatibility. Further
/// "allApproved" or "includeAll" does not enable automatic visibility of "alpha" or "beta"
/// tracks for Android app. Use ProductVisibility to enable "alpha" or "beta" tracks per user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductSetProductSetBehavior {
    /// This value should never be sent and ignored if received.
    ///
    /// `unknown` on the wire.
    #[default]
    Unknown,
    /// This product set constitutes a whitelist.
    ///
    /// `whitelist` on the wire.
    Whitelist,
    /// This product set represents all products. For Android app it represents only "production"
    /// track. (The value of the productId field is therefore ignored).
    ///
    /// `includeAll` on the wire.
    IncludeAll,
    /// This product set represents all approved products. For Android app it represents only
    /// "production" track. (The value of the product_id field is therefore ignored).
    ///
    /// `allApproved` on the wire.
    AllApproved,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductSetProductSetBehavior {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Whitelist => "whitelist",
            Self::IncludeAll => "includeAll",
            Self::AllApproved => "allApproved",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "whitelist" => Self::Whitelist,
            "includeAll" => Self::IncludeAll,
            "allApproved" => Self::AllApproved,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductSetProductSetBehavior);
