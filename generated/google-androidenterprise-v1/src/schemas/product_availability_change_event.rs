use crate::runtime::{impl_open_enum, wire};

/// An event generated whenever a product's availability changes.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductAvailabilityChangeEvent {
    /// The new state of the product. This field will always be present.
    pub availability_status: Option<
        crate::schemas::ProductAvailabilityChangeEventAvailabilityStatus,
    >,
    /// The id of the product (e.g. "app:com.google.android.gm") for which the product availability
    /// changed. This field will always be present.
    pub product_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductAvailabilityChangeEvent {
    /// Sets `availabilityStatus` (chainable).
    pub fn set_availability_status(
        mut self,
        value: impl Into<
            crate::schemas::ProductAvailabilityChangeEventAvailabilityStatus,
        >,
    ) -> Self {
        self.availability_status = Some(value.into());
        self.unknown_fields.remove("availabilityStatus");
        self
    }

    /// Sends `availabilityStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_availability_status` takes it back.
    #[inline]
    pub fn clear_availability_status(mut self) -> Self {
        self.availability_status = None;
        self.unknown_fields
            .insert("availabilityStatus".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for ProductAvailabilityChangeEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.availability_status {
            map.serialize_entry("availabilityStatus", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductAvailabilityChangeEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductAvailabilityChangeEvent {
    const NAME: &'static str = "ProductAvailabilityChangeEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "availabilityStatus" => self.availability_status = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The new state of the product. This field will always be present.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductAvailabilityChangeEventAvailabilityStatus {
    /// Conveys no information.
    ///
    /// `unknown` on the wire.
    #[default]
    Unknown,
    /// The previously unavailable product is again available on Google Play.
    ///
    /// `available` on the wire.
    Available,
    /// The product was removed from Google Play.
    ///
    /// `removed` on the wire.
    Removed,
    /// The product was unpublished by the developer.
    ///
    /// `unpublished` on the wire.
    Unpublished,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductAvailabilityChangeEventAvailabilityStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Available => "available",
            Self::Removed => "removed",
            Self::Unpublished => "unpublished",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "available" => Self::Available,
            "removed" => Self::Removed,
            "unpublished" => Self::Unpublished,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductAvailabilityChangeEventAvailabilityStatus);
