use crate::runtime::{impl_open_enum, wire};

/// An event generated when a new device is ready to be managed.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct NewDeviceEvent {
    /// The Android ID of the device. This field will always be present.
    pub device_id: Option<String>,
    /// Policy app on the device.
    pub dpc_package_name: Option<String>,
    /// Identifies the extent to which the device is controlled by an Android EMM in various
    /// deployment configurations. Possible values include: - "managedDevice", a device where the
    /// DPC is set as device owner, - "managedProfile", a device where the DPC is set as profile
    /// owner.
    pub management_type: Option<crate::schemas::NewDeviceEventManagementType>,
    /// The ID of the user. This field will always be present.
    pub user_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for NewDeviceEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_id {
            map.serialize_entry("deviceId", value)?;
        }
        if let Some(value) = &self.dpc_package_name {
            map.serialize_entry("dpcPackageName", value)?;
        }
        if let Some(value) = &self.management_type {
            map.serialize_entry("managementType", value)?;
        }
        if let Some(value) = &self.user_id {
            map.serialize_entry("userId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewDeviceEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for NewDeviceEvent {
    const NAME: &'static str = "NewDeviceEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceId" => self.device_id = map.next_value()?,
            "dpcPackageName" => self.dpc_package_name = map.next_value()?,
            "managementType" => self.management_type = map.next_value()?,
            "userId" => self.user_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
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
