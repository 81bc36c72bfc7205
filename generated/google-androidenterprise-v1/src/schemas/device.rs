use crate::runtime::{impl_open_enum, wire};

/// A Devices resource represents a mobile device managed by the EMM and belonging to a specific
/// enterprise user.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Device {
    /// The Google Play Services Android ID for the device encoded as a lowercase hex string. For
    /// example, "123456789abcdef0".
    pub android_id: Option<String>,
    /// The internal hardware codename of the device. This comes from android.os.Build.DEVICE.
    /// (field named "device" per logs/wireless/android/android_checkin.proto)
    pub device: Option<String>,
    /// The build fingerprint of the device if known.
    pub latest_build_fingerprint: Option<String>,
    /// The manufacturer of the device. This comes from android.os.Build.MANUFACTURER.
    pub maker: Option<String>,
    /// Identifies the extent to which the device is controlled by a managed Google Play EMM in
    /// various deployment configurations. Possible values include: - "managedDevice", a device that
    /// has the EMM's device policy controller (DPC) as the device owner. - "managedProfile", a
    /// device that has a profile managed by the DPC (DPC is profile owner) in addition to a
    /// separate, personal profile that is unavailable to the DPC. - "containerApp", no longer used
    /// (deprecated). - "unmanagedProfile", a device that has been allowed (by the domain's admin,
    /// using the Admin Console to enable the privilege) to use managed Google Play, but the profile
    /// is itself not owned by a DPC.
    pub management_type: Option<crate::schemas::DeviceManagementType>,
    /// The model name of the device. This comes from android.os.Build.MODEL.
    pub model: Option<String>,
    /// The policy enforced on the device.
    pub policy: Option<crate::schemas::Policy>,
    /// The product name of the device. This comes from android.os.Build.PRODUCT.
    pub product: Option<String>,
    /// The device report updated with the latest app states.
    pub report: Option<crate::schemas::DeviceReport>,
    /// Retail brand for the device, if set. See android.os.Build.BRAND
    pub retail_brand: Option<String>,
    /// API compatibility version.
    pub sdk_version: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Device {
    /// Sets `androidId` (chainable).
    pub fn set_android_id(mut self, value: impl Into<String>) -> Self {
        self.android_id = Some(value.into());
        self.unknown_fields.remove("androidId");
        self
    }

    /// Sends `androidId` as JSON `null`, which clears it on the server (chainable);
    /// `set_android_id` takes it back.
    #[inline]
    pub fn clear_android_id(mut self) -> Self {
        self.android_id = None;
        self.unknown_fields.insert("androidId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `device` (chainable).
    pub fn set_device(mut self, value: impl Into<String>) -> Self {
        self.device = Some(value.into());
        self.unknown_fields.remove("device");
        self
    }

    /// Sends `device` as JSON `null`, which clears it on the server (chainable); `set_device` takes
    /// it back.
    #[inline]
    pub fn clear_device(mut self) -> Self {
        self.device = None;
        self.unknown_fields.insert("device".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `latestBuildFingerprint` (chainable).
    pub fn set_latest_build_fingerprint(mut self, value: impl Into<String>) -> Self {
        self.latest_build_fingerprint = Some(value.into());
        self.unknown_fields.remove("latestBuildFingerprint");
        self
    }

    /// Sends `latestBuildFingerprint` as JSON `null`, which clears it on the server (chainable);
    /// `set_latest_build_fingerprint` takes it back.
    #[inline]
    pub fn clear_latest_build_fingerprint(mut self) -> Self {
        self.latest_build_fingerprint = None;
        self.unknown_fields
            .insert("latestBuildFingerprint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `maker` (chainable).
    pub fn set_maker(mut self, value: impl Into<String>) -> Self {
        self.maker = Some(value.into());
        self.unknown_fields.remove("maker");
        self
    }

    /// Sends `maker` as JSON `null`, which clears it on the server (chainable); `set_maker` takes
    /// it back.
    #[inline]
    pub fn clear_maker(mut self) -> Self {
        self.maker = None;
        self.unknown_fields.insert("maker".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managementType` (chainable).
    pub fn set_management_type(
        mut self,
        value: impl Into<crate::schemas::DeviceManagementType>,
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

    /// Sets `policy` (chainable).
    pub fn set_policy(mut self, value: impl Into<crate::schemas::Policy>) -> Self {
        self.policy = Some(value.into());
        self.unknown_fields.remove("policy");
        self
    }

    /// Sends `policy` as JSON `null`, which clears it on the server (chainable); `set_policy` takes
    /// it back.
    #[inline]
    pub fn clear_policy(mut self) -> Self {
        self.policy = None;
        self.unknown_fields.insert("policy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `product` (chainable).
    pub fn set_product(mut self, value: impl Into<String>) -> Self {
        self.product = Some(value.into());
        self.unknown_fields.remove("product");
        self
    }

    /// Sends `product` as JSON `null`, which clears it on the server (chainable); `set_product`
    /// takes it back.
    #[inline]
    pub fn clear_product(mut self) -> Self {
        self.product = None;
        self.unknown_fields.insert("product".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `report` (chainable).
    pub fn set_report(mut self, value: impl Into<crate::schemas::DeviceReport>) -> Self {
        self.report = Some(value.into());
        self.unknown_fields.remove("report");
        self
    }

    /// Sends `report` as JSON `null`, which clears it on the server (chainable); `set_report` takes
    /// it back.
    #[inline]
    pub fn clear_report(mut self) -> Self {
        self.report = None;
        self.unknown_fields.insert("report".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `retailBrand` (chainable).
    pub fn set_retail_brand(mut self, value: impl Into<String>) -> Self {
        self.retail_brand = Some(value.into());
        self.unknown_fields.remove("retailBrand");
        self
    }

    /// Sends `retailBrand` as JSON `null`, which clears it on the server (chainable);
    /// `set_retail_brand` takes it back.
    #[inline]
    pub fn clear_retail_brand(mut self) -> Self {
        self.retail_brand = None;
        self.unknown_fields.insert("retailBrand".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sdkVersion` (chainable).
    pub fn set_sdk_version(mut self, value: impl Into<i32>) -> Self {
        self.sdk_version = Some(value.into());
        self.unknown_fields.remove("sdkVersion");
        self
    }

    /// Sends `sdkVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_sdk_version` takes it back.
    #[inline]
    pub fn clear_sdk_version(mut self) -> Self {
        self.sdk_version = None;
        self.unknown_fields.insert("sdkVersion".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Device {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.android_id {
            map.serialize_entry("androidId", value)?;
        }
        if let Some(value) = &self.device {
            map.serialize_entry("device", value)?;
        }
        if let Some(value) = &self.latest_build_fingerprint {
            map.serialize_entry("latestBuildFingerprint", value)?;
        }
        if let Some(value) = &self.maker {
            map.serialize_entry("maker", value)?;
        }
        if let Some(value) = &self.management_type {
            map.serialize_entry("managementType", value)?;
        }
        if let Some(value) = &self.model {
            map.serialize_entry("model", value)?;
        }
        if let Some(value) = &self.policy {
            map.serialize_entry("policy", value)?;
        }
        if let Some(value) = &self.product {
            map.serialize_entry("product", value)?;
        }
        if let Some(value) = &self.report {
            map.serialize_entry("report", value)?;
        }
        if let Some(value) = &self.retail_brand {
            map.serialize_entry("retailBrand", value)?;
        }
        if let Some(value) = &self.sdk_version {
            map.serialize_entry("sdkVersion", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Device {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Device {
    const NAME: &'static str = "Device";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "androidId" => self.android_id = map.next_value()?,
            "device" => self.device = map.next_value()?,
            "latestBuildFingerprint" => self.latest_build_fingerprint = map.next_value()?,
            "maker" => self.maker = map.next_value()?,
            "managementType" => self.management_type = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "policy" => self.policy = map.next_value()?,
            "product" => self.product = map.next_value()?,
            "report" => self.report = map.next_value()?,
            "retailBrand" => self.retail_brand = map.next_value()?,
            "sdkVersion" => self.sdk_version = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Identifies the extent to which the device is controlled by a managed Google Play EMM in
/// various deployment configurations. Possible values include: - "managedDevice", a device that
/// has the EMM's device policy controller (DPC) as the device owner. - "managedProfile", a
/// device that has a profile managed by the DPC (DPC is profile owner) in addition to a
/// separate, personal profile that is unavailable to the DPC. - "containerApp", no longer used
/// (deprecated). - "unmanagedProfile", a device that has been allowed (by the domain's admin,
/// using the Admin Console to enable the privilege) to use managed Google Play, but the profile
/// is itself not owned by a DPC.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceManagementType {
    /// `managedDevice` on the wire.
    #[default]
    ManagedDevice,
    /// `managedProfile` on the wire.
    ManagedProfile,
    /// `containerApp` on the wire.
    ContainerApp,
    /// `unmanagedProfile` on the wire.
    UnmanagedProfile,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceManagementType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ManagedDevice => "managedDevice",
            Self::ManagedProfile => "managedProfile",
            Self::ContainerApp => "containerApp",
            Self::UnmanagedProfile => "unmanagedProfile",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "managedDevice" => Self::ManagedDevice,
            "managedProfile" => Self::ManagedProfile,
            "containerApp" => Self::ContainerApp,
            "unmanagedProfile" => Self::UnmanagedProfile,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceManagementType);
