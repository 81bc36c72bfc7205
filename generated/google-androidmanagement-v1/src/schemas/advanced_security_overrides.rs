use crate::runtime::{impl_open_enum, wire};

/// Advanced security settings. In most cases, setting these is not needed.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AdvancedSecurityOverrides {
    /// Optional. Controls Common Criteria Mode—security standards defined in the Common Criteria
    /// for Information Technology Security Evaluation (<https://www.commoncriteriaportal.org/>)
    /// (CC). Enabling Common Criteria Mode increases certain security components on a device, see
    /// CommonCriteriaMode for details.Warning: Common Criteria Mode enforces a strict security
    /// model typically only required for IT products used in national security systems and other
    /// highly sensitive organizations. Standard device use may be affected. Only enabled if
    /// required. If Common Criteria Mode is turned off after being enabled previously, all
    /// user-configured Wi-Fi networks may be lost and any enterprise-configured Wi-Fi networks that
    /// require user input may need to be reconfigured.
    pub common_criteria_mode: Option<
        crate::schemas::AdvancedSecurityOverridesCommonCriteriaMode,
    >,
    /// Optional. Controls whether content protection, which scans for deceptive apps, is enabled.
    /// This is supported on Android 15 and above.
    pub content_protection_policy: Option<
        crate::schemas::AdvancedSecurityOverridesContentProtectionPolicy,
    >,
    /// Optional. Controls access to developer settings: developer options and safe boot. Replaces
    /// safeBootDisabled (deprecated) and debuggingFeaturesAllowed (deprecated). On personally-owned
    /// devices with a work profile, setting this policy will not disable safe boot. In this case, a
    /// NonComplianceDetail with MANAGEMENT_MODE is reported.
    pub developer_settings: Option<
        crate::schemas::AdvancedSecurityOverridesDeveloperSettings,
    >,
    /// Optional. Whether Google Play Protect verification
    /// (<https://support.google.com/accounts/answer/2812853>) is enforced. Replaces
    /// ensureVerifyAppsEnabled (deprecated).
    pub google_play_protect_verify_apps: Option<
        crate::schemas::AdvancedSecurityOverridesGooglePlayProtectVerifyApps,
    >,
    /// Optional. Controls Memory Tagging Extension (MTE)
    /// (<https://source.android.com/docs/security/test/memory-safety/arm-mte>) on the device. The
    /// device needs to be rebooted to apply changes to the MTE policy. On Android 15 and above, a
    /// NonComplianceDetail with PENDING is reported if the policy change is pending a device
    /// reboot.
    pub mte_policy: Option<crate::schemas::AdvancedSecurityOverridesMtePolicy>,
    /// Optional. Personal apps that can read work profile notifications using a
    /// NotificationListenerService
    /// (<https://developer.android.com/reference/android/service/notification/NotificationListenerService>).
    /// By default, no personal apps (aside from system apps) can read work notifications. Each
    /// value in the list must be a package name.
    pub personal_apps_that_can_read_work_notifications: Option<Vec<String>>,
    /// Optional. The policy for untrusted apps (apps from unknown sources) enforced on the device.
    /// Replaces install_unknown_sources_allowed (deprecated).
    pub untrusted_apps_policy: Option<
        crate::schemas::AdvancedSecurityOverridesUntrustedAppsPolicy,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AdvancedSecurityOverrides {
    /// Sets `commonCriteriaMode` (chainable).
    pub fn set_common_criteria_mode(
        mut self,
        value: impl Into<crate::schemas::AdvancedSecurityOverridesCommonCriteriaMode>,
    ) -> Self {
        self.common_criteria_mode = Some(value.into());
        self.unknown_fields.remove("commonCriteriaMode");
        self
    }

    /// Sends `commonCriteriaMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_common_criteria_mode` takes it back.
    #[inline]
    pub fn clear_common_criteria_mode(mut self) -> Self {
        self.common_criteria_mode = None;
        self.unknown_fields
            .insert("commonCriteriaMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contentProtectionPolicy` (chainable).
    pub fn set_content_protection_policy(
        mut self,
        value: impl Into<
            crate::schemas::AdvancedSecurityOverridesContentProtectionPolicy,
        >,
    ) -> Self {
        self.content_protection_policy = Some(value.into());
        self.unknown_fields.remove("contentProtectionPolicy");
        self
    }

    /// Sends `contentProtectionPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_protection_policy` takes it back.
    #[inline]
    pub fn clear_content_protection_policy(mut self) -> Self {
        self.content_protection_policy = None;
        self.unknown_fields
            .insert("contentProtectionPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `developerSettings` (chainable).
    pub fn set_developer_settings(
        mut self,
        value: impl Into<crate::schemas::AdvancedSecurityOverridesDeveloperSettings>,
    ) -> Self {
        self.developer_settings = Some(value.into());
        self.unknown_fields.remove("developerSettings");
        self
    }

    /// Sends `developerSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_developer_settings` takes it back.
    #[inline]
    pub fn clear_developer_settings(mut self) -> Self {
        self.developer_settings = None;
        self.unknown_fields
            .insert("developerSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `googlePlayProtectVerifyApps` (chainable).
    pub fn set_google_play_protect_verify_apps(
        mut self,
        value: impl Into<
            crate::schemas::AdvancedSecurityOverridesGooglePlayProtectVerifyApps,
        >,
    ) -> Self {
        self.google_play_protect_verify_apps = Some(value.into());
        self.unknown_fields.remove("googlePlayProtectVerifyApps");
        self
    }

    /// Sends `googlePlayProtectVerifyApps` as JSON `null`, which clears it on the server
    /// (chainable); `set_google_play_protect_verify_apps` takes it back.
    #[inline]
    pub fn clear_google_play_protect_verify_apps(mut self) -> Self {
        self.google_play_protect_verify_apps = None;
        self.unknown_fields
            .insert("googlePlayProtectVerifyApps".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mtePolicy` (chainable).
    pub fn set_mte_policy(
        mut self,
        value: impl Into<crate::schemas::AdvancedSecurityOverridesMtePolicy>,
    ) -> Self {
        self.mte_policy = Some(value.into());
        self.unknown_fields.remove("mtePolicy");
        self
    }

    /// Sends `mtePolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_mte_policy` takes it back.
    #[inline]
    pub fn clear_mte_policy(mut self) -> Self {
        self.mte_policy = None;
        self.unknown_fields.insert("mtePolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `personalAppsThatCanReadWorkNotifications` (chainable).
    pub fn set_personal_apps_that_can_read_work_notifications(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.personal_apps_that_can_read_work_notifications = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("personalAppsThatCanReadWorkNotifications");
        self
    }

    /// Sends `personalAppsThatCanReadWorkNotifications` as JSON `null`, which clears it on the
    /// server (chainable); `set_personal_apps_that_can_read_work_notifications` takes it back.
    #[inline]
    pub fn clear_personal_apps_that_can_read_work_notifications(mut self) -> Self {
        self.personal_apps_that_can_read_work_notifications = None;
        self.unknown_fields
            .insert(
                "personalAppsThatCanReadWorkNotifications".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `untrustedAppsPolicy` (chainable).
    pub fn set_untrusted_apps_policy(
        mut self,
        value: impl Into<crate::schemas::AdvancedSecurityOverridesUntrustedAppsPolicy>,
    ) -> Self {
        self.untrusted_apps_policy = Some(value.into());
        self.unknown_fields.remove("untrustedAppsPolicy");
        self
    }

    /// Sends `untrustedAppsPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_untrusted_apps_policy` takes it back.
    #[inline]
    pub fn clear_untrusted_apps_policy(mut self) -> Self {
        self.untrusted_apps_policy = None;
        self.unknown_fields
            .insert("untrustedAppsPolicy".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AdvancedSecurityOverrides {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.common_criteria_mode {
            map.serialize_entry("commonCriteriaMode", value)?;
        }
        if let Some(value) = &self.content_protection_policy {
            map.serialize_entry("contentProtectionPolicy", value)?;
        }
        if let Some(value) = &self.developer_settings {
            map.serialize_entry("developerSettings", value)?;
        }
        if let Some(value) = &self.google_play_protect_verify_apps {
            map.serialize_entry("googlePlayProtectVerifyApps", value)?;
        }
        if let Some(value) = &self.mte_policy {
            map.serialize_entry("mtePolicy", value)?;
        }
        if let Some(value) = &self.personal_apps_that_can_read_work_notifications {
            map.serialize_entry("personalAppsThatCanReadWorkNotifications", value)?;
        }
        if let Some(value) = &self.untrusted_apps_policy {
            map.serialize_entry("untrustedAppsPolicy", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdvancedSecurityOverrides {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AdvancedSecurityOverrides {
    const NAME: &'static str = "AdvancedSecurityOverrides";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "commonCriteriaMode" => self.common_criteria_mode = map.next_value()?,
            "contentProtectionPolicy" => {
                self.content_protection_policy = map.next_value()?;
            }
            "developerSettings" => self.developer_settings = map.next_value()?,
            "googlePlayProtectVerifyApps" => {
                self.google_play_protect_verify_apps = map.next_value()?;
            }
            "mtePolicy" => self.mte_policy = map.next_value()?,
            "personalAppsThatCanReadWorkNotifications" => {
                self.personal_apps_that_can_read_work_notifications = map.next_value()?;
            }
            "untrustedAppsPolicy" => self.untrusted_apps_policy = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls Common Criteria Mode—security standards defined in the Common Criteria
/// for Information Technology Security Evaluation (<https://www.commoncriteriaportal.org/>)
/// (CC). Enabling Common Criteria Mode increases certain security components on a device, see
/// CommonCriteriaMode for details.Warning: Common Criteria Mode enforces a strict security
/// model typically only required for IT products used in national security systems and other
/// highly sensitive organizations. Standard device use may be affected. Only enabled if
/// required. If Common Criteria Mode is turned off after being enabled previously, all
/// user-configured Wi-Fi networks may be lost and any enterprise-configured Wi-Fi networks that
/// require user input may need to be reconfigured.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AdvancedSecurityOverridesCommonCriteriaMode {
    /// Unspecified. Defaults to COMMON_CRITERIA_MODE_DISABLED.
    ///
    /// `COMMON_CRITERIA_MODE_UNSPECIFIED` on the wire.
    #[default]
    CommonCriteriaModeUnspecified,
    /// Default. Disables Common Criteria Mode.
    ///
    /// `COMMON_CRITERIA_MODE_DISABLED` on the wire.
    CommonCriteriaModeDisabled,
    /// Enables Common Criteria Mode.
    ///
    /// `COMMON_CRITERIA_MODE_ENABLED` on the wire.
    CommonCriteriaModeEnabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AdvancedSecurityOverridesCommonCriteriaMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CommonCriteriaModeUnspecified => "COMMON_CRITERIA_MODE_UNSPECIFIED",
            Self::CommonCriteriaModeDisabled => "COMMON_CRITERIA_MODE_DISABLED",
            Self::CommonCriteriaModeEnabled => "COMMON_CRITERIA_MODE_ENABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "COMMON_CRITERIA_MODE_UNSPECIFIED" => Self::CommonCriteriaModeUnspecified,
            "COMMON_CRITERIA_MODE_DISABLED" => Self::CommonCriteriaModeDisabled,
            "COMMON_CRITERIA_MODE_ENABLED" => Self::CommonCriteriaModeEnabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AdvancedSecurityOverridesCommonCriteriaMode);

/// Optional. Controls whether content protection, which scans for deceptive apps, is enabled.
/// This is supported on Android 15 and above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AdvancedSecurityOverridesContentProtectionPolicy {
    /// Unspecified. Defaults to CONTENT_PROTECTION_DISABLED.
    ///
    /// `CONTENT_PROTECTION_POLICY_UNSPECIFIED` on the wire.
    #[default]
    ContentProtectionPolicyUnspecified,
    /// Content protection is disabled and the user cannot change this.
    ///
    /// `CONTENT_PROTECTION_DISABLED` on the wire.
    ContentProtectionDisabled,
    /// Content protection is enabled and the user cannot change this.Supported on Android 15 and
    /// above. A NonComplianceDetail with API_LEVEL is reported if the Android version is less
    /// than 15.
    ///
    /// `CONTENT_PROTECTION_ENFORCED` on the wire.
    ContentProtectionEnforced,
    /// Content protection is not controlled by the policy. The user is allowed to choose the
    /// behavior of content protection.Supported on Android 15 and above. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 15.
    ///
    /// `CONTENT_PROTECTION_USER_CHOICE` on the wire.
    ContentProtectionUserChoice,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AdvancedSecurityOverridesContentProtectionPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ContentProtectionPolicyUnspecified => {
                "CONTENT_PROTECTION_POLICY_UNSPECIFIED"
            }
            Self::ContentProtectionDisabled => "CONTENT_PROTECTION_DISABLED",
            Self::ContentProtectionEnforced => "CONTENT_PROTECTION_ENFORCED",
            Self::ContentProtectionUserChoice => "CONTENT_PROTECTION_USER_CHOICE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CONTENT_PROTECTION_POLICY_UNSPECIFIED" => {
                Self::ContentProtectionPolicyUnspecified
            }
            "CONTENT_PROTECTION_DISABLED" => Self::ContentProtectionDisabled,
            "CONTENT_PROTECTION_ENFORCED" => Self::ContentProtectionEnforced,
            "CONTENT_PROTECTION_USER_CHOICE" => Self::ContentProtectionUserChoice,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AdvancedSecurityOverridesContentProtectionPolicy);

/// Optional. Controls access to developer settings: developer options and safe boot. Replaces
/// safeBootDisabled (deprecated) and debuggingFeaturesAllowed (deprecated). On personally-owned
/// devices with a work profile, setting this policy will not disable safe boot. In this case, a
/// NonComplianceDetail with MANAGEMENT_MODE is reported.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AdvancedSecurityOverridesDeveloperSettings {
    /// Unspecified. Defaults to DEVELOPER_SETTINGS_DISABLED.
    ///
    /// `DEVELOPER_SETTINGS_UNSPECIFIED` on the wire.
    #[default]
    DeveloperSettingsUnspecified,
    /// Default. Disables all developer settings and prevents the user from accessing them.
    ///
    /// `DEVELOPER_SETTINGS_DISABLED` on the wire.
    DeveloperSettingsDisabled,
    /// Allows all developer settings. The user can access and optionally configure the settings.
    ///
    /// `DEVELOPER_SETTINGS_ALLOWED` on the wire.
    DeveloperSettingsAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AdvancedSecurityOverridesDeveloperSettings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeveloperSettingsUnspecified => "DEVELOPER_SETTINGS_UNSPECIFIED",
            Self::DeveloperSettingsDisabled => "DEVELOPER_SETTINGS_DISABLED",
            Self::DeveloperSettingsAllowed => "DEVELOPER_SETTINGS_ALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEVELOPER_SETTINGS_UNSPECIFIED" => Self::DeveloperSettingsUnspecified,
            "DEVELOPER_SETTINGS_DISABLED" => Self::DeveloperSettingsDisabled,
            "DEVELOPER_SETTINGS_ALLOWED" => Self::DeveloperSettingsAllowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AdvancedSecurityOverridesDeveloperSettings);

/// Optional. Whether Google Play Protect verification
/// (<https://support.google.com/accounts/answer/2812853>) is enforced. Replaces
/// ensureVerifyAppsEnabled (deprecated).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AdvancedSecurityOverridesGooglePlayProtectVerifyApps {
    /// Unspecified. Defaults to VERIFY_APPS_ENFORCED.
    ///
    /// `GOOGLE_PLAY_PROTECT_VERIFY_APPS_UNSPECIFIED` on the wire.
    #[default]
    GooglePlayProtectVerifyAppsUnspecified,
    /// Default. Force-enables app verification.
    ///
    /// `VERIFY_APPS_ENFORCED` on the wire.
    VerifyAppsEnforced,
    /// Allows the user to choose whether to enable app verification.
    ///
    /// `VERIFY_APPS_USER_CHOICE` on the wire.
    VerifyAppsUserChoice,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AdvancedSecurityOverridesGooglePlayProtectVerifyApps {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::GooglePlayProtectVerifyAppsUnspecified => {
                "GOOGLE_PLAY_PROTECT_VERIFY_APPS_UNSPECIFIED"
            }
            Self::VerifyAppsEnforced => "VERIFY_APPS_ENFORCED",
            Self::VerifyAppsUserChoice => "VERIFY_APPS_USER_CHOICE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "GOOGLE_PLAY_PROTECT_VERIFY_APPS_UNSPECIFIED" => {
                Self::GooglePlayProtectVerifyAppsUnspecified
            }
            "VERIFY_APPS_ENFORCED" => Self::VerifyAppsEnforced,
            "VERIFY_APPS_USER_CHOICE" => Self::VerifyAppsUserChoice,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AdvancedSecurityOverridesGooglePlayProtectVerifyApps);

/// Optional. Controls Memory Tagging Extension (MTE)
/// (<https://source.android.com/docs/security/test/memory-safety/arm-mte>) on the device. The
/// device needs to be rebooted to apply changes to the MTE policy. On Android 15 and above, a
/// NonComplianceDetail with PENDING is reported if the policy change is pending a device
/// reboot.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AdvancedSecurityOverridesMtePolicy {
    /// Unspecified. Defaults to MTE_USER_CHOICE.
    ///
    /// `MTE_POLICY_UNSPECIFIED` on the wire.
    #[default]
    MtePolicyUnspecified,
    /// The user can choose to enable or disable MTE on the device if the device supports this.
    ///
    /// `MTE_USER_CHOICE` on the wire.
    MteUserChoice,
    /// MTE is enabled on the device and the user is not allowed to change this setting. This can be
    /// set on fully managed devices and work profiles on company-owned devices. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for other management modes. A
    /// NonComplianceDetail with DEVICE_INCOMPATIBLE is reported if the device does not support
    /// MTE.Supported on Android 14 and above. A NonComplianceDetail with API_LEVEL is reported if
    /// the Android version is less than 14.
    ///
    /// `MTE_ENFORCED` on the wire.
    MteEnforced,
    /// MTE is disabled on the device and the user is not allowed to change this setting. This
    /// applies only on fully managed devices. In other cases, a NonComplianceDetail with
    /// MANAGEMENT_MODE is reported. A NonComplianceDetail with DEVICE_INCOMPATIBLE is reported if
    /// the device does not support MTE.Supported on Android 14 and above. A NonComplianceDetail
    /// with API_LEVEL is reported if the Android version is less than 14.
    ///
    /// `MTE_DISABLED` on the wire.
    MteDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AdvancedSecurityOverridesMtePolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::MtePolicyUnspecified => "MTE_POLICY_UNSPECIFIED",
            Self::MteUserChoice => "MTE_USER_CHOICE",
            Self::MteEnforced => "MTE_ENFORCED",
            Self::MteDisabled => "MTE_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "MTE_POLICY_UNSPECIFIED" => Self::MtePolicyUnspecified,
            "MTE_USER_CHOICE" => Self::MteUserChoice,
            "MTE_ENFORCED" => Self::MteEnforced,
            "MTE_DISABLED" => Self::MteDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AdvancedSecurityOverridesMtePolicy);

/// Optional. The policy for untrusted apps (apps from unknown sources) enforced on the device.
/// Replaces install_unknown_sources_allowed (deprecated).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AdvancedSecurityOverridesUntrustedAppsPolicy {
    /// Unspecified. Defaults to DISALLOW_INSTALL.
    ///
    /// `UNTRUSTED_APPS_POLICY_UNSPECIFIED` on the wire.
    #[default]
    UntrustedAppsPolicyUnspecified,
    /// Default. Disallow untrusted app installs on entire device.
    ///
    /// `DISALLOW_INSTALL` on the wire.
    DisallowInstall,
    /// For devices with work profiles, allow untrusted app installs in the device's personal
    /// profile only.
    ///
    /// `ALLOW_INSTALL_IN_PERSONAL_PROFILE_ONLY` on the wire.
    AllowInstallInPersonalProfileOnly,
    /// Allow untrusted app installs on entire device.
    ///
    /// `ALLOW_INSTALL_DEVICE_WIDE` on the wire.
    AllowInstallDeviceWide,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AdvancedSecurityOverridesUntrustedAppsPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UntrustedAppsPolicyUnspecified => "UNTRUSTED_APPS_POLICY_UNSPECIFIED",
            Self::DisallowInstall => "DISALLOW_INSTALL",
            Self::AllowInstallInPersonalProfileOnly => {
                "ALLOW_INSTALL_IN_PERSONAL_PROFILE_ONLY"
            }
            Self::AllowInstallDeviceWide => "ALLOW_INSTALL_DEVICE_WIDE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "UNTRUSTED_APPS_POLICY_UNSPECIFIED" => Self::UntrustedAppsPolicyUnspecified,
            "DISALLOW_INSTALL" => Self::DisallowInstall,
            "ALLOW_INSTALL_IN_PERSONAL_PROFILE_ONLY" => {
                Self::AllowInstallInPersonalProfileOnly
            }
            "ALLOW_INSTALL_DEVICE_WIDE" => Self::AllowInstallDeviceWide,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AdvancedSecurityOverridesUntrustedAppsPolicy);
