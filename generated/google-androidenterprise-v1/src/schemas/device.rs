/// A Devices resource represents a mobile device managed by the EMM and belonging to a specific enterprise user.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Device {
    /// The Google Play Services Android ID for the device encoded as a lowercase hex string. For example, "123456789abcdef0".
    #[serde(rename = "androidId", default, skip_serializing_if = "Option::is_none")]
    pub android_id: Option<String>,
    /// The internal hardware codename of the device. This comes from android.os.Build.DEVICE. (field named "device" per logs/wireless/android/android_checkin.proto)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    /// The build fingerprint of the device if known.
    #[serde(
        rename = "latestBuildFingerprint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub latest_build_fingerprint: Option<String>,
    /// The manufacturer of the device. This comes from android.os.Build.MANUFACTURER.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maker: Option<String>,
    /// Identifies the extent to which the device is controlled by a managed Google Play EMM in various deployment configurations. Possible values include: - "managedDevice", a device that has the EMM's device policy controller (DPC) as the device owner. - "managedProfile", a device that has a profile managed by the DPC (DPC is profile owner) in addition to a separate, personal profile that is unavailable to the DPC. - "containerApp", no longer used (deprecated). - "unmanagedProfile", a device that has been allowed (by the domain's admin, using the Admin Console to enable the privilege) to use managed Google Play, but the profile is itself not owned by a DPC.
    #[serde(rename = "managementType", default, skip_serializing_if = "Option::is_none")]
    pub management_type: Option<crate::schemas::DeviceManagementType>,
    /// The model name of the device. This comes from android.os.Build.MODEL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The policy enforced on the device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<crate::schemas::Policy>,
    /// The product name of the device. This comes from android.os.Build.PRODUCT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// The device report updated with the latest app states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<crate::schemas::DeviceReport>,
    /// Retail brand for the device, if set. See android.os.Build.BRAND
    #[serde(rename = "retailBrand", default, skip_serializing_if = "Option::is_none")]
    pub retail_brand: Option<String>,
    /// API compatibility version.
    #[serde(rename = "sdkVersion", default, skip_serializing_if = "Option::is_none")]
    pub sdk_version: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Device {
    /// Sets `androidId` (chainable).
    pub fn set_android_id(mut self, value: impl Into<String>) -> Self {
        self.android_id = Some(value.into());
        self
    }
    /// Sets `device` (chainable).
    pub fn set_device(mut self, value: impl Into<String>) -> Self {
        self.device = Some(value.into());
        self
    }
    /// Sets `latestBuildFingerprint` (chainable).
    pub fn set_latest_build_fingerprint(mut self, value: impl Into<String>) -> Self {
        self.latest_build_fingerprint = Some(value.into());
        self
    }
    /// Sets `maker` (chainable).
    pub fn set_maker(mut self, value: impl Into<String>) -> Self {
        self.maker = Some(value.into());
        self
    }
    /// Sets `managementType` (chainable).
    pub fn set_management_type(
        mut self,
        value: impl Into<crate::schemas::DeviceManagementType>,
    ) -> Self {
        self.management_type = Some(value.into());
        self
    }
    /// Sets `model` (chainable).
    pub fn set_model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `policy` (chainable).
    pub fn set_policy(mut self, value: impl Into<crate::schemas::Policy>) -> Self {
        self.policy = Some(value.into());
        self
    }
    /// Sets `product` (chainable).
    pub fn set_product(mut self, value: impl Into<String>) -> Self {
        self.product = Some(value.into());
        self
    }
    /// Sets `report` (chainable).
    pub fn set_report(mut self, value: impl Into<crate::schemas::DeviceReport>) -> Self {
        self.report = Some(value.into());
        self
    }
    /// Sets `retailBrand` (chainable).
    pub fn set_retail_brand(mut self, value: impl Into<String>) -> Self {
        self.retail_brand = Some(value.into());
        self
    }
    /// Sets `sdkVersion` (chainable).
    pub fn set_sdk_version(mut self, value: impl Into<i32>) -> Self {
        self.sdk_version = Some(value.into());
        self
    }
}
/// Identifies the extent to which the device is controlled by a managed Google Play EMM in various deployment configurations. Possible values include: - "managedDevice", a device that has the EMM's device policy controller (DPC) as the device owner. - "managedProfile", a device that has a profile managed by the DPC (DPC is profile owner) in addition to a separate, personal profile that is unavailable to the DPC. - "containerApp", no longer used (deprecated). - "unmanagedProfile", a device that has been allowed (by the domain's admin, using the Admin Console to enable the privilege) to use managed Google Play, but the profile is itself not owned by a DPC.
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
impl crate::runtime::wire::OpenEnum for DeviceManagementType {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ManagedDevice => "managedDevice",
            Self::ManagedProfile => "managedProfile",
            Self::ContainerApp => "containerApp",
            Self::UnmanagedProfile => "unmanagedProfile",
            Self::UnknownValue(value) => value,
        }
    }
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
crate::runtime::impl_open_enum!(DeviceManagementType);
