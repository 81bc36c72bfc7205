use crate::runtime::{impl_open_enum, wire};

/// An event generated when a product's approval status is changed.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductApprovalEvent {
    /// Whether the product was approved or unapproved. This field will always be present.
    pub approved: Option<crate::schemas::ProductApprovalEventApproved>,
    /// The id of the product (e.g. "app:com.google.android.gm") for which the approval status has
    /// changed. This field will always be present.
    pub product_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductApprovalEvent {
    /// Sets `approved` (chainable).
    pub fn set_approved(
        mut self,
        value: impl Into<crate::schemas::ProductApprovalEventApproved>,
    ) -> Self {
        self.approved = Some(value.into());
        self.unknown_fields.remove("approved");
        self
    }

    /// Sends `approved` as JSON `null`, which clears it on the server (chainable); `set_approved`
    /// takes it back.
    #[inline]
    pub fn clear_approved(mut self) -> Self {
        self.approved = None;
        self.unknown_fields.insert("approved".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productId` (chainable).
    pub fn set_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
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

impl serde::Serialize for ProductApprovalEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.approved {
            map.serialize_entry("approved", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductApprovalEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductApprovalEvent {
    const NAME: &'static str = "ProductApprovalEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "approved" => self.approved = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Whether the product was approved or unapproved. This field will always be present.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductApprovalEventApproved {
    /// Conveys no information.
    ///
    /// `unknown` on the wire.
    #[default]
    Unknown,
    /// The product was approved.
    ///
    /// `approved` on the wire.
    Approved,
    /// The product was unapproved.
    ///
    /// `unapproved` on the wire.
    Unapproved,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductApprovalEventApproved {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Approved => "approved",
            Self::Unapproved => "unapproved",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "approved" => Self::Approved,
            "unapproved" => Self::Unapproved,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductApprovalEventApproved);
