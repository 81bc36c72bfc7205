use crate::runtime::{impl_open_enum, wire};

/// *Deprecated:* New integrations cannot use this method and can refer to our new
/// recommendations
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupLicense {
    /// How this group license was acquired. "bulkPurchase" means that this Grouplicenses resource
    /// was created because the enterprise purchased licenses for this product; otherwise, the value
    /// is "free" (for free products).
    pub acquisition_kind: Option<crate::schemas::GroupLicenseAcquisitionKind>,
    /// Whether the product to which this group license relates is currently approved by the
    /// enterprise. Products are approved when a group license is first created, but this approval
    /// may be revoked by an enterprise admin via Google Play. Unapproved products will not be
    /// visible to end users in collections, and new entitlements to them should not normally be
    /// created.
    pub approval: Option<crate::schemas::GroupLicenseApproval>,
    /// The total number of provisioned licenses for this product. Returned by read operations, but
    /// ignored in write operations.
    pub num_provisioned: Option<i32>,
    /// The number of purchased licenses (possibly in multiple purchases). If this field is omitted,
    /// then there is no limit on the number of licenses that can be provisioned (for example, if
    /// the acquisition kind is "free").
    pub num_purchased: Option<i32>,
    /// The permission approval status of the product. This field is only set if the product is
    /// approved. Possible states are: - "currentApproved", the current set of permissions is
    /// approved, but additional permissions will require the administrator to reapprove the product
    /// (If the product was approved without specifying the approved permissions setting, then this
    /// is the default behavior.), - "needsReapproval", the product has unapproved permissions. No
    /// additional product licenses can be assigned until the product is reapproved, -
    /// "allCurrentAndFutureApproved", the current permissions are approved and any future
    /// permission updates will be automatically approved without administrator review.
    pub permissions: Option<crate::schemas::GroupLicensePermissions>,
    /// The ID of the product that the license is for. For example, "app:com.google.android.gm".
    pub product_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GroupLicense {
    /// Sets `acquisitionKind` (chainable).
    pub fn set_acquisition_kind(
        mut self,
        value: impl Into<crate::schemas::GroupLicenseAcquisitionKind>,
    ) -> Self {
        self.acquisition_kind = Some(value.into());
        self.unknown_fields.remove("acquisitionKind");
        self
    }

    /// Sends `acquisitionKind` as JSON `null`, which clears it on the server (chainable);
    /// `set_acquisition_kind` takes it back.
    #[inline]
    pub fn clear_acquisition_kind(mut self) -> Self {
        self.acquisition_kind = None;
        self.unknown_fields
            .insert("acquisitionKind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `approval` (chainable).
    pub fn set_approval(
        mut self,
        value: impl Into<crate::schemas::GroupLicenseApproval>,
    ) -> Self {
        self.approval = Some(value.into());
        self.unknown_fields.remove("approval");
        self
    }

    /// Sends `approval` as JSON `null`, which clears it on the server (chainable); `set_approval`
    /// takes it back.
    #[inline]
    pub fn clear_approval(mut self) -> Self {
        self.approval = None;
        self.unknown_fields.insert("approval".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `numProvisioned` (chainable).
    pub fn set_num_provisioned(mut self, value: impl Into<i32>) -> Self {
        self.num_provisioned = Some(value.into());
        self.unknown_fields.remove("numProvisioned");
        self
    }

    /// Sends `numProvisioned` as JSON `null`, which clears it on the server (chainable);
    /// `set_num_provisioned` takes it back.
    #[inline]
    pub fn clear_num_provisioned(mut self) -> Self {
        self.num_provisioned = None;
        self.unknown_fields.insert("numProvisioned".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `numPurchased` (chainable).
    pub fn set_num_purchased(mut self, value: impl Into<i32>) -> Self {
        self.num_purchased = Some(value.into());
        self.unknown_fields.remove("numPurchased");
        self
    }

    /// Sends `numPurchased` as JSON `null`, which clears it on the server (chainable);
    /// `set_num_purchased` takes it back.
    #[inline]
    pub fn clear_num_purchased(mut self) -> Self {
        self.num_purchased = None;
        self.unknown_fields.insert("numPurchased".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `permissions` (chainable).
    pub fn set_permissions(
        mut self,
        value: impl Into<crate::schemas::GroupLicensePermissions>,
    ) -> Self {
        self.permissions = Some(value.into());
        self.unknown_fields.remove("permissions");
        self
    }

    /// Sends `permissions` as JSON `null`, which clears it on the server (chainable);
    /// `set_permissions` takes it back.
    #[inline]
    pub fn clear_permissions(mut self) -> Self {
        self.permissions = None;
        self.unknown_fields.insert("permissions".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for GroupLicense {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.acquisition_kind {
            map.serialize_entry("acquisitionKind", value)?;
        }
        if let Some(value) = &self.approval {
            map.serialize_entry("approval", value)?;
        }
        if let Some(value) = &self.num_provisioned {
            map.serialize_entry("numProvisioned", value)?;
        }
        if let Some(value) = &self.num_purchased {
            map.serialize_entry("numPurchased", value)?;
        }
        if let Some(value) = &self.permissions {
            map.serialize_entry("permissions", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupLicense {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GroupLicense {
    const NAME: &'static str = "GroupLicense";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "acquisitionKind" => self.acquisition_kind = map.next_value()?,
            "approval" => self.approval = map.next_value()?,
            "numProvisioned" => self.num_provisioned = map.next_value()?,
            "numPurchased" => self.num_purchased = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// How this group license was acquired. "bulkPurchase" means that this Grouplicenses resource
/// was created because the enterprise purchased licenses for this product; otherwise, the value
/// is "free" (for free products).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GroupLicenseAcquisitionKind {
    /// `free` on the wire.
    #[default]
    Free,
    /// `bulkPurchase` on the wire.
    BulkPurchase,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for GroupLicenseAcquisitionKind {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::BulkPurchase => "bulkPurchase",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "free" => Self::Free,
            "bulkPurchase" => Self::BulkPurchase,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(GroupLicenseAcquisitionKind);

/// Whether the product to which this group license relates is currently approved by the
/// enterprise. Products are approved when a group license is first created, but this approval
/// may be revoked by an enterprise admin via Google Play. Unapproved products will not be
/// visible to end users in collections, and new entitlements to them should not normally be
/// created.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GroupLicenseApproval {
    /// `approved` on the wire.
    #[default]
    Approved,
    /// `unapproved` on the wire.
    Unapproved,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for GroupLicenseApproval {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Approved => "approved",
            Self::Unapproved => "unapproved",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "approved" => Self::Approved,
            "unapproved" => Self::Unapproved,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(GroupLicenseApproval);

/// The permission approval status of the product. This field is only set if the product is
/// approved. Possible states are: - "currentApproved", the current set of permissions is
/// approved, but additional permissions will require the administrator to reapprove the product
/// (If the product was approved without specifying the approved permissions setting, then this
/// is the default behavior.), - "needsReapproval", the product has unapproved permissions. No
/// additional product licenses can be assigned until the product is reapproved, -
/// "allCurrentAndFutureApproved", the current permissions are approved and any future
/// permission updates will be automatically approved without administrator review.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GroupLicensePermissions {
    /// `currentApproved` on the wire.
    #[default]
    CurrentApproved,
    /// `needsReapproval` on the wire.
    NeedsReapproval,
    /// `allCurrentAndFutureApproved` on the wire.
    AllCurrentAndFutureApproved,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for GroupLicensePermissions {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CurrentApproved => "currentApproved",
            Self::NeedsReapproval => "needsReapproval",
            Self::AllCurrentAndFutureApproved => "allCurrentAndFutureApproved",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "currentApproved" => Self::CurrentApproved,
            "needsReapproval" => Self::NeedsReapproval,
            "allCurrentAndFutureApproved" => Self::AllCurrentAndFutureApproved,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(GroupLicensePermissions);
