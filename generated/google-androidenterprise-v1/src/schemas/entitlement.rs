use crate::runtime::{impl_open_enum, wire};

/// *Deprecated:* New integrations cannot use this method and can refer to our new
/// recommendations.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Entitlement {
    /// The ID of the product that the entitlement is for. For example, "app:com.google.android.gm".
    pub product_id: Option<String>,
    /// The reason for the entitlement. For example, "free" for free apps. This property is
    /// temporary: it will be replaced by the acquisition kind field of group licenses.
    pub reason: Option<crate::schemas::EntitlementReason>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Entitlement {
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

    /// Sets `reason` (chainable).
    pub fn set_reason(
        mut self,
        value: impl Into<crate::schemas::EntitlementReason>,
    ) -> Self {
        self.reason = Some(value.into());
        self.unknown_fields.remove("reason");
        self
    }

    /// Sends `reason` as JSON `null`, which clears it on the server (chainable); `set_reason` takes
    /// it back.
    #[inline]
    pub fn clear_reason(mut self) -> Self {
        self.reason = None;
        self.unknown_fields.insert("reason".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Entitlement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        if let Some(value) = &self.reason {
            map.serialize_entry("reason", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Entitlement {
    const NAME: &'static str = "Entitlement";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "productId" => self.product_id = map.next_value()?,
            "reason" => self.reason = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The reason for the entitlement. For example, "free" for free apps. This property is
/// temporary: it will be replaced by the acquisition kind field of group licenses.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum EntitlementReason {
    /// `free` on the wire.
    #[default]
    Free,
    /// `groupLicense` on the wire.
    GroupLicense,
    /// `userPurchase` on the wire.
    UserPurchase,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for EntitlementReason {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::GroupLicense => "groupLicense",
            Self::UserPurchase => "userPurchase",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "free" => Self::Free,
            "groupLicense" => Self::GroupLicense,
            "userPurchase" => Self::UserPurchase,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(EntitlementReason);
