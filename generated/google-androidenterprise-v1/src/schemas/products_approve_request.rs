use crate::runtime::{impl_open_enum, wire};
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductsApproveRequest {
    /// The approval URL that was shown to the user. Only the permissions shown to the user with
    /// that URL will be accepted, which may not be the product's entire set of permissions. For
    /// example, the URL may only display new permissions from an update after the product was
    /// approved, or not include new permissions if the product was updated since the URL was
    /// generated.
    pub approval_url_info: Option<crate::schemas::ApprovalUrlInfo>,
    /// Sets how new permission requests for the product are handled. "allPermissions" automatically
    /// approves all current and future permissions for the product. "currentPermissionsOnly"
    /// approves the current set of permissions for the product, but any future permissions added
    /// through updates will require manual reapproval. If not specified, only the current set of
    /// permissions will be approved.
    pub approved_permissions: Option<
        crate::schemas::ProductsApproveRequestApprovedPermissions,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductsApproveRequest {
    /// Sets `approvalUrlInfo` (chainable).
    pub fn set_approval_url_info(
        mut self,
        value: impl Into<crate::schemas::ApprovalUrlInfo>,
    ) -> Self {
        self.approval_url_info = Some(value.into());
        self.unknown_fields.remove("approvalUrlInfo");
        self
    }

    /// Sends `approvalUrlInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_approval_url_info` takes it back.
    #[inline]
    pub fn clear_approval_url_info(mut self) -> Self {
        self.approval_url_info = None;
        self.unknown_fields
            .insert("approvalUrlInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `approvedPermissions` (chainable).
    pub fn set_approved_permissions(
        mut self,
        value: impl Into<crate::schemas::ProductsApproveRequestApprovedPermissions>,
    ) -> Self {
        self.approved_permissions = Some(value.into());
        self.unknown_fields.remove("approvedPermissions");
        self
    }

    /// Sends `approvedPermissions` as JSON `null`, which clears it on the server (chainable);
    /// `set_approved_permissions` takes it back.
    #[inline]
    pub fn clear_approved_permissions(mut self) -> Self {
        self.approved_permissions = None;
        self.unknown_fields
            .insert("approvedPermissions".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ProductsApproveRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.approval_url_info {
            map.serialize_entry("approvalUrlInfo", value)?;
        }
        if let Some(value) = &self.approved_permissions {
            map.serialize_entry("approvedPermissions", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductsApproveRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductsApproveRequest {
    const NAME: &'static str = "ProductsApproveRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "approvalUrlInfo" => self.approval_url_info = map.next_value()?,
            "approvedPermissions" => self.approved_permissions = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Sets how new permission requests for the product are handled. "allPermissions" automatically
/// approves all current and future permissions for the product. "currentPermissionsOnly"
/// approves the current set of permissions for the product, but any future permissions added
/// through updates will require manual reapproval. If not specified, only the current set of
/// permissions will be approved.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductsApproveRequestApprovedPermissions {
    /// Approve only the permissions the product requires at approval time. If an update requires
    /// additional permissions, the app will not be updated on devices associated with enterprise
    /// users until the additional permissions are approved.
    ///
    /// `currentPermissionsOnly` on the wire.
    #[default]
    CurrentPermissionsOnly,
    /// All current and future permissions the app requires are automatically approved.
    ///
    /// `allPermissions` on the wire.
    AllPermissions,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductsApproveRequestApprovedPermissions {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CurrentPermissionsOnly => "currentPermissionsOnly",
            Self::AllPermissions => "allPermissions",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "currentPermissionsOnly" => Self::CurrentPermissionsOnly,
            "allPermissions" => Self::AllPermissions,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductsApproveRequestApprovedPermissions);
