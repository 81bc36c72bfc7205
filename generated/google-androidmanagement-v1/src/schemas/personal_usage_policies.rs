use crate::runtime::{impl_open_enum, wire};

/// Policies controlling personal usage on a company-owned device with a work profile.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PersonalUsagePolicies {
    /// Account types that can't be managed by the user.
    pub account_types_with_management_disabled: Option<Vec<String>>,
    /// Optional. Whether bluetooth sharing is allowed.
    pub bluetooth_sharing: Option<crate::schemas::PersonalUsagePoliciesBluetoothSharing>,
    /// If true, the camera is disabled on the personal profile.
    pub camera_disabled: Option<bool>,
    /// Optional. Policies controlling cross-device communication in the personal profile.
    pub cross_device_policies: Option<crate::schemas::PersonalCrossDevicePolicies>,
    /// Controls how long the work profile can stay off. The minimum duration must be at least 3
    /// days. Other details are as follows: - If the duration is set to 0, the feature is turned
    /// off. - If the duration is set to a value smaller than the minimum duration, the feature
    /// returns an error. *Note:* If you want to avoid personal profiles being suspended during long
    /// periods of off-time, you can temporarily set a large value for this parameter.
    pub max_days_with_work_off: Option<i32>,
    /// Policy applied to applications in the personal profile.
    pub personal_applications: Option<Vec<crate::schemas::PersonalApplicationPolicy>>,
    /// Used together with personalApplications to control how apps in the personal profile are
    /// allowed or blocked.
    pub personal_play_store_mode: Option<
        crate::schemas::PersonalUsagePoliciesPersonalPlayStoreMode,
    >,
    /// Optional. Controls whether a private space is allowed on the device.
    pub private_space_policy: Option<
        crate::schemas::PersonalUsagePoliciesPrivateSpacePolicy,
    >,
    /// If true, screen capture is disabled for all users. This also blocks Circle to Search
    /// (<https://support.google.com/android/answer/14508957>).
    pub screen_capture_disabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PersonalUsagePolicies {
    /// Sets `accountTypesWithManagementDisabled` (chainable).
    pub fn set_account_types_with_management_disabled(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.account_types_with_management_disabled = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("accountTypesWithManagementDisabled");
        self
    }

    /// Sends `accountTypesWithManagementDisabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_account_types_with_management_disabled` takes it back.
    #[inline]
    pub fn clear_account_types_with_management_disabled(mut self) -> Self {
        self.account_types_with_management_disabled = None;
        self.unknown_fields
            .insert(
                "accountTypesWithManagementDisabled".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `bluetoothSharing` (chainable).
    pub fn set_bluetooth_sharing(
        mut self,
        value: impl Into<crate::schemas::PersonalUsagePoliciesBluetoothSharing>,
    ) -> Self {
        self.bluetooth_sharing = Some(value.into());
        self.unknown_fields.remove("bluetoothSharing");
        self
    }

    /// Sends `bluetoothSharing` as JSON `null`, which clears it on the server (chainable);
    /// `set_bluetooth_sharing` takes it back.
    #[inline]
    pub fn clear_bluetooth_sharing(mut self) -> Self {
        self.bluetooth_sharing = None;
        self.unknown_fields
            .insert("bluetoothSharing".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cameraDisabled` (chainable).
    pub fn set_camera_disabled(mut self, value: impl Into<bool>) -> Self {
        self.camera_disabled = Some(value.into());
        self.unknown_fields.remove("cameraDisabled");
        self
    }

    /// Sends `cameraDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_camera_disabled` takes it back.
    #[inline]
    pub fn clear_camera_disabled(mut self) -> Self {
        self.camera_disabled = None;
        self.unknown_fields.insert("cameraDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `crossDevicePolicies` (chainable).
    pub fn set_cross_device_policies(
        mut self,
        value: impl Into<crate::schemas::PersonalCrossDevicePolicies>,
    ) -> Self {
        self.cross_device_policies = Some(value.into());
        self.unknown_fields.remove("crossDevicePolicies");
        self
    }

    /// Sends `crossDevicePolicies` as JSON `null`, which clears it on the server (chainable);
    /// `set_cross_device_policies` takes it back.
    #[inline]
    pub fn clear_cross_device_policies(mut self) -> Self {
        self.cross_device_policies = None;
        self.unknown_fields
            .insert("crossDevicePolicies".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `maxDaysWithWorkOff` (chainable).
    pub fn set_max_days_with_work_off(mut self, value: impl Into<i32>) -> Self {
        self.max_days_with_work_off = Some(value.into());
        self.unknown_fields.remove("maxDaysWithWorkOff");
        self
    }

    /// Sends `maxDaysWithWorkOff` as JSON `null`, which clears it on the server (chainable);
    /// `set_max_days_with_work_off` takes it back.
    #[inline]
    pub fn clear_max_days_with_work_off(mut self) -> Self {
        self.max_days_with_work_off = None;
        self.unknown_fields
            .insert("maxDaysWithWorkOff".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `personalApplications` (chainable).
    pub fn set_personal_applications(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::PersonalApplicationPolicy>,
        >,
    ) -> Self {
        self.personal_applications = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("personalApplications");
        self
    }

    /// Sends `personalApplications` as JSON `null`, which clears it on the server (chainable);
    /// `set_personal_applications` takes it back.
    #[inline]
    pub fn clear_personal_applications(mut self) -> Self {
        self.personal_applications = None;
        self.unknown_fields
            .insert("personalApplications".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `personalPlayStoreMode` (chainable).
    pub fn set_personal_play_store_mode(
        mut self,
        value: impl Into<crate::schemas::PersonalUsagePoliciesPersonalPlayStoreMode>,
    ) -> Self {
        self.personal_play_store_mode = Some(value.into());
        self.unknown_fields.remove("personalPlayStoreMode");
        self
    }

    /// Sends `personalPlayStoreMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_personal_play_store_mode` takes it back.
    #[inline]
    pub fn clear_personal_play_store_mode(mut self) -> Self {
        self.personal_play_store_mode = None;
        self.unknown_fields
            .insert("personalPlayStoreMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `privateSpacePolicy` (chainable).
    pub fn set_private_space_policy(
        mut self,
        value: impl Into<crate::schemas::PersonalUsagePoliciesPrivateSpacePolicy>,
    ) -> Self {
        self.private_space_policy = Some(value.into());
        self.unknown_fields.remove("privateSpacePolicy");
        self
    }

    /// Sends `privateSpacePolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_private_space_policy` takes it back.
    #[inline]
    pub fn clear_private_space_policy(mut self) -> Self {
        self.private_space_policy = None;
        self.unknown_fields
            .insert("privateSpacePolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `screenCaptureDisabled` (chainable).
    pub fn set_screen_capture_disabled(mut self, value: impl Into<bool>) -> Self {
        self.screen_capture_disabled = Some(value.into());
        self.unknown_fields.remove("screenCaptureDisabled");
        self
    }

    /// Sends `screenCaptureDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_screen_capture_disabled` takes it back.
    #[inline]
    pub fn clear_screen_capture_disabled(mut self) -> Self {
        self.screen_capture_disabled = None;
        self.unknown_fields
            .insert("screenCaptureDisabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PersonalUsagePolicies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.account_types_with_management_disabled {
            map.serialize_entry("accountTypesWithManagementDisabled", value)?;
        }
        if let Some(value) = &self.bluetooth_sharing {
            map.serialize_entry("bluetoothSharing", value)?;
        }
        if let Some(value) = &self.camera_disabled {
            map.serialize_entry("cameraDisabled", value)?;
        }
        if let Some(value) = &self.cross_device_policies {
            map.serialize_entry("crossDevicePolicies", value)?;
        }
        if let Some(value) = &self.max_days_with_work_off {
            map.serialize_entry("maxDaysWithWorkOff", value)?;
        }
        if let Some(value) = &self.personal_applications {
            map.serialize_entry("personalApplications", value)?;
        }
        if let Some(value) = &self.personal_play_store_mode {
            map.serialize_entry("personalPlayStoreMode", value)?;
        }
        if let Some(value) = &self.private_space_policy {
            map.serialize_entry("privateSpacePolicy", value)?;
        }
        if let Some(value) = &self.screen_capture_disabled {
            map.serialize_entry("screenCaptureDisabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PersonalUsagePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PersonalUsagePolicies {
    const NAME: &'static str = "PersonalUsagePolicies";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accountTypesWithManagementDisabled" => {
                self.account_types_with_management_disabled = map.next_value()?;
            }
            "bluetoothSharing" => self.bluetooth_sharing = map.next_value()?,
            "cameraDisabled" => self.camera_disabled = map.next_value()?,
            "crossDevicePolicies" => self.cross_device_policies = map.next_value()?,
            "maxDaysWithWorkOff" => self.max_days_with_work_off = map.next_value()?,
            "personalApplications" => self.personal_applications = map.next_value()?,
            "personalPlayStoreMode" => self.personal_play_store_mode = map.next_value()?,
            "privateSpacePolicy" => self.private_space_policy = map.next_value()?,
            "screenCaptureDisabled" => self.screen_capture_disabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Whether bluetooth sharing is allowed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PersonalUsagePoliciesBluetoothSharing {
    /// Unspecified. Defaults to BLUETOOTH_SHARING_ALLOWED.
    ///
    /// `BLUETOOTH_SHARING_UNSPECIFIED` on the wire.
    #[default]
    BluetoothSharingUnspecified,
    /// Bluetooth sharing is allowed on personal profile.Supported on Android 8 and above. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported if this is set for a personal device.
    ///
    /// `BLUETOOTH_SHARING_ALLOWED` on the wire.
    BluetoothSharingAllowed,
    /// Bluetooth sharing is disallowed on personal profile.Supported on Android 8 and above. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 8. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported if this is set for a personal device.
    ///
    /// `BLUETOOTH_SHARING_DISALLOWED` on the wire.
    BluetoothSharingDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PersonalUsagePoliciesBluetoothSharing {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::BluetoothSharingUnspecified => "BLUETOOTH_SHARING_UNSPECIFIED",
            Self::BluetoothSharingAllowed => "BLUETOOTH_SHARING_ALLOWED",
            Self::BluetoothSharingDisallowed => "BLUETOOTH_SHARING_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "BLUETOOTH_SHARING_UNSPECIFIED" => Self::BluetoothSharingUnspecified,
            "BLUETOOTH_SHARING_ALLOWED" => Self::BluetoothSharingAllowed,
            "BLUETOOTH_SHARING_DISALLOWED" => Self::BluetoothSharingDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PersonalUsagePoliciesBluetoothSharing);

/// Used together with personalApplications to control how apps in the personal profile are
/// allowed or blocked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PersonalUsagePoliciesPersonalPlayStoreMode {
    /// Unspecified. Defaults to BLOCKLIST.
    ///
    /// `PLAY_STORE_MODE_UNSPECIFIED` on the wire.
    #[default]
    PlayStoreModeUnspecified,
    /// Deprecated. All Play Store apps are available for installation in the personal profile,
    /// except those whose installType is BLOCKED in personalApplications.
    ///
    /// `BLACKLIST` on the wire.
    Blacklist,
    /// All Play Store apps are available for installation in the personal profile, except those
    /// whose installType is BLOCKED in personalApplications.
    ///
    /// `BLOCKLIST` on the wire.
    Blocklist,
    /// Only apps explicitly specified in personalApplications with installType set to AVAILABLE are
    /// allowed to be installed in the personal profile.
    ///
    /// `ALLOWLIST` on the wire.
    Allowlist,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PersonalUsagePoliciesPersonalPlayStoreMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PlayStoreModeUnspecified => "PLAY_STORE_MODE_UNSPECIFIED",
            Self::Blacklist => "BLACKLIST",
            Self::Blocklist => "BLOCKLIST",
            Self::Allowlist => "ALLOWLIST",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PLAY_STORE_MODE_UNSPECIFIED" => Self::PlayStoreModeUnspecified,
            "BLACKLIST" => Self::Blacklist,
            "BLOCKLIST" => Self::Blocklist,
            "ALLOWLIST" => Self::Allowlist,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PersonalUsagePoliciesPersonalPlayStoreMode);

/// Optional. Controls whether a private space is allowed on the device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PersonalUsagePoliciesPrivateSpacePolicy {
    /// Unspecified. Defaults to PRIVATE_SPACE_ALLOWED.
    ///
    /// `PRIVATE_SPACE_POLICY_UNSPECIFIED` on the wire.
    #[default]
    PrivateSpacePolicyUnspecified,
    /// Users can create a private space profile.
    ///
    /// `PRIVATE_SPACE_ALLOWED` on the wire.
    PrivateSpaceAllowed,
    /// Users cannot create a private space profile. Supported only for company-owned devices with a
    /// work profile. Caution: Any existing private space will be removed.
    ///
    /// `PRIVATE_SPACE_DISALLOWED` on the wire.
    PrivateSpaceDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PersonalUsagePoliciesPrivateSpacePolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PrivateSpacePolicyUnspecified => "PRIVATE_SPACE_POLICY_UNSPECIFIED",
            Self::PrivateSpaceAllowed => "PRIVATE_SPACE_ALLOWED",
            Self::PrivateSpaceDisallowed => "PRIVATE_SPACE_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PRIVATE_SPACE_POLICY_UNSPECIFIED" => Self::PrivateSpacePolicyUnspecified,
            "PRIVATE_SPACE_ALLOWED" => Self::PrivateSpaceAllowed,
            "PRIVATE_SPACE_DISALLOWED" => Self::PrivateSpaceDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PersonalUsagePoliciesPrivateSpacePolicy);
