use crate::runtime::{impl_open_enum, wire};

/// An event generated when a new device is ready to be managed.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NewDeviceEvent {
    /// The Android ID of the device. This field will always be present.
    #[serde(rename = "deviceId", default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Policy app on the device.
    #[serde(rename = "dpcPackageName", default, skip_serializing_if = "Option::is_none")]
    pub dpc_package_name: Option<String>,
    /// Identifies the extent to which the device is controlled by an Android EMM in various
    /// deployment configurations. Possible values include: - "managedDevice", a device where the
    /// DPC is set as device owner, - "managedProfile", a device where the DPC is set as profile
    /// owner.
    #[serde(rename = "managementType", default, skip_serializing_if = "Option::is_none")]
    pub management_type: Option<crate::schemas::NewDeviceEventManagementType>,
    /// The ID of the user. This field will always be present.
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl NewDeviceEvent {
    /// Sets `deviceId` (chainable).
    pub fn set_device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self.unknown_fields.remove("deviceId");
        self
    }

    /// Sends `deviceId` as JSON `null`, which clears it on the server (chainable); `set_device_id`
    /// takes it back.
    #[inline]
    pub fn clear_device_id(mut self) -> Self {
        self.device_id = None;
        self.unknown_fields.insert("deviceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dpcPackageName` (chainable).
    pub fn set_dpc_package_name(mut self, value: impl Into<String>) -> Self {
        self.dpc_package_name = Some(value.into());
        self.unknown_fields.remove("dpcPackageName");
        self
    }

    /// Sends `dpcPackageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_dpc_package_name` takes it back.
    #[inline]
    pub fn clear_dpc_package_name(mut self) -> Self {
        self.dpc_package_name = None;
        self.unknown_fields.insert("dpcPackageName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managementType` (chainable).
    pub fn set_management_type(
        mut self,
        value: impl Into<crate::schemas::NewDeviceEventManagementType>,
    ) -> Self {
        self.management_type = Some(value.into());
        self.unknown_fields.remove("managementType");
        self
    }

    /// Sends `managementType` as JSON `null`, which clears it on the server (chainable);
    /// `set_management_type` takes it back.
    #[inline]
    pub fn clear_management_type(mut self) -> Self {
        self.management_type = None;
        self.unknown_fields.insert("managementType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userId` (chainable).
    pub fn set_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self.unknown_fields.remove("userId");
        self
    }

    /// Sends `userId` as JSON `null`, which clears it on the server (chainable); `set_user_id`
    /// takes it back.
    #[inline]
    pub fn clear_user_id(mut self) -> Self {
        self.user_id = None;
        self.unknown_fields.insert("userId".to_owned(), serde_json::Value::Null);
        self
    }
}

/// Identifies the extent to which the device is controlled by an Android EMM in various
/// deployment configurations. Possible values include: - "managedDevice", a device where the
/// DPC is set as device owner, - "managedProfile", a device where the DPC is set as profile
/// owner.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NewDeviceEventManagementType {
    /// `managedDevice` on the wire.
    #[default]
    ManagedDevice,
    /// `managedProfile` on the wire.
    ManagedProfile,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for NewDeviceEventManagementType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ManagedDevice => "managedDevice",
            Self::ManagedProfile => "managedProfile",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "managedDevice" => Self::ManagedDevice,
            "managedProfile" => Self::ManagedProfile,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(NewDeviceEventManagementType);
