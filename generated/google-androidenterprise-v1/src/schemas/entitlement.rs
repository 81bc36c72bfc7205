use crate::runtime::{impl_open_enum, wire};

/// *Deprecated:* New integrations cannot use this method and can refer to our new
/// recommendations.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Entitlement {
    /// The ID of the product that the entitlement is for. For example, "app:com.google.android.gm".
    #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// The reason for the entitlement. For example, "free" for free apps. This property is
    /// temporary: it will be replaced by the acquisition kind field of group licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<crate::schemas::EntitlementReason>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
