use crate::runtime::{impl_open_enum, wire};

/// Information about a device that is available during setup.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProvisioningInfo {
    /// The API level of the Android platform version running on the device.
    pub api_level: Option<i32>,
    /// The email address of the authenticated user (only present for Google Account provisioning
    /// method).
    pub authenticated_user_email: Option<String>,
    /// The brand of the device. For example, Google.
    pub brand: Option<String>,
    /// The name of the enterprise in the form enterprises/{enterprise}.
    pub enterprise: Option<String>,
    /// For corporate-owned devices, IMEI number of the GSM device. For example, A1000031212.
    pub imei: Option<String>,
    /// The management mode of the device or profile.
    pub management_mode: Option<crate::schemas::ProvisioningInfoManagementMode>,
    /// For corporate-owned devices, MEID number of the CDMA device. For example, A00000292788E1.
    pub meid: Option<String>,
    /// The model of the device. For example, Asus Nexus 7.
    pub model: Option<String>,
    /// The name of this resource in the form provisioningInfo/{provisioning_info}.
    pub name: Option<String>,
    /// Ownership of the managed device.
    pub ownership: Option<crate::schemas::ProvisioningInfoOwnership>,
    /// For corporate-owned devices, The device serial number.
    pub serial_number: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProvisioningInfo {
    /// Sets `apiLevel` (chainable).
    pub fn set_api_level(mut self, value: impl Into<i32>) -> Self {
        self.api_level = Some(value.into());
        self.unknown_fields.remove("apiLevel");
        self
    }

    /// Sends `apiLevel` as JSON `null`, which clears it on the server (chainable); `set_api_level`
    /// takes it back.
    #[inline]
    pub fn clear_api_level(mut self) -> Self {
        self.api_level = None;
        self.unknown_fields.insert("apiLevel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `authenticatedUserEmail` (chainable).
    pub fn set_authenticated_user_email(mut self, value: impl Into<String>) -> Self {
        self.authenticated_user_email = Some(value.into());
        self.unknown_fields.remove("authenticatedUserEmail");
        self
    }

    /// Sends `authenticatedUserEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_authenticated_user_email` takes it back.
    #[inline]
    pub fn clear_authenticated_user_email(mut self) -> Self {
        self.authenticated_user_email = None;
        self.unknown_fields
            .insert("authenticatedUserEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `brand` (chainable).
    pub fn set_brand(mut self, value: impl Into<String>) -> Self {
        self.brand = Some(value.into());
        self.unknown_fields.remove("brand");
        self
    }

    /// Sends `brand` as JSON `null`, which clears it on the server (chainable); `set_brand` takes
    /// it back.
    #[inline]
    pub fn clear_brand(mut self) -> Self {
        self.brand = None;
        self.unknown_fields.insert("brand".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enterprise` (chainable).
    pub fn set_enterprise(mut self, value: impl Into<String>) -> Self {
        self.enterprise = Some(value.into());
        self.unknown_fields.remove("enterprise");
        self
    }

    /// Sends `enterprise` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprise` takes it back.
    #[inline]
    pub fn clear_enterprise(mut self) -> Self {
        self.enterprise = None;
        self.unknown_fields.insert("enterprise".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `imei` (chainable).
    pub fn set_imei(mut self, value: impl Into<String>) -> Self {
        self.imei = Some(value.into());
        self.unknown_fields.remove("imei");
        self
    }

    /// Sends `imei` as JSON `null`, which clears it on the server (chainable); `set_imei` takes it
    /// back.
    #[inline]
    pub fn clear_imei(mut self) -> Self {
        self.imei = None;
        self.unknown_fields.insert("imei".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managementMode` (chainable).
    pub fn set_management_mode(
        mut self,
        value: impl Into<crate::schemas::ProvisioningInfoManagementMode>,
    ) -> Self {
        self.management_mode = Some(value.into());
        self.unknown_fields.remove("managementMode");
        self
    }

    /// Sends `managementMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_management_mode` takes it back.
    #[inline]
    pub fn clear_management_mode(mut self) -> Self {
        self.management_mode = None;
        self.unknown_fields.insert("managementMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `meid` (chainable).
    pub fn set_meid(mut self, value: impl Into<String>) -> Self {
        self.meid = Some(value.into());
        self.unknown_fields.remove("meid");
        self
    }

    /// Sends `meid` as JSON `null`, which clears it on the server (chainable); `set_meid` takes it
    /// back.
    #[inline]
    pub fn clear_meid(mut self) -> Self {
        self.meid = None;
        self.unknown_fields.insert("meid".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `model` (chainable).
    pub fn set_model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self.unknown_fields.remove("model");
        self
    }

    /// Sends `model` as JSON `null`, which clears it on the server (chainable); `set_model` takes
    /// it back.
    #[inline]
    pub fn clear_model(mut self) -> Self {
        self.model = None;
        self.unknown_fields.insert("model".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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

    /// Sets `ownership` (chainable).
    pub fn set_ownership(
        mut self,
        value: impl Into<crate::schemas::ProvisioningInfoOwnership>,
    ) -> Self {
        self.ownership = Some(value.into());
        self.unknown_fields.remove("ownership");
        self
    }

    /// Sends `ownership` as JSON `null`, which clears it on the server (chainable); `set_ownership`
    /// takes it back.
    #[inline]
    pub fn clear_ownership(mut self) -> Self {
        self.ownership = None;
        self.unknown_fields.insert("ownership".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `serialNumber` (chainable).
    pub fn set_serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self.unknown_fields.remove("serialNumber");
        self
    }

    /// Sends `serialNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_serial_number` takes it back.
    #[inline]
    pub fn clear_serial_number(mut self) -> Self {
        self.serial_number = None;
        self.unknown_fields.insert("serialNumber".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ProvisioningInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.api_level {
            map.serialize_entry("apiLevel", value)?;
        }
        if let Some(value) = &self.authenticated_user_email {
            map.serialize_entry("authenticatedUserEmail", value)?;
        }
        if let Some(value) = &self.brand {
            map.serialize_entry("brand", value)?;
        }
        if let Some(value) = &self.enterprise {
            map.serialize_entry("enterprise", value)?;
        }
        if let Some(value) = &self.imei {
            map.serialize_entry("imei", value)?;
        }
        if let Some(value) = &self.management_mode {
            map.serialize_entry("managementMode", value)?;
        }
        if let Some(value) = &self.meid {
            map.serialize_entry("meid", value)?;
        }
        if let Some(value) = &self.model {
            map.serialize_entry("model", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.ownership {
            map.serialize_entry("ownership", value)?;
        }
        if let Some(value) = &self.serial_number {
            map.serialize_entry("serialNumber", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProvisioningInfo {
    const NAME: &'static str = "ProvisioningInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "apiLevel" => self.api_level = map.next_value()?,
            "authenticatedUserEmail" => self.authenticated_user_email = map.next_value()?,
            "brand" => self.brand = map.next_value()?,
            "enterprise" => self.enterprise = map.next_value()?,
            "imei" => self.imei = map.next_value()?,
            "managementMode" => self.management_mode = map.next_value()?,
            "meid" => self.meid = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "ownership" => self.ownership = map.next_value()?,
            "serialNumber" => self.serial_number = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The management mode of the device or profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProvisioningInfoManagementMode {
    /// This value is disallowed.
    ///
    /// `MANAGEMENT_MODE_UNSPECIFIED` on the wire.
    #[default]
    ManagementModeUnspecified,
    /// Device owner. Android Device Policy has full control over the device.
    ///
    /// `DEVICE_OWNER` on the wire.
    DeviceOwner,
    /// Profile owner. Android Device Policy has control over a managed profile on the device.
    ///
    /// `PROFILE_OWNER` on the wire.
    ProfileOwner,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProvisioningInfoManagementMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ManagementModeUnspecified => "MANAGEMENT_MODE_UNSPECIFIED",
            Self::DeviceOwner => "DEVICE_OWNER",
            Self::ProfileOwner => "PROFILE_OWNER",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "MANAGEMENT_MODE_UNSPECIFIED" => Self::ManagementModeUnspecified,
            "DEVICE_OWNER" => Self::DeviceOwner,
            "PROFILE_OWNER" => Self::ProfileOwner,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProvisioningInfoManagementMode);

/// Ownership of the managed device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProvisioningInfoOwnership {
    /// Ownership is unspecified.
    ///
    /// `OWNERSHIP_UNSPECIFIED` on the wire.
    #[default]
    OwnershipUnspecified,
    /// Device is company-owned.
    ///
    /// `COMPANY_OWNED` on the wire.
    CompanyOwned,
    /// Device is personally-owned.
    ///
    /// `PERSONALLY_OWNED` on the wire.
    PersonallyOwned,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProvisioningInfoOwnership {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::OwnershipUnspecified => "OWNERSHIP_UNSPECIFIED",
            Self::CompanyOwned => "COMPANY_OWNED",
            Self::PersonallyOwned => "PERSONALLY_OWNED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "OWNERSHIP_UNSPECIFIED" => Self::OwnershipUnspecified,
            "COMPANY_OWNED" => Self::CompanyOwned,
            "PERSONALLY_OWNED" => Self::PersonallyOwned,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProvisioningInfoOwnership);
