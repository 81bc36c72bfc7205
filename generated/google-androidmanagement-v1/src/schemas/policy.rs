use crate::runtime::{impl_open_enum, wire};

/// A policy resource represents a group of settings that govern the behavior of a managed
/// device and the apps installed on it.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Policy {
    /// Account types that can't be managed by the user.
    pub account_types_with_management_disabled: Option<Vec<String>>,
    /// Whether adding new users and profiles is disabled. For devices where managementMode is
    /// DEVICE_OWNER this field is ignored and the user is never allowed to add or remove users.
    pub add_user_disabled: Option<bool>,
    /// Whether adjusting the master volume is disabled. Also mutes the device. The setting has
    /// effect only on fully managed devices.
    pub adjust_volume_disabled: Option<bool>,
    /// Optional. Advanced security settings. In most cases, setting these is not needed.
    pub advanced_security_overrides: Option<crate::schemas::AdvancedSecurityOverrides>,
    /// Configuration for an always-on VPN connection. Use with vpn_config_disabled to prevent
    /// modification of this setting.
    pub always_on_vpn_package: Option<crate::schemas::AlwaysOnVpnPackage>,
    /// This setting is not supported. Any value is ignored.
    ///
    /// Deprecated.
    pub android_device_policy_tracks: Option<
        Vec<crate::schemas::PolicyAndroidDevicePolicyTracks>,
    >,
    /// Recommended alternative: autoUpdateMode which is set per app, provides greater flexibility
    /// around update frequency.When autoUpdateMode is set to AUTO_UPDATE_POSTPONED or
    /// AUTO_UPDATE_HIGH_PRIORITY, this field has no effect.The app auto update policy, which
    /// controls when automatic app updates can be applied.
    pub app_auto_update_policy: Option<crate::schemas::PolicyAppAutoUpdatePolicy>,
    /// Optional. Controls whether apps on the device for fully managed devices or in the work
    /// profile for devices with work profiles are allowed to expose app functions.
    pub app_functions: Option<crate::schemas::PolicyAppFunctions>,
    /// Policy applied to apps. This can have at most 3,000 elements.
    pub applications: Option<Vec<crate::schemas::ApplicationPolicy>>,
    /// Optional. Controls whether AssistContent
    /// (<https://developer.android.com/reference/android/app/assist/AssistContent>) is allowed to
    /// be sent to a privileged app such as an assistant app. AssistContent includes screenshots and
    /// information about an app, such as package name. This is supported on Android 15 and above.
    pub assist_content_policy: Option<crate::schemas::PolicyAssistContentPolicy>,
    /// Whether auto date, time, and time zone are enabled on a company-owned device. If this is
    /// set, then autoTimeRequired is ignored.
    pub auto_date_and_time_zone: Option<crate::schemas::PolicyAutoDateAndTimeZone>,
    /// Whether auto time is required, which prevents the user from manually setting the date and
    /// time. If autoDateAndTimeZone is set, this field is ignored.
    ///
    /// Deprecated.
    pub auto_time_required: Option<bool>,
    /// Optional. The policy for the autofill service.
    pub autofill_policy: Option<crate::schemas::PolicyAutofillPolicy>,
    /// Optional. Controls whether the backup service is disabled. Supported only on fully managed
    /// devices running Android 8 and above.
    pub backup_service: Option<crate::schemas::PolicyBackupService>,
    /// This field has no effect.
    ///
    /// Deprecated.
    pub block_applications_enabled: Option<bool>,
    /// Whether configuring bluetooth is disabled.
    pub bluetooth_config_disabled: Option<bool>,
    /// Whether bluetooth contact sharing is disabled.
    pub bluetooth_contact_sharing_disabled: Option<bool>,
    /// Whether bluetooth is disabled. Prefer this setting over bluetooth_config_disabled because
    /// bluetooth_config_disabled can be bypassed by the user.
    pub bluetooth_disabled: Option<bool>,
    /// Controls the use of the camera and whether the user has access to the camera access toggle.
    pub camera_access: Option<crate::schemas::PolicyCameraAccess>,
    /// If camera_access is set to any value other than CAMERA_ACCESS_UNSPECIFIED, this has no
    /// effect. Otherwise this field controls whether cameras are disabled: If true, all cameras are
    /// disabled, otherwise they are available. For fully managed devices this field applies for all
    /// apps on the device. For work profiles, this field applies only to apps in the work profile,
    /// and the camera access of apps outside the work profile is unaffected.
    ///
    /// Deprecated.
    pub camera_disabled: Option<bool>,
    /// Whether configuring cell broadcast is disabled.
    pub cell_broadcasts_config_disabled: Option<bool>,
    /// Rules for determining apps' access to private keys. See ChoosePrivateKeyRule for details.
    /// This must be empty if any application has CERT_SELECTION delegation scope.
    pub choose_private_key_rules: Option<Vec<crate::schemas::ChoosePrivateKeyRule>>,
    /// Rules declaring which mitigating actions to take when a device is not compliant with its
    /// policy. When the conditions for multiple rules are satisfied, all of the mitigating actions
    /// for the rules are taken. There is a maximum limit of 100 rules. Use policy enforcement rules
    /// instead.
    ///
    /// Deprecated.
    pub compliance_rules: Option<Vec<crate::schemas::ComplianceRule>>,
    /// Whether creating windows besides app windows is disabled.
    pub create_windows_disabled: Option<bool>,
    /// Optional. Controls which apps are allowed to act as credential providers on Android 14 and
    /// above. These apps store credentials, see this
    /// (<https://developer.android.com/training/sign-in/passkeys>) and this
    /// (<https://developer.android.com/reference/androidx/credentials/CredentialManager>) for
    /// details. See also credentialProviderPolicy.
    pub credential_provider_policy_default: Option<
        crate::schemas::PolicyCredentialProviderPolicyDefault,
    >,
    /// Whether configuring user credentials is disabled.
    pub credentials_config_disabled: Option<bool>,
    /// Optional. Policies controlling cross-device communication.
    pub cross_device_policies: Option<crate::schemas::CrossDevicePolicies>,
    /// Optional. Cross-profile policies applied on the device.
    pub cross_profile_policies: Option<crate::schemas::CrossProfilePolicies>,
    /// Whether roaming data services are disabled.
    pub data_roaming_disabled: Option<bool>,
    /// Whether the user is allowed to enable debugging features.
    ///
    /// Deprecated.
    pub debugging_features_allowed: Option<bool>,
    /// Optional. The default application setting for supported types. If the default application is
    /// successfully set for at least one app type on a profile, users are prevented from changing
    /// any default applications on that profile.Only one DefaultApplicationSetting is allowed for
    /// each DefaultApplicationType.Warning: Do not configure this and
    /// persistent_preferred_activities for the same intent domain, such as web browsing. Setting
    /// both for the same intent domain can lead to unpredictable behavior.See Default application
    /// settings (<https://developers.google.com/android/management/default-application-settings>)
    /// guide for more details.
    pub default_application_settings: Option<
        Vec<crate::schemas::DefaultApplicationSetting>,
    >,
    /// The default permission policy for runtime permission requests.
    pub default_permission_policy: Option<crate::schemas::PolicyDefaultPermissionPolicy>,
    /// Optional. Covers controls for device connectivity such as Wi-Fi, USB data access,
    /// keyboard/mouse connections, and more.
    pub device_connectivity_management: Option<
        crate::schemas::DeviceConnectivityManagement,
    >,
    /// Optional. The device owner information to be shown on the lock screen.
    pub device_owner_lock_screen_info: Option<crate::schemas::UserFacingMessage>,
    /// Optional. Covers controls for radio state such as Wi-Fi, bluetooth, and more.
    pub device_radio_state: Option<crate::schemas::DeviceRadioState>,
    /// Optional. Policies controlling the device on company-owned devices.
    pub device_wide_policies: Option<crate::schemas::DeviceWidePolicies>,
    /// Optional. Controls for the display settings.
    pub display_settings: Option<crate::schemas::DisplaySettings>,
    /// Whether encryption is enabled
    pub encryption_policy: Option<crate::schemas::PolicyEncryptionPolicy>,
    /// Whether app verification is force-enabled.
    ///
    /// Deprecated.
    pub ensure_verify_apps_enabled: Option<bool>,
    /// Optional. Controls whether the enterpriseDisplayName is visible on the device (e.g. lock
    /// screen message on company-owned devices).
    pub enterprise_display_name_visibility: Option<
        crate::schemas::PolicyEnterpriseDisplayNameVisibility,
    >,
    /// Whether factory resetting from settings is disabled.
    pub factory_reset_disabled: Option<bool>,
    /// Email addresses of device administrators for factory reset protection. When the device is
    /// factory reset, it will require one of these admins to log in with the Google account email
    /// and password to unlock the device. If no admins are specified, the device won't provide
    /// factory reset protection.
    pub frp_admin_emails: Option<Vec<String>>,
    /// Whether the user is allowed to have fun. Controls whether the Easter egg game in Settings is
    /// disabled.
    pub fun_disabled: Option<bool>,
    /// Whether user installation of apps is disabled.
    pub install_apps_disabled: Option<bool>,
    /// This field has no effect.
    ///
    /// Deprecated.
    pub install_unknown_sources_allowed: Option<bool>,
    /// If true, this disables the Lock Screen
    /// (<https://source.android.com/docs/core/display/multi_display/lock-screen>) for primary
    /// and/or secondary displays. This policy is supported only in dedicated device management
    /// mode.
    pub keyguard_disabled: Option<bool>,
    /// Disabled keyguard customizations, such as widgets.
    pub keyguard_disabled_features: Option<
        Vec<crate::schemas::PolicyKeyguardDisabledFeatures>,
    >,
    /// Whether the kiosk custom launcher is enabled. This replaces the home screen with a launcher
    /// that locks down the device to the apps installed via the applications setting. Apps appear
    /// on a single page in alphabetical order. Use kioskCustomization to further configure the
    /// kiosk device behavior.
    pub kiosk_custom_launcher_enabled: Option<bool>,
    /// Optional. Settings controlling the behavior of a device in kiosk mode. To enable kiosk mode,
    /// set kioskCustomLauncherEnabled to true or specify an app in the policy with the KIOSK role.
    pub kiosk_customization: Option<crate::schemas::KioskCustomization>,
    /// The degree of location detection enabled.
    pub location_mode: Option<crate::schemas::PolicyLocationMode>,
    /// A message displayed to the user in the device administators settings screen.
    pub long_support_message: Option<crate::schemas::UserFacingMessage>,
    /// Maximum time in milliseconds for user activity until the device locks. A value of 0 means
    /// there is no restriction.
    pub maximum_time_to_lock: Option<i64>,
    /// Controls the use of the microphone and whether the user has access to the microphone access
    /// toggle. This applies only on fully managed devices.
    pub microphone_access: Option<crate::schemas::PolicyMicrophoneAccess>,
    /// The minimum allowed Android API level. A NonComplianceDetail with OS_NOT_PERMITTED is
    /// reported if the Android API level of the device is lower than this value.
    pub minimum_api_level: Option<i32>,
    /// Whether configuring mobile networks is disabled.
    pub mobile_networks_config_disabled: Option<bool>,
    /// Whether adding or removing accounts is disabled.
    pub modify_accounts_disabled: Option<bool>,
    /// Whether the user mounting physical external media is disabled.
    pub mount_physical_media_disabled: Option<bool>,
    /// The name of the policy in the form enterprises/{enterpriseId}/policies/{policyId}.
    pub name: Option<String>,
    /// Whether the network escape hatch is enabled. If a network connection can't be made at boot
    /// time, the escape hatch prompts the user to temporarily connect to a network in order to
    /// refresh the device policy. After applying policy, the temporary network will be forgotten
    /// and the device will continue booting. This prevents being unable to connect to a network if
    /// there is no suitable network in the last policy and the device boots into an app in lock
    /// task mode, or the user is otherwise unable to reach device settings.Note: Setting
    /// wifiConfigDisabled to true will override this setting under specific circumstances. Please
    /// see wifiConfigDisabled for further details. Setting configureWifi to
    /// DISALLOW_CONFIGURING_WIFI will override this setting under specific circumstances. Please
    /// see DISALLOW_CONFIGURING_WIFI for further details.
    pub network_escape_hatch_enabled: Option<bool>,
    /// Whether resetting network settings is disabled. This applies only on fully managed devices.
    /// A NonComplianceDetail with MANAGEMENT_MODE is reported for other management modes.
    pub network_reset_disabled: Option<bool>,
    /// This feature is not generally available.
    pub onc_certificate_providers: Option<Vec<crate::schemas::OncCertificateProvider>>,
    /// Network configuration for the device. See configure networks for more information.
    pub open_network_configuration: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// Whether using NFC to beam data from apps is disabled.
    pub outgoing_beam_disabled: Option<bool>,
    /// Whether outgoing calls are disabled.
    pub outgoing_calls_disabled: Option<bool>,
    /// Optional. Password requirement policies. Different policies can be set for work profile or
    /// fully managed devices by setting the password_scope field in the policy.
    pub password_policies: Option<Vec<crate::schemas::PasswordRequirements>>,
    /// Password requirements. The field password_requirements.require_password_unlock must not be
    /// set. DEPRECATED - Use passwordPolicies.Note:Complexity-based values of PasswordQuality, that
    /// is, COMPLEXITY_LOW, COMPLEXITY_MEDIUM, and COMPLEXITY_HIGH, cannot be used here.
    /// unified_lock_settings cannot be used here.
    ///
    /// Deprecated.
    pub password_requirements: Option<crate::schemas::PasswordRequirements>,
    /// Explicit permission or group grants or denials for all apps. These values override the
    /// default_permission_policy.
    pub permission_grants: Option<Vec<crate::schemas::PermissionGrant>>,
    /// Specifies permitted accessibility services. If the field is not set, any accessibility
    /// service can be used. If the field is set, only the accessibility services in this list and
    /// the system's built-in accessibility service can be used. In particular, if the field is set
    /// to empty, only the system's built-in accessibility servicess can be used. This can be set on
    /// fully managed devices and on work profiles. When applied to a work profile, this affects
    /// both the personal profile and the work profile.
    pub permitted_accessibility_services: Option<crate::schemas::PackageNameList>,
    /// If present, only the input methods provided by packages in this list are permitted. If this
    /// field is present, but the list is empty, then only system input methods are permitted.
    pub permitted_input_methods: Option<crate::schemas::PackageNameList>,
    /// Default intent handler activities.Warning: Do not configure this and
    /// default_application_settings for the same intent domain, such as web browsing. Setting both
    /// for the same intent domain can lead to unpredictable behavior.
    pub persistent_preferred_activities: Option<
        Vec<crate::schemas::PersistentPreferredActivity>,
    >,
    /// Policies managing personal usage on a company-owned device.
    pub personal_usage_policies: Option<crate::schemas::PersonalUsagePolicies>,
    /// This mode controls which apps are available to the user in the Play Store and the behavior
    /// on the device when apps are removed from the policy.
    pub play_store_mode: Option<crate::schemas::PolicyPlayStoreMode>,
    /// Rules that define the behavior when a particular policy can not be applied on device
    pub policy_enforcement_rules: Option<Vec<crate::schemas::PolicyEnforcementRule>>,
    /// Controls whether preferential network service is enabled on the work profile or on fully
    /// managed devices. For example, an organization may have an agreement with a carrier that all
    /// of the work data from its employees' devices will be sent via a network service dedicated
    /// for enterprise use. An example of a supported preferential network service is the enterprise
    /// slice on 5G networks. This policy has no effect if preferentialNetworkServiceSettings or
    /// ApplicationPolicy.preferentialNetworkId is set on devices running Android 13 or above.
    pub preferential_network_service: Option<
        crate::schemas::PolicyPreferentialNetworkService,
    >,
    /// Optional. Controls whether printing is allowed. This is supported on devices running Android
    /// 9 and above. .
    pub printing_policy: Option<crate::schemas::PolicyPrintingPolicy>,
    /// Allows showing UI on a device for a user to choose a private key alias if there are no
    /// matching rules in ChoosePrivateKeyRules. For devices below Android P, setting this may leave
    /// enterprise keys vulnerable. This value will have no effect if any application has
    /// CERT_SELECTION delegation scope.
    pub private_key_selection_enabled: Option<bool>,
    /// The network-independent global HTTP proxy. Typically proxies should be configured
    /// per-network in open_network_configuration. However for unusual configurations like general
    /// internal filtering a global HTTP proxy may be useful. If the proxy is not accessible,
    /// network access may break. The global proxy is only a recommendation and some apps may ignore
    /// it.
    pub recommended_global_proxy: Option<crate::schemas::ProxyInfo>,
    /// Whether removing other users is disabled.
    pub remove_user_disabled: Option<bool>,
    /// Whether rebooting the device into safe boot is disabled.
    ///
    /// Deprecated.
    pub safe_boot_disabled: Option<bool>,
    /// Whether screen capture is disabled. This also blocks Circle to Search
    /// (<https://support.google.com/android/answer/14508957>).
    pub screen_capture_disabled: Option<bool>,
    /// Whether changing the user icon is disabled. This applies only on devices running Android 7
    /// and above.
    pub set_user_icon_disabled: Option<bool>,
    /// Whether changing the wallpaper is disabled.
    pub set_wallpaper_disabled: Option<bool>,
    /// Action to take during the setup process. At most one action may be specified.
    pub setup_actions: Option<Vec<crate::schemas::SetupAction>>,
    /// Whether location sharing is disabled.
    pub share_location_disabled: Option<bool>,
    /// A message displayed to the user in the settings screen wherever functionality has been
    /// disabled by the admin. If the message is longer than 200 characters it may be truncated.
    pub short_support_message: Option<crate::schemas::UserFacingMessage>,
    /// Flag to skip hints on the first use. Enterprise admin can enable the system recommendation
    /// for apps to skip their user tutorial and other introductory hints on first start-up.
    pub skip_first_use_hints_enabled: Option<bool>,
    /// Whether sending and receiving SMS messages is disabled.
    pub sms_disabled: Option<bool>,
    /// Whether the status bar is disabled. This disables notifications, quick settings, and other
    /// screen overlays that allow escape from full-screen mode. DEPRECATED. To disable the status
    /// bar on a kiosk device, use InstallType KIOSK or kioskCustomLauncherEnabled.
    ///
    /// Deprecated.
    pub status_bar_disabled: Option<bool>,
    /// Status reporting settings
    pub status_reporting_settings: Option<crate::schemas::StatusReportingSettings>,
    /// The battery plugged in modes for which the device stays on. When using this setting, it is
    /// recommended to clear maximum_time_to_lock so that the device doesn't lock itself while it
    /// stays on.
    pub stay_on_plugged_modes: Option<Vec<crate::schemas::PolicyStayOnPluggedModes>>,
    /// The system update policy, which controls how OS updates are applied. If the update type is
    /// WINDOWED, the update window will automatically apply to Play app updates as well.Note:
    /// Google Play system updates (<https://source.android.com/docs/core/ota/modular-system>) (also
    /// called Mainline updates) are automatically downloaded and require a device reboot to be
    /// installed. Refer to the mainline section in Manage system updates
    /// (<https://developer.android.com/work/dpc/system-updates#mainline>) for further details.If
    /// this policy is set, it takes precedence over unifiedUpdatePolicy for OEM OS updates. For
    /// more information, see unifiedUpdatePolicy.
    pub system_update: Option<crate::schemas::SystemUpdate>,
    /// Whether configuring tethering and portable hotspots is disabled. If tetheringSettings is set
    /// to anything other than TETHERING_SETTINGS_UNSPECIFIED, this setting is ignored.
    ///
    /// Deprecated.
    pub tethering_config_disabled: Option<bool>,
    /// Optional. The Unified Update Control policy, for controlling updates of software components
    /// on the device. Supported only on company-owned devices.The targets
    /// OS_UPDATE_WITH_API_LEVEL_CHANGE and OS_UPDATE_WITHOUT_API_LEVEL_CHANGE are supported only on
    /// devices where the OEM has integrated with Unified Update Controls, and are ignored
    /// otherwise. If systemUpdate is set, then that policy takes precedence and the targets
    /// OS_UPDATE_WITH_API_LEVEL_CHANGE and OS_UPDATE_WITHOUT_API_LEVEL_CHANGE are ignored here.
    pub unified_update_policy: Option<crate::schemas::UnifiedUpdatePolicy>,
    /// Whether user uninstallation of applications is disabled. This prevents apps from being
    /// uninstalled, even those removed using applications
    pub uninstall_apps_disabled: Option<bool>,
    /// If microphone_access is set to any value other than MICROPHONE_ACCESS_UNSPECIFIED, this has
    /// no effect. Otherwise this field controls whether microphones are disabled: If true, all
    /// microphones are disabled, otherwise they are available. This is available only on fully
    /// managed devices.
    ///
    /// Deprecated.
    pub unmute_microphone_disabled: Option<bool>,
    /// Optional. Configuration of device activity logging.
    pub usage_log: Option<crate::schemas::UsageLog>,
    /// Whether transferring files over USB is disabled. This is supported only on company-owned
    /// devices.
    ///
    /// Deprecated.
    pub usb_file_transfer_disabled: Option<bool>,
    /// Whether USB storage is enabled. Deprecated.
    ///
    /// Deprecated.
    pub usb_mass_storage_enabled: Option<bool>,
    /// The version of the policy. This is a read-only field. The version is incremented each time
    /// the policy is updated.
    pub version: Option<i64>,
    /// Whether configuring VPN is disabled.
    pub vpn_config_disabled: Option<bool>,
    /// Whether configuring Wi-Fi networks is disabled. Supported on fully managed devices and work
    /// profiles on company-owned devices. For fully managed devices, setting this to true removes
    /// all configured networks and retains only the networks configured using
    /// openNetworkConfiguration. For work profiles on company-owned devices, existing configured
    /// networks are not affected and the user is not allowed to add, remove, or modify Wi-Fi
    /// networks. If configureWifi is set to anything other than CONFIGURE_WIFI_UNSPECIFIED, this
    /// setting is ignored. Note: If a network connection can't be made at boot time and configuring
    /// Wi-Fi is disabled then network escape hatch will be shown in order to refresh the device
    /// policy (see networkEscapeHatchEnabled).
    ///
    /// Deprecated.
    pub wifi_config_disabled: Option<bool>,
    /// This is deprecated.
    ///
    /// Deprecated.
    pub wifi_configs_lockdown_enabled: Option<bool>,
    /// Optional. Wipe flags to indicate what data is wiped when a device or profile wipe is
    /// triggered due to any reason (for example, non-compliance). This does not apply to the
    /// enterprises.devices.delete method. . This list must not have duplicates.
    pub wipe_data_flags: Option<Vec<crate::schemas::PolicyWipeDataFlags>>,
    /// Optional. Controls the work account setup configuration, such as details of whether a Google
    /// authenticated account is required.
    pub work_account_setup_config: Option<crate::schemas::WorkAccountSetupConfig>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Policy {
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

    /// Sets `addUserDisabled` (chainable).
    pub fn set_add_user_disabled(mut self, value: impl Into<bool>) -> Self {
        self.add_user_disabled = Some(value.into());
        self.unknown_fields.remove("addUserDisabled");
        self
    }

    /// Sends `addUserDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_add_user_disabled` takes it back.
    #[inline]
    pub fn clear_add_user_disabled(mut self) -> Self {
        self.add_user_disabled = None;
        self.unknown_fields
            .insert("addUserDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `adjustVolumeDisabled` (chainable).
    pub fn set_adjust_volume_disabled(mut self, value: impl Into<bool>) -> Self {
        self.adjust_volume_disabled = Some(value.into());
        self.unknown_fields.remove("adjustVolumeDisabled");
        self
    }

    /// Sends `adjustVolumeDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_adjust_volume_disabled` takes it back.
    #[inline]
    pub fn clear_adjust_volume_disabled(mut self) -> Self {
        self.adjust_volume_disabled = None;
        self.unknown_fields
            .insert("adjustVolumeDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `advancedSecurityOverrides` (chainable).
    pub fn set_advanced_security_overrides(
        mut self,
        value: impl Into<crate::schemas::AdvancedSecurityOverrides>,
    ) -> Self {
        self.advanced_security_overrides = Some(value.into());
        self.unknown_fields.remove("advancedSecurityOverrides");
        self
    }

    /// Sends `advancedSecurityOverrides` as JSON `null`, which clears it on the server (chainable);
    /// `set_advanced_security_overrides` takes it back.
    #[inline]
    pub fn clear_advanced_security_overrides(mut self) -> Self {
        self.advanced_security_overrides = None;
        self.unknown_fields
            .insert("advancedSecurityOverrides".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `alwaysOnVpnPackage` (chainable).
    pub fn set_always_on_vpn_package(
        mut self,
        value: impl Into<crate::schemas::AlwaysOnVpnPackage>,
    ) -> Self {
        self.always_on_vpn_package = Some(value.into());
        self.unknown_fields.remove("alwaysOnVpnPackage");
        self
    }

    /// Sends `alwaysOnVpnPackage` as JSON `null`, which clears it on the server (chainable);
    /// `set_always_on_vpn_package` takes it back.
    #[inline]
    pub fn clear_always_on_vpn_package(mut self) -> Self {
        self.always_on_vpn_package = None;
        self.unknown_fields
            .insert("alwaysOnVpnPackage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `androidDevicePolicyTracks` (chainable).
    pub fn set_android_device_policy_tracks(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::PolicyAndroidDevicePolicyTracks>,
        >,
    ) -> Self {
        self.android_device_policy_tracks = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("androidDevicePolicyTracks");
        self
    }

    /// Sends `androidDevicePolicyTracks` as JSON `null`, which clears it on the server (chainable);
    /// `set_android_device_policy_tracks` takes it back.
    #[inline]
    pub fn clear_android_device_policy_tracks(mut self) -> Self {
        self.android_device_policy_tracks = None;
        self.unknown_fields
            .insert("androidDevicePolicyTracks".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appAutoUpdatePolicy` (chainable).
    pub fn set_app_auto_update_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyAppAutoUpdatePolicy>,
    ) -> Self {
        self.app_auto_update_policy = Some(value.into());
        self.unknown_fields.remove("appAutoUpdatePolicy");
        self
    }

    /// Sends `appAutoUpdatePolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_auto_update_policy` takes it back.
    #[inline]
    pub fn clear_app_auto_update_policy(mut self) -> Self {
        self.app_auto_update_policy = None;
        self.unknown_fields
            .insert("appAutoUpdatePolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appFunctions` (chainable).
    pub fn set_app_functions(
        mut self,
        value: impl Into<crate::schemas::PolicyAppFunctions>,
    ) -> Self {
        self.app_functions = Some(value.into());
        self.unknown_fields.remove("appFunctions");
        self
    }

    /// Sends `appFunctions` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_functions` takes it back.
    #[inline]
    pub fn clear_app_functions(mut self) -> Self {
        self.app_functions = None;
        self.unknown_fields.insert("appFunctions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `applications` (chainable).
    pub fn set_applications(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ApplicationPolicy>>,
    ) -> Self {
        self.applications = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("applications");
        self
    }

    /// Sends `applications` as JSON `null`, which clears it on the server (chainable);
    /// `set_applications` takes it back.
    #[inline]
    pub fn clear_applications(mut self) -> Self {
        self.applications = None;
        self.unknown_fields.insert("applications".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `assistContentPolicy` (chainable).
    pub fn set_assist_content_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyAssistContentPolicy>,
    ) -> Self {
        self.assist_content_policy = Some(value.into());
        self.unknown_fields.remove("assistContentPolicy");
        self
    }

    /// Sends `assistContentPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_assist_content_policy` takes it back.
    #[inline]
    pub fn clear_assist_content_policy(mut self) -> Self {
        self.assist_content_policy = None;
        self.unknown_fields
            .insert("assistContentPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autoDateAndTimeZone` (chainable).
    pub fn set_auto_date_and_time_zone(
        mut self,
        value: impl Into<crate::schemas::PolicyAutoDateAndTimeZone>,
    ) -> Self {
        self.auto_date_and_time_zone = Some(value.into());
        self.unknown_fields.remove("autoDateAndTimeZone");
        self
    }

    /// Sends `autoDateAndTimeZone` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_date_and_time_zone` takes it back.
    #[inline]
    pub fn clear_auto_date_and_time_zone(mut self) -> Self {
        self.auto_date_and_time_zone = None;
        self.unknown_fields
            .insert("autoDateAndTimeZone".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autoTimeRequired` (chainable).
    pub fn set_auto_time_required(mut self, value: impl Into<bool>) -> Self {
        self.auto_time_required = Some(value.into());
        self.unknown_fields.remove("autoTimeRequired");
        self
    }

    /// Sends `autoTimeRequired` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_time_required` takes it back.
    #[inline]
    pub fn clear_auto_time_required(mut self) -> Self {
        self.auto_time_required = None;
        self.unknown_fields
            .insert("autoTimeRequired".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autofillPolicy` (chainable).
    pub fn set_autofill_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyAutofillPolicy>,
    ) -> Self {
        self.autofill_policy = Some(value.into());
        self.unknown_fields.remove("autofillPolicy");
        self
    }

    /// Sends `autofillPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_autofill_policy` takes it back.
    #[inline]
    pub fn clear_autofill_policy(mut self) -> Self {
        self.autofill_policy = None;
        self.unknown_fields.insert("autofillPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `backupService` (chainable).
    pub fn set_backup_service(
        mut self,
        value: impl Into<crate::schemas::PolicyBackupService>,
    ) -> Self {
        self.backup_service = Some(value.into());
        self.unknown_fields.remove("backupService");
        self
    }

    /// Sends `backupService` as JSON `null`, which clears it on the server (chainable);
    /// `set_backup_service` takes it back.
    #[inline]
    pub fn clear_backup_service(mut self) -> Self {
        self.backup_service = None;
        self.unknown_fields.insert("backupService".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `blockApplicationsEnabled` (chainable).
    pub fn set_block_applications_enabled(mut self, value: impl Into<bool>) -> Self {
        self.block_applications_enabled = Some(value.into());
        self.unknown_fields.remove("blockApplicationsEnabled");
        self
    }

    /// Sends `blockApplicationsEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_block_applications_enabled` takes it back.
    #[inline]
    pub fn clear_block_applications_enabled(mut self) -> Self {
        self.block_applications_enabled = None;
        self.unknown_fields
            .insert("blockApplicationsEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `bluetoothConfigDisabled` (chainable).
    pub fn set_bluetooth_config_disabled(mut self, value: impl Into<bool>) -> Self {
        self.bluetooth_config_disabled = Some(value.into());
        self.unknown_fields.remove("bluetoothConfigDisabled");
        self
    }

    /// Sends `bluetoothConfigDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_bluetooth_config_disabled` takes it back.
    #[inline]
    pub fn clear_bluetooth_config_disabled(mut self) -> Self {
        self.bluetooth_config_disabled = None;
        self.unknown_fields
            .insert("bluetoothConfigDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `bluetoothContactSharingDisabled` (chainable).
    pub fn set_bluetooth_contact_sharing_disabled(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.bluetooth_contact_sharing_disabled = Some(value.into());
        self.unknown_fields.remove("bluetoothContactSharingDisabled");
        self
    }

    /// Sends `bluetoothContactSharingDisabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_bluetooth_contact_sharing_disabled` takes it back.
    #[inline]
    pub fn clear_bluetooth_contact_sharing_disabled(mut self) -> Self {
        self.bluetooth_contact_sharing_disabled = None;
        self.unknown_fields
            .insert(
                "bluetoothContactSharingDisabled".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `bluetoothDisabled` (chainable).
    pub fn set_bluetooth_disabled(mut self, value: impl Into<bool>) -> Self {
        self.bluetooth_disabled = Some(value.into());
        self.unknown_fields.remove("bluetoothDisabled");
        self
    }

    /// Sends `bluetoothDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_bluetooth_disabled` takes it back.
    #[inline]
    pub fn clear_bluetooth_disabled(mut self) -> Self {
        self.bluetooth_disabled = None;
        self.unknown_fields
            .insert("bluetoothDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cameraAccess` (chainable).
    pub fn set_camera_access(
        mut self,
        value: impl Into<crate::schemas::PolicyCameraAccess>,
    ) -> Self {
        self.camera_access = Some(value.into());
        self.unknown_fields.remove("cameraAccess");
        self
    }

    /// Sends `cameraAccess` as JSON `null`, which clears it on the server (chainable);
    /// `set_camera_access` takes it back.
    #[inline]
    pub fn clear_camera_access(mut self) -> Self {
        self.camera_access = None;
        self.unknown_fields.insert("cameraAccess".to_owned(), serde_json::Value::Null);
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

    /// Sets `cellBroadcastsConfigDisabled` (chainable).
    pub fn set_cell_broadcasts_config_disabled(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.cell_broadcasts_config_disabled = Some(value.into());
        self.unknown_fields.remove("cellBroadcastsConfigDisabled");
        self
    }

    /// Sends `cellBroadcastsConfigDisabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_cell_broadcasts_config_disabled` takes it back.
    #[inline]
    pub fn clear_cell_broadcasts_config_disabled(mut self) -> Self {
        self.cell_broadcasts_config_disabled = None;
        self.unknown_fields
            .insert("cellBroadcastsConfigDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `choosePrivateKeyRules` (chainable).
    pub fn set_choose_private_key_rules(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ChoosePrivateKeyRule>>,
    ) -> Self {
        self.choose_private_key_rules = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("choosePrivateKeyRules");
        self
    }

    /// Sends `choosePrivateKeyRules` as JSON `null`, which clears it on the server (chainable);
    /// `set_choose_private_key_rules` takes it back.
    #[inline]
    pub fn clear_choose_private_key_rules(mut self) -> Self {
        self.choose_private_key_rules = None;
        self.unknown_fields
            .insert("choosePrivateKeyRules".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `complianceRules` (chainable).
    pub fn set_compliance_rules(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ComplianceRule>>,
    ) -> Self {
        self.compliance_rules = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("complianceRules");
        self
    }

    /// Sends `complianceRules` as JSON `null`, which clears it on the server (chainable);
    /// `set_compliance_rules` takes it back.
    #[inline]
    pub fn clear_compliance_rules(mut self) -> Self {
        self.compliance_rules = None;
        self.unknown_fields
            .insert("complianceRules".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `createWindowsDisabled` (chainable).
    pub fn set_create_windows_disabled(mut self, value: impl Into<bool>) -> Self {
        self.create_windows_disabled = Some(value.into());
        self.unknown_fields.remove("createWindowsDisabled");
        self
    }

    /// Sends `createWindowsDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_windows_disabled` takes it back.
    #[inline]
    pub fn clear_create_windows_disabled(mut self) -> Self {
        self.create_windows_disabled = None;
        self.unknown_fields
            .insert("createWindowsDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `credentialProviderPolicyDefault` (chainable).
    pub fn set_credential_provider_policy_default(
        mut self,
        value: impl Into<crate::schemas::PolicyCredentialProviderPolicyDefault>,
    ) -> Self {
        self.credential_provider_policy_default = Some(value.into());
        self.unknown_fields.remove("credentialProviderPolicyDefault");
        self
    }

    /// Sends `credentialProviderPolicyDefault` as JSON `null`, which clears it on the server
    /// (chainable); `set_credential_provider_policy_default` takes it back.
    #[inline]
    pub fn clear_credential_provider_policy_default(mut self) -> Self {
        self.credential_provider_policy_default = None;
        self.unknown_fields
            .insert(
                "credentialProviderPolicyDefault".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `credentialsConfigDisabled` (chainable).
    pub fn set_credentials_config_disabled(mut self, value: impl Into<bool>) -> Self {
        self.credentials_config_disabled = Some(value.into());
        self.unknown_fields.remove("credentialsConfigDisabled");
        self
    }

    /// Sends `credentialsConfigDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_credentials_config_disabled` takes it back.
    #[inline]
    pub fn clear_credentials_config_disabled(mut self) -> Self {
        self.credentials_config_disabled = None;
        self.unknown_fields
            .insert("credentialsConfigDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `crossDevicePolicies` (chainable).
    pub fn set_cross_device_policies(
        mut self,
        value: impl Into<crate::schemas::CrossDevicePolicies>,
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

    /// Sets `crossProfilePolicies` (chainable).
    pub fn set_cross_profile_policies(
        mut self,
        value: impl Into<crate::schemas::CrossProfilePolicies>,
    ) -> Self {
        self.cross_profile_policies = Some(value.into());
        self.unknown_fields.remove("crossProfilePolicies");
        self
    }

    /// Sends `crossProfilePolicies` as JSON `null`, which clears it on the server (chainable);
    /// `set_cross_profile_policies` takes it back.
    #[inline]
    pub fn clear_cross_profile_policies(mut self) -> Self {
        self.cross_profile_policies = None;
        self.unknown_fields
            .insert("crossProfilePolicies".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dataRoamingDisabled` (chainable).
    pub fn set_data_roaming_disabled(mut self, value: impl Into<bool>) -> Self {
        self.data_roaming_disabled = Some(value.into());
        self.unknown_fields.remove("dataRoamingDisabled");
        self
    }

    /// Sends `dataRoamingDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_data_roaming_disabled` takes it back.
    #[inline]
    pub fn clear_data_roaming_disabled(mut self) -> Self {
        self.data_roaming_disabled = None;
        self.unknown_fields
            .insert("dataRoamingDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `debuggingFeaturesAllowed` (chainable).
    pub fn set_debugging_features_allowed(mut self, value: impl Into<bool>) -> Self {
        self.debugging_features_allowed = Some(value.into());
        self.unknown_fields.remove("debuggingFeaturesAllowed");
        self
    }

    /// Sends `debuggingFeaturesAllowed` as JSON `null`, which clears it on the server (chainable);
    /// `set_debugging_features_allowed` takes it back.
    #[inline]
    pub fn clear_debugging_features_allowed(mut self) -> Self {
        self.debugging_features_allowed = None;
        self.unknown_fields
            .insert("debuggingFeaturesAllowed".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultApplicationSettings` (chainable).
    pub fn set_default_application_settings(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::DefaultApplicationSetting>,
        >,
    ) -> Self {
        self.default_application_settings = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("defaultApplicationSettings");
        self
    }

    /// Sends `defaultApplicationSettings` as JSON `null`, which clears it on the server
    /// (chainable); `set_default_application_settings` takes it back.
    #[inline]
    pub fn clear_default_application_settings(mut self) -> Self {
        self.default_application_settings = None;
        self.unknown_fields
            .insert("defaultApplicationSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultPermissionPolicy` (chainable).
    pub fn set_default_permission_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyDefaultPermissionPolicy>,
    ) -> Self {
        self.default_permission_policy = Some(value.into());
        self.unknown_fields.remove("defaultPermissionPolicy");
        self
    }

    /// Sends `defaultPermissionPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_permission_policy` takes it back.
    #[inline]
    pub fn clear_default_permission_policy(mut self) -> Self {
        self.default_permission_policy = None;
        self.unknown_fields
            .insert("defaultPermissionPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceConnectivityManagement` (chainable).
    pub fn set_device_connectivity_management(
        mut self,
        value: impl Into<crate::schemas::DeviceConnectivityManagement>,
    ) -> Self {
        self.device_connectivity_management = Some(value.into());
        self.unknown_fields.remove("deviceConnectivityManagement");
        self
    }

    /// Sends `deviceConnectivityManagement` as JSON `null`, which clears it on the server
    /// (chainable); `set_device_connectivity_management` takes it back.
    #[inline]
    pub fn clear_device_connectivity_management(mut self) -> Self {
        self.device_connectivity_management = None;
        self.unknown_fields
            .insert("deviceConnectivityManagement".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceOwnerLockScreenInfo` (chainable).
    pub fn set_device_owner_lock_screen_info(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.device_owner_lock_screen_info = Some(value.into());
        self.unknown_fields.remove("deviceOwnerLockScreenInfo");
        self
    }

    /// Sends `deviceOwnerLockScreenInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_owner_lock_screen_info` takes it back.
    #[inline]
    pub fn clear_device_owner_lock_screen_info(mut self) -> Self {
        self.device_owner_lock_screen_info = None;
        self.unknown_fields
            .insert("deviceOwnerLockScreenInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceRadioState` (chainable).
    pub fn set_device_radio_state(
        mut self,
        value: impl Into<crate::schemas::DeviceRadioState>,
    ) -> Self {
        self.device_radio_state = Some(value.into());
        self.unknown_fields.remove("deviceRadioState");
        self
    }

    /// Sends `deviceRadioState` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_radio_state` takes it back.
    #[inline]
    pub fn clear_device_radio_state(mut self) -> Self {
        self.device_radio_state = None;
        self.unknown_fields
            .insert("deviceRadioState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceWidePolicies` (chainable).
    pub fn set_device_wide_policies(
        mut self,
        value: impl Into<crate::schemas::DeviceWidePolicies>,
    ) -> Self {
        self.device_wide_policies = Some(value.into());
        self.unknown_fields.remove("deviceWidePolicies");
        self
    }

    /// Sends `deviceWidePolicies` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_wide_policies` takes it back.
    #[inline]
    pub fn clear_device_wide_policies(mut self) -> Self {
        self.device_wide_policies = None;
        self.unknown_fields
            .insert("deviceWidePolicies".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displaySettings` (chainable).
    pub fn set_display_settings(
        mut self,
        value: impl Into<crate::schemas::DisplaySettings>,
    ) -> Self {
        self.display_settings = Some(value.into());
        self.unknown_fields.remove("displaySettings");
        self
    }

    /// Sends `displaySettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_settings` takes it back.
    #[inline]
    pub fn clear_display_settings(mut self) -> Self {
        self.display_settings = None;
        self.unknown_fields
            .insert("displaySettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `encryptionPolicy` (chainable).
    pub fn set_encryption_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyEncryptionPolicy>,
    ) -> Self {
        self.encryption_policy = Some(value.into());
        self.unknown_fields.remove("encryptionPolicy");
        self
    }

    /// Sends `encryptionPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_encryption_policy` takes it back.
    #[inline]
    pub fn clear_encryption_policy(mut self) -> Self {
        self.encryption_policy = None;
        self.unknown_fields
            .insert("encryptionPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ensureVerifyAppsEnabled` (chainable).
    pub fn set_ensure_verify_apps_enabled(mut self, value: impl Into<bool>) -> Self {
        self.ensure_verify_apps_enabled = Some(value.into());
        self.unknown_fields.remove("ensureVerifyAppsEnabled");
        self
    }

    /// Sends `ensureVerifyAppsEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_ensure_verify_apps_enabled` takes it back.
    #[inline]
    pub fn clear_ensure_verify_apps_enabled(mut self) -> Self {
        self.ensure_verify_apps_enabled = None;
        self.unknown_fields
            .insert("ensureVerifyAppsEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enterpriseDisplayNameVisibility` (chainable).
    pub fn set_enterprise_display_name_visibility(
        mut self,
        value: impl Into<crate::schemas::PolicyEnterpriseDisplayNameVisibility>,
    ) -> Self {
        self.enterprise_display_name_visibility = Some(value.into());
        self.unknown_fields.remove("enterpriseDisplayNameVisibility");
        self
    }

    /// Sends `enterpriseDisplayNameVisibility` as JSON `null`, which clears it on the server
    /// (chainable); `set_enterprise_display_name_visibility` takes it back.
    #[inline]
    pub fn clear_enterprise_display_name_visibility(mut self) -> Self {
        self.enterprise_display_name_visibility = None;
        self.unknown_fields
            .insert(
                "enterpriseDisplayNameVisibility".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `factoryResetDisabled` (chainable).
    pub fn set_factory_reset_disabled(mut self, value: impl Into<bool>) -> Self {
        self.factory_reset_disabled = Some(value.into());
        self.unknown_fields.remove("factoryResetDisabled");
        self
    }

    /// Sends `factoryResetDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_factory_reset_disabled` takes it back.
    #[inline]
    pub fn clear_factory_reset_disabled(mut self) -> Self {
        self.factory_reset_disabled = None;
        self.unknown_fields
            .insert("factoryResetDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `frpAdminEmails` (chainable).
    pub fn set_frp_admin_emails(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.frp_admin_emails = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("frpAdminEmails");
        self
    }

    /// Sends `frpAdminEmails` as JSON `null`, which clears it on the server (chainable);
    /// `set_frp_admin_emails` takes it back.
    #[inline]
    pub fn clear_frp_admin_emails(mut self) -> Self {
        self.frp_admin_emails = None;
        self.unknown_fields.insert("frpAdminEmails".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `funDisabled` (chainable).
    pub fn set_fun_disabled(mut self, value: impl Into<bool>) -> Self {
        self.fun_disabled = Some(value.into());
        self.unknown_fields.remove("funDisabled");
        self
    }

    /// Sends `funDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_fun_disabled` takes it back.
    #[inline]
    pub fn clear_fun_disabled(mut self) -> Self {
        self.fun_disabled = None;
        self.unknown_fields.insert("funDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `installAppsDisabled` (chainable).
    pub fn set_install_apps_disabled(mut self, value: impl Into<bool>) -> Self {
        self.install_apps_disabled = Some(value.into());
        self.unknown_fields.remove("installAppsDisabled");
        self
    }

    /// Sends `installAppsDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_install_apps_disabled` takes it back.
    #[inline]
    pub fn clear_install_apps_disabled(mut self) -> Self {
        self.install_apps_disabled = None;
        self.unknown_fields
            .insert("installAppsDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `installUnknownSourcesAllowed` (chainable).
    pub fn set_install_unknown_sources_allowed(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.install_unknown_sources_allowed = Some(value.into());
        self.unknown_fields.remove("installUnknownSourcesAllowed");
        self
    }

    /// Sends `installUnknownSourcesAllowed` as JSON `null`, which clears it on the server
    /// (chainable); `set_install_unknown_sources_allowed` takes it back.
    #[inline]
    pub fn clear_install_unknown_sources_allowed(mut self) -> Self {
        self.install_unknown_sources_allowed = None;
        self.unknown_fields
            .insert("installUnknownSourcesAllowed".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyguardDisabled` (chainable).
    pub fn set_keyguard_disabled(mut self, value: impl Into<bool>) -> Self {
        self.keyguard_disabled = Some(value.into());
        self.unknown_fields.remove("keyguardDisabled");
        self
    }

    /// Sends `keyguardDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_keyguard_disabled` takes it back.
    #[inline]
    pub fn clear_keyguard_disabled(mut self) -> Self {
        self.keyguard_disabled = None;
        self.unknown_fields
            .insert("keyguardDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyguardDisabledFeatures` (chainable).
    pub fn set_keyguard_disabled_features(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::PolicyKeyguardDisabledFeatures>,
        >,
    ) -> Self {
        self.keyguard_disabled_features = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("keyguardDisabledFeatures");
        self
    }

    /// Sends `keyguardDisabledFeatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_keyguard_disabled_features` takes it back.
    #[inline]
    pub fn clear_keyguard_disabled_features(mut self) -> Self {
        self.keyguard_disabled_features = None;
        self.unknown_fields
            .insert("keyguardDisabledFeatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kioskCustomLauncherEnabled` (chainable).
    pub fn set_kiosk_custom_launcher_enabled(mut self, value: impl Into<bool>) -> Self {
        self.kiosk_custom_launcher_enabled = Some(value.into());
        self.unknown_fields.remove("kioskCustomLauncherEnabled");
        self
    }

    /// Sends `kioskCustomLauncherEnabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_kiosk_custom_launcher_enabled` takes it back.
    #[inline]
    pub fn clear_kiosk_custom_launcher_enabled(mut self) -> Self {
        self.kiosk_custom_launcher_enabled = None;
        self.unknown_fields
            .insert("kioskCustomLauncherEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kioskCustomization` (chainable).
    pub fn set_kiosk_customization(
        mut self,
        value: impl Into<crate::schemas::KioskCustomization>,
    ) -> Self {
        self.kiosk_customization = Some(value.into());
        self.unknown_fields.remove("kioskCustomization");
        self
    }

    /// Sends `kioskCustomization` as JSON `null`, which clears it on the server (chainable);
    /// `set_kiosk_customization` takes it back.
    #[inline]
    pub fn clear_kiosk_customization(mut self) -> Self {
        self.kiosk_customization = None;
        self.unknown_fields
            .insert("kioskCustomization".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `locationMode` (chainable).
    pub fn set_location_mode(
        mut self,
        value: impl Into<crate::schemas::PolicyLocationMode>,
    ) -> Self {
        self.location_mode = Some(value.into());
        self.unknown_fields.remove("locationMode");
        self
    }

    /// Sends `locationMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_location_mode` takes it back.
    #[inline]
    pub fn clear_location_mode(mut self) -> Self {
        self.location_mode = None;
        self.unknown_fields.insert("locationMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `longSupportMessage` (chainable).
    pub fn set_long_support_message(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.long_support_message = Some(value.into());
        self.unknown_fields.remove("longSupportMessage");
        self
    }

    /// Sends `longSupportMessage` as JSON `null`, which clears it on the server (chainable);
    /// `set_long_support_message` takes it back.
    #[inline]
    pub fn clear_long_support_message(mut self) -> Self {
        self.long_support_message = None;
        self.unknown_fields
            .insert("longSupportMessage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `maximumTimeToLock` (chainable).
    pub fn set_maximum_time_to_lock(mut self, value: impl Into<i64>) -> Self {
        self.maximum_time_to_lock = Some(value.into());
        self.unknown_fields.remove("maximumTimeToLock");
        self
    }

    /// Sends `maximumTimeToLock` as JSON `null`, which clears it on the server (chainable);
    /// `set_maximum_time_to_lock` takes it back.
    #[inline]
    pub fn clear_maximum_time_to_lock(mut self) -> Self {
        self.maximum_time_to_lock = None;
        self.unknown_fields
            .insert("maximumTimeToLock".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `microphoneAccess` (chainable).
    pub fn set_microphone_access(
        mut self,
        value: impl Into<crate::schemas::PolicyMicrophoneAccess>,
    ) -> Self {
        self.microphone_access = Some(value.into());
        self.unknown_fields.remove("microphoneAccess");
        self
    }

    /// Sends `microphoneAccess` as JSON `null`, which clears it on the server (chainable);
    /// `set_microphone_access` takes it back.
    #[inline]
    pub fn clear_microphone_access(mut self) -> Self {
        self.microphone_access = None;
        self.unknown_fields
            .insert("microphoneAccess".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `minimumApiLevel` (chainable).
    pub fn set_minimum_api_level(mut self, value: impl Into<i32>) -> Self {
        self.minimum_api_level = Some(value.into());
        self.unknown_fields.remove("minimumApiLevel");
        self
    }

    /// Sends `minimumApiLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_minimum_api_level` takes it back.
    #[inline]
    pub fn clear_minimum_api_level(mut self) -> Self {
        self.minimum_api_level = None;
        self.unknown_fields
            .insert("minimumApiLevel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mobileNetworksConfigDisabled` (chainable).
    pub fn set_mobile_networks_config_disabled(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.mobile_networks_config_disabled = Some(value.into());
        self.unknown_fields.remove("mobileNetworksConfigDisabled");
        self
    }

    /// Sends `mobileNetworksConfigDisabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_mobile_networks_config_disabled` takes it back.
    #[inline]
    pub fn clear_mobile_networks_config_disabled(mut self) -> Self {
        self.mobile_networks_config_disabled = None;
        self.unknown_fields
            .insert("mobileNetworksConfigDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `modifyAccountsDisabled` (chainable).
    pub fn set_modify_accounts_disabled(mut self, value: impl Into<bool>) -> Self {
        self.modify_accounts_disabled = Some(value.into());
        self.unknown_fields.remove("modifyAccountsDisabled");
        self
    }

    /// Sends `modifyAccountsDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_modify_accounts_disabled` takes it back.
    #[inline]
    pub fn clear_modify_accounts_disabled(mut self) -> Self {
        self.modify_accounts_disabled = None;
        self.unknown_fields
            .insert("modifyAccountsDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mountPhysicalMediaDisabled` (chainable).
    pub fn set_mount_physical_media_disabled(mut self, value: impl Into<bool>) -> Self {
        self.mount_physical_media_disabled = Some(value.into());
        self.unknown_fields.remove("mountPhysicalMediaDisabled");
        self
    }

    /// Sends `mountPhysicalMediaDisabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_mount_physical_media_disabled` takes it back.
    #[inline]
    pub fn clear_mount_physical_media_disabled(mut self) -> Self {
        self.mount_physical_media_disabled = None;
        self.unknown_fields
            .insert("mountPhysicalMediaDisabled".to_owned(), serde_json::Value::Null);
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

    /// Sets `networkEscapeHatchEnabled` (chainable).
    pub fn set_network_escape_hatch_enabled(mut self, value: impl Into<bool>) -> Self {
        self.network_escape_hatch_enabled = Some(value.into());
        self.unknown_fields.remove("networkEscapeHatchEnabled");
        self
    }

    /// Sends `networkEscapeHatchEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_network_escape_hatch_enabled` takes it back.
    #[inline]
    pub fn clear_network_escape_hatch_enabled(mut self) -> Self {
        self.network_escape_hatch_enabled = None;
        self.unknown_fields
            .insert("networkEscapeHatchEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `networkResetDisabled` (chainable).
    pub fn set_network_reset_disabled(mut self, value: impl Into<bool>) -> Self {
        self.network_reset_disabled = Some(value.into());
        self.unknown_fields.remove("networkResetDisabled");
        self
    }

    /// Sends `networkResetDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_network_reset_disabled` takes it back.
    #[inline]
    pub fn clear_network_reset_disabled(mut self) -> Self {
        self.network_reset_disabled = None;
        self.unknown_fields
            .insert("networkResetDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `oncCertificateProviders` (chainable).
    pub fn set_onc_certificate_providers(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::OncCertificateProvider>,
        >,
    ) -> Self {
        self.onc_certificate_providers = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("oncCertificateProviders");
        self
    }

    /// Sends `oncCertificateProviders` as JSON `null`, which clears it on the server (chainable);
    /// `set_onc_certificate_providers` takes it back.
    #[inline]
    pub fn clear_onc_certificate_providers(mut self) -> Self {
        self.onc_certificate_providers = None;
        self.unknown_fields
            .insert("oncCertificateProviders".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `openNetworkConfiguration` (chainable).
    pub fn set_open_network_configuration(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<serde_json::Value>),
        >,
    ) -> Self {
        self.open_network_configuration = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("openNetworkConfiguration");
        self
    }

    /// Sends `openNetworkConfiguration` as JSON `null`, which clears it on the server (chainable);
    /// `set_open_network_configuration` takes it back.
    #[inline]
    pub fn clear_open_network_configuration(mut self) -> Self {
        self.open_network_configuration = None;
        self.unknown_fields
            .insert("openNetworkConfiguration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `outgoingBeamDisabled` (chainable).
    pub fn set_outgoing_beam_disabled(mut self, value: impl Into<bool>) -> Self {
        self.outgoing_beam_disabled = Some(value.into());
        self.unknown_fields.remove("outgoingBeamDisabled");
        self
    }

    /// Sends `outgoingBeamDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_outgoing_beam_disabled` takes it back.
    #[inline]
    pub fn clear_outgoing_beam_disabled(mut self) -> Self {
        self.outgoing_beam_disabled = None;
        self.unknown_fields
            .insert("outgoingBeamDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `outgoingCallsDisabled` (chainable).
    pub fn set_outgoing_calls_disabled(mut self, value: impl Into<bool>) -> Self {
        self.outgoing_calls_disabled = Some(value.into());
        self.unknown_fields.remove("outgoingCallsDisabled");
        self
    }

    /// Sends `outgoingCallsDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_outgoing_calls_disabled` takes it back.
    #[inline]
    pub fn clear_outgoing_calls_disabled(mut self) -> Self {
        self.outgoing_calls_disabled = None;
        self.unknown_fields
            .insert("outgoingCallsDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordPolicies` (chainable).
    pub fn set_password_policies(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PasswordRequirements>>,
    ) -> Self {
        self.password_policies = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("passwordPolicies");
        self
    }

    /// Sends `passwordPolicies` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_policies` takes it back.
    #[inline]
    pub fn clear_password_policies(mut self) -> Self {
        self.password_policies = None;
        self.unknown_fields
            .insert("passwordPolicies".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordRequirements` (chainable).
    pub fn set_password_requirements(
        mut self,
        value: impl Into<crate::schemas::PasswordRequirements>,
    ) -> Self {
        self.password_requirements = Some(value.into());
        self.unknown_fields.remove("passwordRequirements");
        self
    }

    /// Sends `passwordRequirements` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_requirements` takes it back.
    #[inline]
    pub fn clear_password_requirements(mut self) -> Self {
        self.password_requirements = None;
        self.unknown_fields
            .insert("passwordRequirements".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `permissionGrants` (chainable).
    pub fn set_permission_grants(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PermissionGrant>>,
    ) -> Self {
        self.permission_grants = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("permissionGrants");
        self
    }

    /// Sends `permissionGrants` as JSON `null`, which clears it on the server (chainable);
    /// `set_permission_grants` takes it back.
    #[inline]
    pub fn clear_permission_grants(mut self) -> Self {
        self.permission_grants = None;
        self.unknown_fields
            .insert("permissionGrants".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `permittedAccessibilityServices` (chainable).
    pub fn set_permitted_accessibility_services(
        mut self,
        value: impl Into<crate::schemas::PackageNameList>,
    ) -> Self {
        self.permitted_accessibility_services = Some(value.into());
        self.unknown_fields.remove("permittedAccessibilityServices");
        self
    }

    /// Sends `permittedAccessibilityServices` as JSON `null`, which clears it on the server
    /// (chainable); `set_permitted_accessibility_services` takes it back.
    #[inline]
    pub fn clear_permitted_accessibility_services(mut self) -> Self {
        self.permitted_accessibility_services = None;
        self.unknown_fields
            .insert(
                "permittedAccessibilityServices".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `permittedInputMethods` (chainable).
    pub fn set_permitted_input_methods(
        mut self,
        value: impl Into<crate::schemas::PackageNameList>,
    ) -> Self {
        self.permitted_input_methods = Some(value.into());
        self.unknown_fields.remove("permittedInputMethods");
        self
    }

    /// Sends `permittedInputMethods` as JSON `null`, which clears it on the server (chainable);
    /// `set_permitted_input_methods` takes it back.
    #[inline]
    pub fn clear_permitted_input_methods(mut self) -> Self {
        self.permitted_input_methods = None;
        self.unknown_fields
            .insert("permittedInputMethods".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `persistentPreferredActivities` (chainable).
    pub fn set_persistent_preferred_activities(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::PersistentPreferredActivity>,
        >,
    ) -> Self {
        self.persistent_preferred_activities = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("persistentPreferredActivities");
        self
    }

    /// Sends `persistentPreferredActivities` as JSON `null`, which clears it on the server
    /// (chainable); `set_persistent_preferred_activities` takes it back.
    #[inline]
    pub fn clear_persistent_preferred_activities(mut self) -> Self {
        self.persistent_preferred_activities = None;
        self.unknown_fields
            .insert("persistentPreferredActivities".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `personalUsagePolicies` (chainable).
    pub fn set_personal_usage_policies(
        mut self,
        value: impl Into<crate::schemas::PersonalUsagePolicies>,
    ) -> Self {
        self.personal_usage_policies = Some(value.into());
        self.unknown_fields.remove("personalUsagePolicies");
        self
    }

    /// Sends `personalUsagePolicies` as JSON `null`, which clears it on the server (chainable);
    /// `set_personal_usage_policies` takes it back.
    #[inline]
    pub fn clear_personal_usage_policies(mut self) -> Self {
        self.personal_usage_policies = None;
        self.unknown_fields
            .insert("personalUsagePolicies".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `playStoreMode` (chainable).
    pub fn set_play_store_mode(
        mut self,
        value: impl Into<crate::schemas::PolicyPlayStoreMode>,
    ) -> Self {
        self.play_store_mode = Some(value.into());
        self.unknown_fields.remove("playStoreMode");
        self
    }

    /// Sends `playStoreMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_play_store_mode` takes it back.
    #[inline]
    pub fn clear_play_store_mode(mut self) -> Self {
        self.play_store_mode = None;
        self.unknown_fields.insert("playStoreMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `policyEnforcementRules` (chainable).
    pub fn set_policy_enforcement_rules(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PolicyEnforcementRule>>,
    ) -> Self {
        self.policy_enforcement_rules = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("policyEnforcementRules");
        self
    }

    /// Sends `policyEnforcementRules` as JSON `null`, which clears it on the server (chainable);
    /// `set_policy_enforcement_rules` takes it back.
    #[inline]
    pub fn clear_policy_enforcement_rules(mut self) -> Self {
        self.policy_enforcement_rules = None;
        self.unknown_fields
            .insert("policyEnforcementRules".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `preferentialNetworkService` (chainable).
    pub fn set_preferential_network_service(
        mut self,
        value: impl Into<crate::schemas::PolicyPreferentialNetworkService>,
    ) -> Self {
        self.preferential_network_service = Some(value.into());
        self.unknown_fields.remove("preferentialNetworkService");
        self
    }

    /// Sends `preferentialNetworkService` as JSON `null`, which clears it on the server
    /// (chainable); `set_preferential_network_service` takes it back.
    #[inline]
    pub fn clear_preferential_network_service(mut self) -> Self {
        self.preferential_network_service = None;
        self.unknown_fields
            .insert("preferentialNetworkService".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printingPolicy` (chainable).
    pub fn set_printing_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyPrintingPolicy>,
    ) -> Self {
        self.printing_policy = Some(value.into());
        self.unknown_fields.remove("printingPolicy");
        self
    }

    /// Sends `printingPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_printing_policy` takes it back.
    #[inline]
    pub fn clear_printing_policy(mut self) -> Self {
        self.printing_policy = None;
        self.unknown_fields.insert("printingPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `privateKeySelectionEnabled` (chainable).
    pub fn set_private_key_selection_enabled(mut self, value: impl Into<bool>) -> Self {
        self.private_key_selection_enabled = Some(value.into());
        self.unknown_fields.remove("privateKeySelectionEnabled");
        self
    }

    /// Sends `privateKeySelectionEnabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_private_key_selection_enabled` takes it back.
    #[inline]
    pub fn clear_private_key_selection_enabled(mut self) -> Self {
        self.private_key_selection_enabled = None;
        self.unknown_fields
            .insert("privateKeySelectionEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `recommendedGlobalProxy` (chainable).
    pub fn set_recommended_global_proxy(
        mut self,
        value: impl Into<crate::schemas::ProxyInfo>,
    ) -> Self {
        self.recommended_global_proxy = Some(value.into());
        self.unknown_fields.remove("recommendedGlobalProxy");
        self
    }

    /// Sends `recommendedGlobalProxy` as JSON `null`, which clears it on the server (chainable);
    /// `set_recommended_global_proxy` takes it back.
    #[inline]
    pub fn clear_recommended_global_proxy(mut self) -> Self {
        self.recommended_global_proxy = None;
        self.unknown_fields
            .insert("recommendedGlobalProxy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `removeUserDisabled` (chainable).
    pub fn set_remove_user_disabled(mut self, value: impl Into<bool>) -> Self {
        self.remove_user_disabled = Some(value.into());
        self.unknown_fields.remove("removeUserDisabled");
        self
    }

    /// Sends `removeUserDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_remove_user_disabled` takes it back.
    #[inline]
    pub fn clear_remove_user_disabled(mut self) -> Self {
        self.remove_user_disabled = None;
        self.unknown_fields
            .insert("removeUserDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `safeBootDisabled` (chainable).
    pub fn set_safe_boot_disabled(mut self, value: impl Into<bool>) -> Self {
        self.safe_boot_disabled = Some(value.into());
        self.unknown_fields.remove("safeBootDisabled");
        self
    }

    /// Sends `safeBootDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_safe_boot_disabled` takes it back.
    #[inline]
    pub fn clear_safe_boot_disabled(mut self) -> Self {
        self.safe_boot_disabled = None;
        self.unknown_fields
            .insert("safeBootDisabled".to_owned(), serde_json::Value::Null);
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

    /// Sets `setUserIconDisabled` (chainable).
    pub fn set_set_user_icon_disabled(mut self, value: impl Into<bool>) -> Self {
        self.set_user_icon_disabled = Some(value.into());
        self.unknown_fields.remove("setUserIconDisabled");
        self
    }

    /// Sends `setUserIconDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_set_user_icon_disabled` takes it back.
    #[inline]
    pub fn clear_set_user_icon_disabled(mut self) -> Self {
        self.set_user_icon_disabled = None;
        self.unknown_fields
            .insert("setUserIconDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `setWallpaperDisabled` (chainable).
    pub fn set_set_wallpaper_disabled(mut self, value: impl Into<bool>) -> Self {
        self.set_wallpaper_disabled = Some(value.into());
        self.unknown_fields.remove("setWallpaperDisabled");
        self
    }

    /// Sends `setWallpaperDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_set_wallpaper_disabled` takes it back.
    #[inline]
    pub fn clear_set_wallpaper_disabled(mut self) -> Self {
        self.set_wallpaper_disabled = None;
        self.unknown_fields
            .insert("setWallpaperDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `setupActions` (chainable).
    pub fn set_setup_actions(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::SetupAction>>,
    ) -> Self {
        self.setup_actions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("setupActions");
        self
    }

    /// Sends `setupActions` as JSON `null`, which clears it on the server (chainable);
    /// `set_setup_actions` takes it back.
    #[inline]
    pub fn clear_setup_actions(mut self) -> Self {
        self.setup_actions = None;
        self.unknown_fields.insert("setupActions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `shareLocationDisabled` (chainable).
    pub fn set_share_location_disabled(mut self, value: impl Into<bool>) -> Self {
        self.share_location_disabled = Some(value.into());
        self.unknown_fields.remove("shareLocationDisabled");
        self
    }

    /// Sends `shareLocationDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_share_location_disabled` takes it back.
    #[inline]
    pub fn clear_share_location_disabled(mut self) -> Self {
        self.share_location_disabled = None;
        self.unknown_fields
            .insert("shareLocationDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `shortSupportMessage` (chainable).
    pub fn set_short_support_message(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.short_support_message = Some(value.into());
        self.unknown_fields.remove("shortSupportMessage");
        self
    }

    /// Sends `shortSupportMessage` as JSON `null`, which clears it on the server (chainable);
    /// `set_short_support_message` takes it back.
    #[inline]
    pub fn clear_short_support_message(mut self) -> Self {
        self.short_support_message = None;
        self.unknown_fields
            .insert("shortSupportMessage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `skipFirstUseHintsEnabled` (chainable).
    pub fn set_skip_first_use_hints_enabled(mut self, value: impl Into<bool>) -> Self {
        self.skip_first_use_hints_enabled = Some(value.into());
        self.unknown_fields.remove("skipFirstUseHintsEnabled");
        self
    }

    /// Sends `skipFirstUseHintsEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_skip_first_use_hints_enabled` takes it back.
    #[inline]
    pub fn clear_skip_first_use_hints_enabled(mut self) -> Self {
        self.skip_first_use_hints_enabled = None;
        self.unknown_fields
            .insert("skipFirstUseHintsEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `smsDisabled` (chainable).
    pub fn set_sms_disabled(mut self, value: impl Into<bool>) -> Self {
        self.sms_disabled = Some(value.into());
        self.unknown_fields.remove("smsDisabled");
        self
    }

    /// Sends `smsDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_sms_disabled` takes it back.
    #[inline]
    pub fn clear_sms_disabled(mut self) -> Self {
        self.sms_disabled = None;
        self.unknown_fields.insert("smsDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `statusBarDisabled` (chainable).
    pub fn set_status_bar_disabled(mut self, value: impl Into<bool>) -> Self {
        self.status_bar_disabled = Some(value.into());
        self.unknown_fields.remove("statusBarDisabled");
        self
    }

    /// Sends `statusBarDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_status_bar_disabled` takes it back.
    #[inline]
    pub fn clear_status_bar_disabled(mut self) -> Self {
        self.status_bar_disabled = None;
        self.unknown_fields
            .insert("statusBarDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `statusReportingSettings` (chainable).
    pub fn set_status_reporting_settings(
        mut self,
        value: impl Into<crate::schemas::StatusReportingSettings>,
    ) -> Self {
        self.status_reporting_settings = Some(value.into());
        self.unknown_fields.remove("statusReportingSettings");
        self
    }

    /// Sends `statusReportingSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_status_reporting_settings` takes it back.
    #[inline]
    pub fn clear_status_reporting_settings(mut self) -> Self {
        self.status_reporting_settings = None;
        self.unknown_fields
            .insert("statusReportingSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `stayOnPluggedModes` (chainable).
    pub fn set_stay_on_plugged_modes(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::PolicyStayOnPluggedModes>,
        >,
    ) -> Self {
        self.stay_on_plugged_modes = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("stayOnPluggedModes");
        self
    }

    /// Sends `stayOnPluggedModes` as JSON `null`, which clears it on the server (chainable);
    /// `set_stay_on_plugged_modes` takes it back.
    #[inline]
    pub fn clear_stay_on_plugged_modes(mut self) -> Self {
        self.stay_on_plugged_modes = None;
        self.unknown_fields
            .insert("stayOnPluggedModes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemUpdate` (chainable).
    pub fn set_system_update(
        mut self,
        value: impl Into<crate::schemas::SystemUpdate>,
    ) -> Self {
        self.system_update = Some(value.into());
        self.unknown_fields.remove("systemUpdate");
        self
    }

    /// Sends `systemUpdate` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_update` takes it back.
    #[inline]
    pub fn clear_system_update(mut self) -> Self {
        self.system_update = None;
        self.unknown_fields.insert("systemUpdate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `tetheringConfigDisabled` (chainable).
    pub fn set_tethering_config_disabled(mut self, value: impl Into<bool>) -> Self {
        self.tethering_config_disabled = Some(value.into());
        self.unknown_fields.remove("tetheringConfigDisabled");
        self
    }

    /// Sends `tetheringConfigDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_tethering_config_disabled` takes it back.
    #[inline]
    pub fn clear_tethering_config_disabled(mut self) -> Self {
        self.tethering_config_disabled = None;
        self.unknown_fields
            .insert("tetheringConfigDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `unifiedUpdatePolicy` (chainable).
    pub fn set_unified_update_policy(
        mut self,
        value: impl Into<crate::schemas::UnifiedUpdatePolicy>,
    ) -> Self {
        self.unified_update_policy = Some(value.into());
        self.unknown_fields.remove("unifiedUpdatePolicy");
        self
    }

    /// Sends `unifiedUpdatePolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_unified_update_policy` takes it back.
    #[inline]
    pub fn clear_unified_update_policy(mut self) -> Self {
        self.unified_update_policy = None;
        self.unknown_fields
            .insert("unifiedUpdatePolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `uninstallAppsDisabled` (chainable).
    pub fn set_uninstall_apps_disabled(mut self, value: impl Into<bool>) -> Self {
        self.uninstall_apps_disabled = Some(value.into());
        self.unknown_fields.remove("uninstallAppsDisabled");
        self
    }

    /// Sends `uninstallAppsDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_uninstall_apps_disabled` takes it back.
    #[inline]
    pub fn clear_uninstall_apps_disabled(mut self) -> Self {
        self.uninstall_apps_disabled = None;
        self.unknown_fields
            .insert("uninstallAppsDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `unmuteMicrophoneDisabled` (chainable).
    pub fn set_unmute_microphone_disabled(mut self, value: impl Into<bool>) -> Self {
        self.unmute_microphone_disabled = Some(value.into());
        self.unknown_fields.remove("unmuteMicrophoneDisabled");
        self
    }

    /// Sends `unmuteMicrophoneDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_unmute_microphone_disabled` takes it back.
    #[inline]
    pub fn clear_unmute_microphone_disabled(mut self) -> Self {
        self.unmute_microphone_disabled = None;
        self.unknown_fields
            .insert("unmuteMicrophoneDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `usageLog` (chainable).
    pub fn set_usage_log(mut self, value: impl Into<crate::schemas::UsageLog>) -> Self {
        self.usage_log = Some(value.into());
        self.unknown_fields.remove("usageLog");
        self
    }

    /// Sends `usageLog` as JSON `null`, which clears it on the server (chainable); `set_usage_log`
    /// takes it back.
    #[inline]
    pub fn clear_usage_log(mut self) -> Self {
        self.usage_log = None;
        self.unknown_fields.insert("usageLog".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `usbFileTransferDisabled` (chainable).
    pub fn set_usb_file_transfer_disabled(mut self, value: impl Into<bool>) -> Self {
        self.usb_file_transfer_disabled = Some(value.into());
        self.unknown_fields.remove("usbFileTransferDisabled");
        self
    }

    /// Sends `usbFileTransferDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_usb_file_transfer_disabled` takes it back.
    #[inline]
    pub fn clear_usb_file_transfer_disabled(mut self) -> Self {
        self.usb_file_transfer_disabled = None;
        self.unknown_fields
            .insert("usbFileTransferDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `usbMassStorageEnabled` (chainable).
    pub fn set_usb_mass_storage_enabled(mut self, value: impl Into<bool>) -> Self {
        self.usb_mass_storage_enabled = Some(value.into());
        self.unknown_fields.remove("usbMassStorageEnabled");
        self
    }

    /// Sends `usbMassStorageEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_usb_mass_storage_enabled` takes it back.
    #[inline]
    pub fn clear_usb_mass_storage_enabled(mut self) -> Self {
        self.usb_mass_storage_enabled = None;
        self.unknown_fields
            .insert("usbMassStorageEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `version` (chainable).
    pub fn set_version(mut self, value: impl Into<i64>) -> Self {
        self.version = Some(value.into());
        self.unknown_fields.remove("version");
        self
    }

    /// Sends `version` as JSON `null`, which clears it on the server (chainable); `set_version`
    /// takes it back.
    #[inline]
    pub fn clear_version(mut self) -> Self {
        self.version = None;
        self.unknown_fields.insert("version".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `vpnConfigDisabled` (chainable).
    pub fn set_vpn_config_disabled(mut self, value: impl Into<bool>) -> Self {
        self.vpn_config_disabled = Some(value.into());
        self.unknown_fields.remove("vpnConfigDisabled");
        self
    }

    /// Sends `vpnConfigDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_vpn_config_disabled` takes it back.
    #[inline]
    pub fn clear_vpn_config_disabled(mut self) -> Self {
        self.vpn_config_disabled = None;
        self.unknown_fields
            .insert("vpnConfigDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiConfigDisabled` (chainable).
    pub fn set_wifi_config_disabled(mut self, value: impl Into<bool>) -> Self {
        self.wifi_config_disabled = Some(value.into());
        self.unknown_fields.remove("wifiConfigDisabled");
        self
    }

    /// Sends `wifiConfigDisabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_config_disabled` takes it back.
    #[inline]
    pub fn clear_wifi_config_disabled(mut self) -> Self {
        self.wifi_config_disabled = None;
        self.unknown_fields
            .insert("wifiConfigDisabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiConfigsLockdownEnabled` (chainable).
    pub fn set_wifi_configs_lockdown_enabled(mut self, value: impl Into<bool>) -> Self {
        self.wifi_configs_lockdown_enabled = Some(value.into());
        self.unknown_fields.remove("wifiConfigsLockdownEnabled");
        self
    }

    /// Sends `wifiConfigsLockdownEnabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_wifi_configs_lockdown_enabled` takes it back.
    #[inline]
    pub fn clear_wifi_configs_lockdown_enabled(mut self) -> Self {
        self.wifi_configs_lockdown_enabled = None;
        self.unknown_fields
            .insert("wifiConfigsLockdownEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wipeDataFlags` (chainable).
    pub fn set_wipe_data_flags(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PolicyWipeDataFlags>>,
    ) -> Self {
        self.wipe_data_flags = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("wipeDataFlags");
        self
    }

    /// Sends `wipeDataFlags` as JSON `null`, which clears it on the server (chainable);
    /// `set_wipe_data_flags` takes it back.
    #[inline]
    pub fn clear_wipe_data_flags(mut self) -> Self {
        self.wipe_data_flags = None;
        self.unknown_fields.insert("wipeDataFlags".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `workAccountSetupConfig` (chainable).
    pub fn set_work_account_setup_config(
        mut self,
        value: impl Into<crate::schemas::WorkAccountSetupConfig>,
    ) -> Self {
        self.work_account_setup_config = Some(value.into());
        self.unknown_fields.remove("workAccountSetupConfig");
        self
    }

    /// Sends `workAccountSetupConfig` as JSON `null`, which clears it on the server (chainable);
    /// `set_work_account_setup_config` takes it back.
    #[inline]
    pub fn clear_work_account_setup_config(mut self) -> Self {
        self.work_account_setup_config = None;
        self.unknown_fields
            .insert("workAccountSetupConfig".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Policy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.account_types_with_management_disabled {
            map.serialize_entry("accountTypesWithManagementDisabled", value)?;
        }
        if let Some(value) = &self.add_user_disabled {
            map.serialize_entry("addUserDisabled", value)?;
        }
        if let Some(value) = &self.adjust_volume_disabled {
            map.serialize_entry("adjustVolumeDisabled", value)?;
        }
        if let Some(value) = &self.advanced_security_overrides {
            map.serialize_entry("advancedSecurityOverrides", value)?;
        }
        if let Some(value) = &self.always_on_vpn_package {
            map.serialize_entry("alwaysOnVpnPackage", value)?;
        }
        if let Some(value) = &self.android_device_policy_tracks {
            map.serialize_entry("androidDevicePolicyTracks", value)?;
        }
        if let Some(value) = &self.app_auto_update_policy {
            map.serialize_entry("appAutoUpdatePolicy", value)?;
        }
        if let Some(value) = &self.app_functions {
            map.serialize_entry("appFunctions", value)?;
        }
        if let Some(value) = &self.applications {
            map.serialize_entry("applications", value)?;
        }
        if let Some(value) = &self.assist_content_policy {
            map.serialize_entry("assistContentPolicy", value)?;
        }
        if let Some(value) = &self.auto_date_and_time_zone {
            map.serialize_entry("autoDateAndTimeZone", value)?;
        }
        if let Some(value) = &self.auto_time_required {
            map.serialize_entry("autoTimeRequired", value)?;
        }
        if let Some(value) = &self.autofill_policy {
            map.serialize_entry("autofillPolicy", value)?;
        }
        if let Some(value) = &self.backup_service {
            map.serialize_entry("backupService", value)?;
        }
        if let Some(value) = &self.block_applications_enabled {
            map.serialize_entry("blockApplicationsEnabled", value)?;
        }
        if let Some(value) = &self.bluetooth_config_disabled {
            map.serialize_entry("bluetoothConfigDisabled", value)?;
        }
        if let Some(value) = &self.bluetooth_contact_sharing_disabled {
            map.serialize_entry("bluetoothContactSharingDisabled", value)?;
        }
        if let Some(value) = &self.bluetooth_disabled {
            map.serialize_entry("bluetoothDisabled", value)?;
        }
        if let Some(value) = &self.camera_access {
            map.serialize_entry("cameraAccess", value)?;
        }
        if let Some(value) = &self.camera_disabled {
            map.serialize_entry("cameraDisabled", value)?;
        }
        if let Some(value) = &self.cell_broadcasts_config_disabled {
            map.serialize_entry("cellBroadcastsConfigDisabled", value)?;
        }
        if let Some(value) = &self.choose_private_key_rules {
            map.serialize_entry("choosePrivateKeyRules", value)?;
        }
        if let Some(value) = &self.compliance_rules {
            map.serialize_entry("complianceRules", value)?;
        }
        if let Some(value) = &self.create_windows_disabled {
            map.serialize_entry("createWindowsDisabled", value)?;
        }
        if let Some(value) = &self.credential_provider_policy_default {
            map.serialize_entry("credentialProviderPolicyDefault", value)?;
        }
        if let Some(value) = &self.credentials_config_disabled {
            map.serialize_entry("credentialsConfigDisabled", value)?;
        }
        if let Some(value) = &self.cross_device_policies {
            map.serialize_entry("crossDevicePolicies", value)?;
        }
        if let Some(value) = &self.cross_profile_policies {
            map.serialize_entry("crossProfilePolicies", value)?;
        }
        if let Some(value) = &self.data_roaming_disabled {
            map.serialize_entry("dataRoamingDisabled", value)?;
        }
        if let Some(value) = &self.debugging_features_allowed {
            map.serialize_entry("debuggingFeaturesAllowed", value)?;
        }
        if let Some(value) = &self.default_application_settings {
            map.serialize_entry("defaultApplicationSettings", value)?;
        }
        if let Some(value) = &self.default_permission_policy {
            map.serialize_entry("defaultPermissionPolicy", value)?;
        }
        if let Some(value) = &self.device_connectivity_management {
            map.serialize_entry("deviceConnectivityManagement", value)?;
        }
        if let Some(value) = &self.device_owner_lock_screen_info {
            map.serialize_entry("deviceOwnerLockScreenInfo", value)?;
        }
        if let Some(value) = &self.device_radio_state {
            map.serialize_entry("deviceRadioState", value)?;
        }
        if let Some(value) = &self.device_wide_policies {
            map.serialize_entry("deviceWidePolicies", value)?;
        }
        if let Some(value) = &self.display_settings {
            map.serialize_entry("displaySettings", value)?;
        }
        if let Some(value) = &self.encryption_policy {
            map.serialize_entry("encryptionPolicy", value)?;
        }
        if let Some(value) = &self.ensure_verify_apps_enabled {
            map.serialize_entry("ensureVerifyAppsEnabled", value)?;
        }
        if let Some(value) = &self.enterprise_display_name_visibility {
            map.serialize_entry("enterpriseDisplayNameVisibility", value)?;
        }
        if let Some(value) = &self.factory_reset_disabled {
            map.serialize_entry("factoryResetDisabled", value)?;
        }
        if let Some(value) = &self.frp_admin_emails {
            map.serialize_entry("frpAdminEmails", value)?;
        }
        if let Some(value) = &self.fun_disabled {
            map.serialize_entry("funDisabled", value)?;
        }
        if let Some(value) = &self.install_apps_disabled {
            map.serialize_entry("installAppsDisabled", value)?;
        }
        if let Some(value) = &self.install_unknown_sources_allowed {
            map.serialize_entry("installUnknownSourcesAllowed", value)?;
        }
        if let Some(value) = &self.keyguard_disabled {
            map.serialize_entry("keyguardDisabled", value)?;
        }
        if let Some(value) = &self.keyguard_disabled_features {
            map.serialize_entry("keyguardDisabledFeatures", value)?;
        }
        if let Some(value) = &self.kiosk_custom_launcher_enabled {
            map.serialize_entry("kioskCustomLauncherEnabled", value)?;
        }
        if let Some(value) = &self.kiosk_customization {
            map.serialize_entry("kioskCustomization", value)?;
        }
        if let Some(value) = &self.location_mode {
            map.serialize_entry("locationMode", value)?;
        }
        if let Some(value) = &self.long_support_message {
            map.serialize_entry("longSupportMessage", value)?;
        }
        if self.maximum_time_to_lock.is_some() {
            map.serialize_entry(
                "maximumTimeToLock",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.maximum_time_to_lock),
            )?;
        }
        if let Some(value) = &self.microphone_access {
            map.serialize_entry("microphoneAccess", value)?;
        }
        if let Some(value) = &self.minimum_api_level {
            map.serialize_entry("minimumApiLevel", value)?;
        }
        if let Some(value) = &self.mobile_networks_config_disabled {
            map.serialize_entry("mobileNetworksConfigDisabled", value)?;
        }
        if let Some(value) = &self.modify_accounts_disabled {
            map.serialize_entry("modifyAccountsDisabled", value)?;
        }
        if let Some(value) = &self.mount_physical_media_disabled {
            map.serialize_entry("mountPhysicalMediaDisabled", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.network_escape_hatch_enabled {
            map.serialize_entry("networkEscapeHatchEnabled", value)?;
        }
        if let Some(value) = &self.network_reset_disabled {
            map.serialize_entry("networkResetDisabled", value)?;
        }
        if let Some(value) = &self.onc_certificate_providers {
            map.serialize_entry("oncCertificateProviders", value)?;
        }
        if let Some(value) = &self.open_network_configuration {
            map.serialize_entry("openNetworkConfiguration", value)?;
        }
        if let Some(value) = &self.outgoing_beam_disabled {
            map.serialize_entry("outgoingBeamDisabled", value)?;
        }
        if let Some(value) = &self.outgoing_calls_disabled {
            map.serialize_entry("outgoingCallsDisabled", value)?;
        }
        if let Some(value) = &self.password_policies {
            map.serialize_entry("passwordPolicies", value)?;
        }
        if let Some(value) = &self.password_requirements {
            map.serialize_entry("passwordRequirements", value)?;
        }
        if let Some(value) = &self.permission_grants {
            map.serialize_entry("permissionGrants", value)?;
        }
        if let Some(value) = &self.permitted_accessibility_services {
            map.serialize_entry("permittedAccessibilityServices", value)?;
        }
        if let Some(value) = &self.permitted_input_methods {
            map.serialize_entry("permittedInputMethods", value)?;
        }
        if let Some(value) = &self.persistent_preferred_activities {
            map.serialize_entry("persistentPreferredActivities", value)?;
        }
        if let Some(value) = &self.personal_usage_policies {
            map.serialize_entry("personalUsagePolicies", value)?;
        }
        if let Some(value) = &self.play_store_mode {
            map.serialize_entry("playStoreMode", value)?;
        }
        if let Some(value) = &self.policy_enforcement_rules {
            map.serialize_entry("policyEnforcementRules", value)?;
        }
        if let Some(value) = &self.preferential_network_service {
            map.serialize_entry("preferentialNetworkService", value)?;
        }
        if let Some(value) = &self.printing_policy {
            map.serialize_entry("printingPolicy", value)?;
        }
        if let Some(value) = &self.private_key_selection_enabled {
            map.serialize_entry("privateKeySelectionEnabled", value)?;
        }
        if let Some(value) = &self.recommended_global_proxy {
            map.serialize_entry("recommendedGlobalProxy", value)?;
        }
        if let Some(value) = &self.remove_user_disabled {
            map.serialize_entry("removeUserDisabled", value)?;
        }
        if let Some(value) = &self.safe_boot_disabled {
            map.serialize_entry("safeBootDisabled", value)?;
        }
        if let Some(value) = &self.screen_capture_disabled {
            map.serialize_entry("screenCaptureDisabled", value)?;
        }
        if let Some(value) = &self.set_user_icon_disabled {
            map.serialize_entry("setUserIconDisabled", value)?;
        }
        if let Some(value) = &self.set_wallpaper_disabled {
            map.serialize_entry("setWallpaperDisabled", value)?;
        }
        if let Some(value) = &self.setup_actions {
            map.serialize_entry("setupActions", value)?;
        }
        if let Some(value) = &self.share_location_disabled {
            map.serialize_entry("shareLocationDisabled", value)?;
        }
        if let Some(value) = &self.short_support_message {
            map.serialize_entry("shortSupportMessage", value)?;
        }
        if let Some(value) = &self.skip_first_use_hints_enabled {
            map.serialize_entry("skipFirstUseHintsEnabled", value)?;
        }
        if let Some(value) = &self.sms_disabled {
            map.serialize_entry("smsDisabled", value)?;
        }
        if let Some(value) = &self.status_bar_disabled {
            map.serialize_entry("statusBarDisabled", value)?;
        }
        if let Some(value) = &self.status_reporting_settings {
            map.serialize_entry("statusReportingSettings", value)?;
        }
        if let Some(value) = &self.stay_on_plugged_modes {
            map.serialize_entry("stayOnPluggedModes", value)?;
        }
        if let Some(value) = &self.system_update {
            map.serialize_entry("systemUpdate", value)?;
        }
        if let Some(value) = &self.tethering_config_disabled {
            map.serialize_entry("tetheringConfigDisabled", value)?;
        }
        if let Some(value) = &self.unified_update_policy {
            map.serialize_entry("unifiedUpdatePolicy", value)?;
        }
        if let Some(value) = &self.uninstall_apps_disabled {
            map.serialize_entry("uninstallAppsDisabled", value)?;
        }
        if let Some(value) = &self.unmute_microphone_disabled {
            map.serialize_entry("unmuteMicrophoneDisabled", value)?;
        }
        if let Some(value) = &self.usage_log {
            map.serialize_entry("usageLog", value)?;
        }
        if let Some(value) = &self.usb_file_transfer_disabled {
            map.serialize_entry("usbFileTransferDisabled", value)?;
        }
        if let Some(value) = &self.usb_mass_storage_enabled {
            map.serialize_entry("usbMassStorageEnabled", value)?;
        }
        if self.version.is_some() {
            map.serialize_entry(
                "version",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.version),
            )?;
        }
        if let Some(value) = &self.vpn_config_disabled {
            map.serialize_entry("vpnConfigDisabled", value)?;
        }
        if let Some(value) = &self.wifi_config_disabled {
            map.serialize_entry("wifiConfigDisabled", value)?;
        }
        if let Some(value) = &self.wifi_configs_lockdown_enabled {
            map.serialize_entry("wifiConfigsLockdownEnabled", value)?;
        }
        if let Some(value) = &self.wipe_data_flags {
            map.serialize_entry("wipeDataFlags", value)?;
        }
        if let Some(value) = &self.work_account_setup_config {
            map.serialize_entry("workAccountSetupConfig", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Policy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Policy {
    const NAME: &'static str = "Policy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accountTypesWithManagementDisabled" => {
                self.account_types_with_management_disabled = map.next_value()?;
            }
            "addUserDisabled" => self.add_user_disabled = map.next_value()?,
            "adjustVolumeDisabled" => self.adjust_volume_disabled = map.next_value()?,
            "advancedSecurityOverrides" => {
                self.advanced_security_overrides = map.next_value()?;
            }
            "alwaysOnVpnPackage" => self.always_on_vpn_package = map.next_value()?,
            "androidDevicePolicyTracks" => {
                self.android_device_policy_tracks = map.next_value()?;
            }
            "appAutoUpdatePolicy" => self.app_auto_update_policy = map.next_value()?,
            "appFunctions" => self.app_functions = map.next_value()?,
            "applications" => self.applications = map.next_value()?,
            "assistContentPolicy" => self.assist_content_policy = map.next_value()?,
            "autoDateAndTimeZone" => self.auto_date_and_time_zone = map.next_value()?,
            "autoTimeRequired" => self.auto_time_required = map.next_value()?,
            "autofillPolicy" => self.autofill_policy = map.next_value()?,
            "backupService" => self.backup_service = map.next_value()?,
            "blockApplicationsEnabled" => {
                self.block_applications_enabled = map.next_value()?;
            }
            "bluetoothConfigDisabled" => {
                self.bluetooth_config_disabled = map.next_value()?;
            }
            "bluetoothContactSharingDisabled" => {
                self.bluetooth_contact_sharing_disabled = map.next_value()?;
            }
            "bluetoothDisabled" => self.bluetooth_disabled = map.next_value()?,
            "cameraAccess" => self.camera_access = map.next_value()?,
            "cameraDisabled" => self.camera_disabled = map.next_value()?,
            "cellBroadcastsConfigDisabled" => {
                self.cell_broadcasts_config_disabled = map.next_value()?;
            }
            "choosePrivateKeyRules" => self.choose_private_key_rules = map.next_value()?,
            "complianceRules" => self.compliance_rules = map.next_value()?,
            "createWindowsDisabled" => self.create_windows_disabled = map.next_value()?,
            "credentialProviderPolicyDefault" => {
                self.credential_provider_policy_default = map.next_value()?;
            }
            "credentialsConfigDisabled" => {
                self.credentials_config_disabled = map.next_value()?;
            }
            "crossDevicePolicies" => self.cross_device_policies = map.next_value()?,
            "crossProfilePolicies" => self.cross_profile_policies = map.next_value()?,
            "dataRoamingDisabled" => self.data_roaming_disabled = map.next_value()?,
            "debuggingFeaturesAllowed" => {
                self.debugging_features_allowed = map.next_value()?;
            }
            "defaultApplicationSettings" => {
                self.default_application_settings = map.next_value()?;
            }
            "defaultPermissionPolicy" => {
                self.default_permission_policy = map.next_value()?;
            }
            "deviceConnectivityManagement" => {
                self.device_connectivity_management = map.next_value()?;
            }
            "deviceOwnerLockScreenInfo" => {
                self.device_owner_lock_screen_info = map.next_value()?;
            }
            "deviceRadioState" => self.device_radio_state = map.next_value()?,
            "deviceWidePolicies" => self.device_wide_policies = map.next_value()?,
            "displaySettings" => self.display_settings = map.next_value()?,
            "encryptionPolicy" => self.encryption_policy = map.next_value()?,
            "ensureVerifyAppsEnabled" => {
                self.ensure_verify_apps_enabled = map.next_value()?;
            }
            "enterpriseDisplayNameVisibility" => {
                self.enterprise_display_name_visibility = map.next_value()?;
            }
            "factoryResetDisabled" => self.factory_reset_disabled = map.next_value()?,
            "frpAdminEmails" => self.frp_admin_emails = map.next_value()?,
            "funDisabled" => self.fun_disabled = map.next_value()?,
            "installAppsDisabled" => self.install_apps_disabled = map.next_value()?,
            "installUnknownSourcesAllowed" => {
                self.install_unknown_sources_allowed = map.next_value()?;
            }
            "keyguardDisabled" => self.keyguard_disabled = map.next_value()?,
            "keyguardDisabledFeatures" => {
                self.keyguard_disabled_features = map.next_value()?;
            }
            "kioskCustomLauncherEnabled" => {
                self.kiosk_custom_launcher_enabled = map.next_value()?;
            }
            "kioskCustomization" => self.kiosk_customization = map.next_value()?,
            "locationMode" => self.location_mode = map.next_value()?,
            "longSupportMessage" => self.long_support_message = map.next_value()?,
            "maximumTimeToLock" => {
                self.maximum_time_to_lock = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "microphoneAccess" => self.microphone_access = map.next_value()?,
            "minimumApiLevel" => self.minimum_api_level = map.next_value()?,
            "mobileNetworksConfigDisabled" => {
                self.mobile_networks_config_disabled = map.next_value()?;
            }
            "modifyAccountsDisabled" => self.modify_accounts_disabled = map.next_value()?,
            "mountPhysicalMediaDisabled" => {
                self.mount_physical_media_disabled = map.next_value()?;
            }
            "name" => self.name = map.next_value()?,
            "networkEscapeHatchEnabled" => {
                self.network_escape_hatch_enabled = map.next_value()?;
            }
            "networkResetDisabled" => self.network_reset_disabled = map.next_value()?,
            "oncCertificateProviders" => {
                self.onc_certificate_providers = map.next_value()?;
            }
            "openNetworkConfiguration" => {
                self.open_network_configuration = map.next_value()?;
            }
            "outgoingBeamDisabled" => self.outgoing_beam_disabled = map.next_value()?,
            "outgoingCallsDisabled" => self.outgoing_calls_disabled = map.next_value()?,
            "passwordPolicies" => self.password_policies = map.next_value()?,
            "passwordRequirements" => self.password_requirements = map.next_value()?,
            "permissionGrants" => self.permission_grants = map.next_value()?,
            "permittedAccessibilityServices" => {
                self.permitted_accessibility_services = map.next_value()?;
            }
            "permittedInputMethods" => self.permitted_input_methods = map.next_value()?,
            "persistentPreferredActivities" => {
                self.persistent_preferred_activities = map.next_value()?;
            }
            "personalUsagePolicies" => self.personal_usage_policies = map.next_value()?,
            "playStoreMode" => self.play_store_mode = map.next_value()?,
            "policyEnforcementRules" => self.policy_enforcement_rules = map.next_value()?,
            "preferentialNetworkService" => {
                self.preferential_network_service = map.next_value()?;
            }
            "printingPolicy" => self.printing_policy = map.next_value()?,
            "privateKeySelectionEnabled" => {
                self.private_key_selection_enabled = map.next_value()?;
            }
            "recommendedGlobalProxy" => self.recommended_global_proxy = map.next_value()?,
            "removeUserDisabled" => self.remove_user_disabled = map.next_value()?,
            "safeBootDisabled" => self.safe_boot_disabled = map.next_value()?,
            "screenCaptureDisabled" => self.screen_capture_disabled = map.next_value()?,
            "setUserIconDisabled" => self.set_user_icon_disabled = map.next_value()?,
            "setWallpaperDisabled" => self.set_wallpaper_disabled = map.next_value()?,
            "setupActions" => self.setup_actions = map.next_value()?,
            "shareLocationDisabled" => self.share_location_disabled = map.next_value()?,
            "shortSupportMessage" => self.short_support_message = map.next_value()?,
            "skipFirstUseHintsEnabled" => {
                self.skip_first_use_hints_enabled = map.next_value()?;
            }
            "smsDisabled" => self.sms_disabled = map.next_value()?,
            "statusBarDisabled" => self.status_bar_disabled = map.next_value()?,
            "statusReportingSettings" => {
                self.status_reporting_settings = map.next_value()?;
            }
            "stayOnPluggedModes" => self.stay_on_plugged_modes = map.next_value()?,
            "systemUpdate" => self.system_update = map.next_value()?,
            "tetheringConfigDisabled" => {
                self.tethering_config_disabled = map.next_value()?;
            }
            "unifiedUpdatePolicy" => self.unified_update_policy = map.next_value()?,
            "uninstallAppsDisabled" => self.uninstall_apps_disabled = map.next_value()?,
            "unmuteMicrophoneDisabled" => {
                self.unmute_microphone_disabled = map.next_value()?;
            }
            "usageLog" => self.usage_log = map.next_value()?,
            "usbFileTransferDisabled" => {
                self.usb_file_transfer_disabled = map.next_value()?;
            }
            "usbMassStorageEnabled" => self.usb_mass_storage_enabled = map.next_value()?,
            "version" => {
                self.version = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "vpnConfigDisabled" => self.vpn_config_disabled = map.next_value()?,
            "wifiConfigDisabled" => self.wifi_config_disabled = map.next_value()?,
            "wifiConfigsLockdownEnabled" => {
                self.wifi_configs_lockdown_enabled = map.next_value()?;
            }
            "wipeDataFlags" => self.wipe_data_flags = map.next_value()?,
            "workAccountSetupConfig" => {
                self.work_account_setup_config = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyAndroidDevicePolicyTracks {
    /// This value is ignored.
    ///
    /// `APP_TRACK_UNSPECIFIED` on the wire.
    #[default]
    AppTrackUnspecified,
    /// The production track, which provides the latest stable release.
    ///
    /// `PRODUCTION` on the wire.
    Production,
    /// The beta track, which provides the latest beta release.
    ///
    /// `BETA` on the wire.
    Beta,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyAndroidDevicePolicyTracks {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppTrackUnspecified => "APP_TRACK_UNSPECIFIED",
            Self::Production => "PRODUCTION",
            Self::Beta => "BETA",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APP_TRACK_UNSPECIFIED" => Self::AppTrackUnspecified,
            "PRODUCTION" => Self::Production,
            "BETA" => Self::Beta,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyAndroidDevicePolicyTracks);

/// Recommended alternative: autoUpdateMode which is set per app, provides greater flexibility
/// around update frequency.When autoUpdateMode is set to AUTO_UPDATE_POSTPONED or
/// AUTO_UPDATE_HIGH_PRIORITY, this field has no effect.The app auto update policy, which
/// controls when automatic app updates can be applied.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyAppAutoUpdatePolicy {
    /// The auto-update policy is not set. Equivalent to CHOICE_TO_THE_USER.
    ///
    /// `APP_AUTO_UPDATE_POLICY_UNSPECIFIED` on the wire.
    #[default]
    AppAutoUpdatePolicyUnspecified,
    /// The user can control auto-updates.
    ///
    /// `CHOICE_TO_THE_USER` on the wire.
    ChoiceToTheUser,
    /// Apps are never auto-updated.
    ///
    /// `NEVER` on the wire.
    Never,
    /// Apps are auto-updated over Wi-Fi only.
    ///
    /// `WIFI_ONLY` on the wire.
    WifiOnly,
    /// Apps are auto-updated at any time. Data charges may apply.
    ///
    /// `ALWAYS` on the wire.
    Always,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyAppAutoUpdatePolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppAutoUpdatePolicyUnspecified => "APP_AUTO_UPDATE_POLICY_UNSPECIFIED",
            Self::ChoiceToTheUser => "CHOICE_TO_THE_USER",
            Self::Never => "NEVER",
            Self::WifiOnly => "WIFI_ONLY",
            Self::Always => "ALWAYS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APP_AUTO_UPDATE_POLICY_UNSPECIFIED" => Self::AppAutoUpdatePolicyUnspecified,
            "CHOICE_TO_THE_USER" => Self::ChoiceToTheUser,
            "NEVER" => Self::Never,
            "WIFI_ONLY" => Self::WifiOnly,
            "ALWAYS" => Self::Always,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyAppAutoUpdatePolicy);

/// Optional. Controls whether apps on the device for fully managed devices or in the work
/// profile for devices with work profiles are allowed to expose app functions.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyAppFunctions {
    /// Unspecified. Defaults to APP_FUNCTIONS_ALLOWED.
    ///
    /// `APP_FUNCTIONS_UNSPECIFIED` on the wire.
    #[default]
    AppFunctionsUnspecified,
    /// Apps on the device for fully managed devices or in the work profile for devices with work
    /// profiles are not allowed to expose app functions. If this is set, crossProfileAppFunctions
    /// must not be set to CROSS_PROFILE_APP_FUNCTIONS_ALLOWED, otherwise the policy will be
    /// rejected.
    ///
    /// `APP_FUNCTIONS_DISALLOWED` on the wire.
    AppFunctionsDisallowed,
    /// Apps on the device for fully managed devices or in the work profile for devices with work
    /// profiles are allowed to expose app functions.
    ///
    /// `APP_FUNCTIONS_ALLOWED` on the wire.
    AppFunctionsAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyAppFunctions {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppFunctionsUnspecified => "APP_FUNCTIONS_UNSPECIFIED",
            Self::AppFunctionsDisallowed => "APP_FUNCTIONS_DISALLOWED",
            Self::AppFunctionsAllowed => "APP_FUNCTIONS_ALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APP_FUNCTIONS_UNSPECIFIED" => Self::AppFunctionsUnspecified,
            "APP_FUNCTIONS_DISALLOWED" => Self::AppFunctionsDisallowed,
            "APP_FUNCTIONS_ALLOWED" => Self::AppFunctionsAllowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyAppFunctions);

/// Optional. Controls whether AssistContent
/// (<https://developer.android.com/reference/android/app/assist/AssistContent>) is allowed to
/// be sent to a privileged app such as an assistant app. AssistContent includes screenshots and
/// information about an app, such as package name. This is supported on Android 15 and above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyAssistContentPolicy {
    /// Unspecified. Defaults to ASSIST_CONTENT_ALLOWED.
    ///
    /// `ASSIST_CONTENT_POLICY_UNSPECIFIED` on the wire.
    #[default]
    AssistContentPolicyUnspecified,
    /// Assist content is blocked from being sent to a privileged app.Supported on Android 15 and
    /// above. A NonComplianceDetail with API_LEVEL is reported if the Android version is less
    /// than 15.
    ///
    /// `ASSIST_CONTENT_DISALLOWED` on the wire.
    AssistContentDisallowed,
    /// Assist content is allowed to be sent to a privileged app.Supported on Android 15 and above.
    ///
    /// `ASSIST_CONTENT_ALLOWED` on the wire.
    AssistContentAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyAssistContentPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AssistContentPolicyUnspecified => "ASSIST_CONTENT_POLICY_UNSPECIFIED",
            Self::AssistContentDisallowed => "ASSIST_CONTENT_DISALLOWED",
            Self::AssistContentAllowed => "ASSIST_CONTENT_ALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ASSIST_CONTENT_POLICY_UNSPECIFIED" => Self::AssistContentPolicyUnspecified,
            "ASSIST_CONTENT_DISALLOWED" => Self::AssistContentDisallowed,
            "ASSIST_CONTENT_ALLOWED" => Self::AssistContentAllowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyAssistContentPolicy);

/// Whether auto date, time, and time zone are enabled on a company-owned device. If this is
/// set, then autoTimeRequired is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyAutoDateAndTimeZone {
    /// Unspecified. Defaults to AUTO_DATE_AND_TIME_ZONE_USER_CHOICE.
    ///
    /// `AUTO_DATE_AND_TIME_ZONE_UNSPECIFIED` on the wire.
    #[default]
    AutoDateAndTimeZoneUnspecified,
    /// Auto date, time, and time zone are left to user's choice.
    ///
    /// `AUTO_DATE_AND_TIME_ZONE_USER_CHOICE` on the wire.
    AutoDateAndTimeZoneUserChoice,
    /// Enforce auto date, time, and time zone on the device.
    ///
    /// `AUTO_DATE_AND_TIME_ZONE_ENFORCED` on the wire.
    AutoDateAndTimeZoneEnforced,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyAutoDateAndTimeZone {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AutoDateAndTimeZoneUnspecified => "AUTO_DATE_AND_TIME_ZONE_UNSPECIFIED",
            Self::AutoDateAndTimeZoneUserChoice => "AUTO_DATE_AND_TIME_ZONE_USER_CHOICE",
            Self::AutoDateAndTimeZoneEnforced => "AUTO_DATE_AND_TIME_ZONE_ENFORCED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "AUTO_DATE_AND_TIME_ZONE_UNSPECIFIED" => Self::AutoDateAndTimeZoneUnspecified,
            "AUTO_DATE_AND_TIME_ZONE_USER_CHOICE" => Self::AutoDateAndTimeZoneUserChoice,
            "AUTO_DATE_AND_TIME_ZONE_ENFORCED" => Self::AutoDateAndTimeZoneEnforced,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyAutoDateAndTimeZone);

/// Optional. The policy for the autofill service.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyAutofillPolicy {
    /// Defaults to AUTOFILL_USER_CHOICE.
    ///
    /// `AUTOFILL_POLICY_UNSPECIFIED` on the wire.
    #[default]
    AutofillPolicyUnspecified,
    /// The user can choose and use an autofill service.
    ///
    /// `AUTOFILL_USER_CHOICE` on the wire.
    AutofillUserChoice,
    /// Autofill is disabled and the user is not allowed to change this setting. This is supported
    /// only on Android 8 and above.
    ///
    /// `AUTOFILL_DISABLED` on the wire.
    AutofillDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyAutofillPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AutofillPolicyUnspecified => "AUTOFILL_POLICY_UNSPECIFIED",
            Self::AutofillUserChoice => "AUTOFILL_USER_CHOICE",
            Self::AutofillDisabled => "AUTOFILL_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "AUTOFILL_POLICY_UNSPECIFIED" => Self::AutofillPolicyUnspecified,
            "AUTOFILL_USER_CHOICE" => Self::AutofillUserChoice,
            "AUTOFILL_DISABLED" => Self::AutofillDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyAutofillPolicy);

/// Optional. Controls whether the backup service is disabled. Supported only on fully managed
/// devices running Android 8 and above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyBackupService {
    /// Unspecified. Defaults to BACKUP_SERVICE_DISABLED.
    ///
    /// `BACKUP_SERVICE_UNSPECIFIED` on the wire.
    #[default]
    BackupServiceUnspecified,
    /// Backup service is disabled. The user is not allowed to change this setting. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 8 on a
    /// fully managed device.
    ///
    /// `BACKUP_SERVICE_DISABLED` on the wire.
    BackupServiceDisabled,
    /// The user can enable or disable the backup service. A NonComplianceDetail with API_LEVEL is
    /// reported if the Android version is less than 8 on a fully managed device.
    ///
    /// `BACKUP_SERVICE_USER_CHOICE` on the wire.
    BackupServiceUserChoice,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyBackupService {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::BackupServiceUnspecified => "BACKUP_SERVICE_UNSPECIFIED",
            Self::BackupServiceDisabled => "BACKUP_SERVICE_DISABLED",
            Self::BackupServiceUserChoice => "BACKUP_SERVICE_USER_CHOICE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "BACKUP_SERVICE_UNSPECIFIED" => Self::BackupServiceUnspecified,
            "BACKUP_SERVICE_DISABLED" => Self::BackupServiceDisabled,
            "BACKUP_SERVICE_USER_CHOICE" => Self::BackupServiceUserChoice,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyBackupService);

/// Controls the use of the camera and whether the user has access to the camera access toggle.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyCameraAccess {
    /// If camera_disabled is true, this is equivalent to CAMERA_ACCESS_DISABLED. Otherwise, this is
    /// equivalent to CAMERA_ACCESS_USER_CHOICE.
    ///
    /// `CAMERA_ACCESS_UNSPECIFIED` on the wire.
    #[default]
    CameraAccessUnspecified,
    /// The field camera_disabled is ignored. This is the default device behaviour: all cameras on
    /// the device are available. On Android 12 and above, the user can use the camera access
    /// toggle.
    ///
    /// `CAMERA_ACCESS_USER_CHOICE` on the wire.
    CameraAccessUserChoice,
    /// The field camera_disabled is ignored. All cameras on the device are disabled (for fully
    /// managed devices, this applies device-wide and for work profiles this applies only to the
    /// work profile).There are no explicit restrictions placed on the camera access toggle on
    /// Android 12 and above: on fully managed devices, the camera access toggle has no effect as
    /// all cameras are disabled. On devices with a work profile, this toggle has no effect on apps
    /// in the work profile, but it affects apps outside the work profile.
    ///
    /// `CAMERA_ACCESS_DISABLED` on the wire.
    CameraAccessDisabled,
    /// The field camera_disabled is ignored. All cameras on the device are available. On fully
    /// managed devices running Android 12 and above, the user is unable to use the camera access
    /// toggle. On devices which are not fully managed or which run Android 11 or below, this is
    /// equivalent to CAMERA_ACCESS_USER_CHOICE.
    ///
    /// `CAMERA_ACCESS_ENFORCED` on the wire.
    CameraAccessEnforced,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyCameraAccess {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CameraAccessUnspecified => "CAMERA_ACCESS_UNSPECIFIED",
            Self::CameraAccessUserChoice => "CAMERA_ACCESS_USER_CHOICE",
            Self::CameraAccessDisabled => "CAMERA_ACCESS_DISABLED",
            Self::CameraAccessEnforced => "CAMERA_ACCESS_ENFORCED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CAMERA_ACCESS_UNSPECIFIED" => Self::CameraAccessUnspecified,
            "CAMERA_ACCESS_USER_CHOICE" => Self::CameraAccessUserChoice,
            "CAMERA_ACCESS_DISABLED" => Self::CameraAccessDisabled,
            "CAMERA_ACCESS_ENFORCED" => Self::CameraAccessEnforced,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyCameraAccess);

/// Optional. Controls which apps are allowed to act as credential providers on Android 14 and
/// above. These apps store credentials, see this
/// (<https://developer.android.com/training/sign-in/passkeys>) and this
/// (<https://developer.android.com/reference/androidx/credentials/CredentialManager>) for
/// details. See also credentialProviderPolicy.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyCredentialProviderPolicyDefault {
    /// Unspecified. Defaults to CREDENTIAL_PROVIDER_DEFAULT_DISALLOWED.
    ///
    /// `CREDENTIAL_PROVIDER_POLICY_DEFAULT_UNSPECIFIED` on the wire.
    #[default]
    CredentialProviderPolicyDefaultUnspecified,
    /// Apps with credentialProviderPolicy unspecified are not allowed to act as a credential
    /// provider.
    ///
    /// `CREDENTIAL_PROVIDER_DEFAULT_DISALLOWED` on the wire.
    CredentialProviderDefaultDisallowed,
    /// Apps with credentialProviderPolicy unspecified are not allowed to act as a credential
    /// provider except for the OEM default credential providers. OEM default credential providers
    /// are always allowed to act as credential providers.
    ///
    /// `CREDENTIAL_PROVIDER_DEFAULT_DISALLOWED_EXCEPT_SYSTEM` on the wire.
    CredentialProviderDefaultDisallowedExceptSystem,
    /// Apps with credentialProviderPolicy unspecified are allowed to act as a credential provider.
    ///
    /// `CREDENTIAL_PROVIDER_DEFAULT_ALLOWED` on the wire.
    CredentialProviderDefaultAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyCredentialProviderPolicyDefault {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CredentialProviderPolicyDefaultUnspecified => {
                "CREDENTIAL_PROVIDER_POLICY_DEFAULT_UNSPECIFIED"
            }
            Self::CredentialProviderDefaultDisallowed => {
                "CREDENTIAL_PROVIDER_DEFAULT_DISALLOWED"
            }
            Self::CredentialProviderDefaultDisallowedExceptSystem => {
                "CREDENTIAL_PROVIDER_DEFAULT_DISALLOWED_EXCEPT_SYSTEM"
            }
            Self::CredentialProviderDefaultAllowed => {
                "CREDENTIAL_PROVIDER_DEFAULT_ALLOWED"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CREDENTIAL_PROVIDER_POLICY_DEFAULT_UNSPECIFIED" => {
                Self::CredentialProviderPolicyDefaultUnspecified
            }
            "CREDENTIAL_PROVIDER_DEFAULT_DISALLOWED" => {
                Self::CredentialProviderDefaultDisallowed
            }
            "CREDENTIAL_PROVIDER_DEFAULT_DISALLOWED_EXCEPT_SYSTEM" => {
                Self::CredentialProviderDefaultDisallowedExceptSystem
            }
            "CREDENTIAL_PROVIDER_DEFAULT_ALLOWED" => {
                Self::CredentialProviderDefaultAllowed
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyCredentialProviderPolicyDefault);

/// The default permission policy for runtime permission requests.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyDefaultPermissionPolicy {
    /// Policy not specified. If no policy is specified for a permission at any level, then the
    /// PROMPT behavior is used by default.
    ///
    /// `PERMISSION_POLICY_UNSPECIFIED` on the wire.
    #[default]
    PermissionPolicyUnspecified,
    /// Prompt the user to grant a permission.
    ///
    /// `PROMPT` on the wire.
    Prompt,
    /// Automatically grant a permission.On Android 12 and above, READ_SMS
    /// (<https://developer.android.com/reference/android/Manifest.permission#READ_SMS>) and
    /// following sensor-related permissions can only be granted on fully managed devices:
    /// ACCESS_FINE_LOCATION
    /// (<https://developer.android.com/reference/android/Manifest.permission#ACCESS_FINE_LOCATION>)
    /// ACCESS_BACKGROUND_LOCATION
    /// (<https://developer.android.com/reference/android/Manifest.permission#ACCESS_BACKGROUND_LOCATION>)
    /// ACCESS_COARSE_LOCATION
    /// (<https://developer.android.com/reference/android/Manifest.permission#ACCESS_COARSE_LOCATION>)
    /// CAMERA (<https://developer.android.com/reference/android/Manifest.permission#CAMERA>)
    /// RECORD_AUDIO
    /// (<https://developer.android.com/reference/android/Manifest.permission#RECORD_AUDIO>)
    /// ACTIVITY_RECOGNITION
    /// (<https://developer.android.com/reference/android/Manifest.permission#ACTIVITY_RECOGNITION>)
    /// BODY_SENSORS
    /// (<https://developer.android.com/reference/android/Manifest.permission#BODY_SENSORS>)
    ///
    /// `GRANT` on the wire.
    Grant,
    /// Automatically deny a permission.
    ///
    /// `DENY` on the wire.
    Deny,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyDefaultPermissionPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PermissionPolicyUnspecified => "PERMISSION_POLICY_UNSPECIFIED",
            Self::Prompt => "PROMPT",
            Self::Grant => "GRANT",
            Self::Deny => "DENY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PERMISSION_POLICY_UNSPECIFIED" => Self::PermissionPolicyUnspecified,
            "PROMPT" => Self::Prompt,
            "GRANT" => Self::Grant,
            "DENY" => Self::Deny,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyDefaultPermissionPolicy);

/// Whether encryption is enabled
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyEncryptionPolicy {
    /// This value is ignored, i.e. no encryption required
    ///
    /// `ENCRYPTION_POLICY_UNSPECIFIED` on the wire.
    #[default]
    EncryptionPolicyUnspecified,
    /// Encryption required but no password required to boot
    ///
    /// `ENABLED_WITHOUT_PASSWORD` on the wire.
    EnabledWithoutPassword,
    /// Encryption required with password required to boot
    ///
    /// `ENABLED_WITH_PASSWORD` on the wire.
    EnabledWithPassword,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyEncryptionPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::EncryptionPolicyUnspecified => "ENCRYPTION_POLICY_UNSPECIFIED",
            Self::EnabledWithoutPassword => "ENABLED_WITHOUT_PASSWORD",
            Self::EnabledWithPassword => "ENABLED_WITH_PASSWORD",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ENCRYPTION_POLICY_UNSPECIFIED" => Self::EncryptionPolicyUnspecified,
            "ENABLED_WITHOUT_PASSWORD" => Self::EnabledWithoutPassword,
            "ENABLED_WITH_PASSWORD" => Self::EnabledWithPassword,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyEncryptionPolicy);

/// Optional. Controls whether the enterpriseDisplayName is visible on the device (e.g. lock
/// screen message on company-owned devices).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyEnterpriseDisplayNameVisibility {
    /// Unspecified. Defaults to ENTERPRISE_DISPLAY_NAME_VISIBLE.
    ///
    /// `ENTERPRISE_DISPLAY_NAME_VISIBILITY_UNSPECIFIED` on the wire.
    #[default]
    EnterpriseDisplayNameVisibilityUnspecified,
    /// The enterprise display name is visible on the device. Supported on work profiles on Android
    /// 7 and above. Supported on fully managed devices on Android 8 and above. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 7. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported on fully managed devices on Android 7.
    ///
    /// `ENTERPRISE_DISPLAY_NAME_VISIBLE` on the wire.
    EnterpriseDisplayNameVisible,
    /// The enterprise display name is hidden on the device.
    ///
    /// `ENTERPRISE_DISPLAY_NAME_HIDDEN` on the wire.
    EnterpriseDisplayNameHidden,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyEnterpriseDisplayNameVisibility {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::EnterpriseDisplayNameVisibilityUnspecified => {
                "ENTERPRISE_DISPLAY_NAME_VISIBILITY_UNSPECIFIED"
            }
            Self::EnterpriseDisplayNameVisible => "ENTERPRISE_DISPLAY_NAME_VISIBLE",
            Self::EnterpriseDisplayNameHidden => "ENTERPRISE_DISPLAY_NAME_HIDDEN",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ENTERPRISE_DISPLAY_NAME_VISIBILITY_UNSPECIFIED" => {
                Self::EnterpriseDisplayNameVisibilityUnspecified
            }
            "ENTERPRISE_DISPLAY_NAME_VISIBLE" => Self::EnterpriseDisplayNameVisible,
            "ENTERPRISE_DISPLAY_NAME_HIDDEN" => Self::EnterpriseDisplayNameHidden,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyEnterpriseDisplayNameVisibility);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyKeyguardDisabledFeatures {
    /// This value is ignored.
    ///
    /// `KEYGUARD_DISABLED_FEATURE_UNSPECIFIED` on the wire.
    #[default]
    KeyguardDisabledFeatureUnspecified,
    /// Disable the camera on secure keyguard screens (e.g. PIN).
    ///
    /// `CAMERA` on the wire.
    Camera,
    /// Disable showing all notifications on secure keyguard screens.
    ///
    /// `NOTIFICATIONS` on the wire.
    Notifications,
    /// Disable unredacted notifications on secure keyguard screens.
    ///
    /// `UNREDACTED_NOTIFICATIONS` on the wire.
    UnredactedNotifications,
    /// Ignore trust agent state on secure keyguard screens.
    ///
    /// `TRUST_AGENTS` on the wire.
    TrustAgents,
    /// Disable fingerprint sensor on secure keyguard screens.
    ///
    /// `DISABLE_FINGERPRINT` on the wire.
    DisableFingerprint,
    /// On devices running Android 6 and below, disables text entry into notifications on secure
    /// keyguard screens. Has no effect on Android 7 and above.
    ///
    /// `DISABLE_REMOTE_INPUT` on the wire.
    DisableRemoteInput,
    /// Disable face authentication on secure keyguard screens.
    ///
    /// `FACE` on the wire.
    Face,
    /// Disable iris authentication on secure keyguard screens.
    ///
    /// `IRIS` on the wire.
    Iris,
    /// Disable all biometric authentication on secure keyguard screens.
    ///
    /// `BIOMETRICS` on the wire.
    Biometrics,
    /// Disable all shortcuts on secure keyguard screen on Android 14 and above.
    ///
    /// `SHORTCUTS` on the wire.
    Shortcuts,
    /// Disable all current and future keyguard customizations.
    ///
    /// `ALL_FEATURES` on the wire.
    AllFeatures,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyKeyguardDisabledFeatures {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::KeyguardDisabledFeatureUnspecified => {
                "KEYGUARD_DISABLED_FEATURE_UNSPECIFIED"
            }
            Self::Camera => "CAMERA",
            Self::Notifications => "NOTIFICATIONS",
            Self::UnredactedNotifications => "UNREDACTED_NOTIFICATIONS",
            Self::TrustAgents => "TRUST_AGENTS",
            Self::DisableFingerprint => "DISABLE_FINGERPRINT",
            Self::DisableRemoteInput => "DISABLE_REMOTE_INPUT",
            Self::Face => "FACE",
            Self::Iris => "IRIS",
            Self::Biometrics => "BIOMETRICS",
            Self::Shortcuts => "SHORTCUTS",
            Self::AllFeatures => "ALL_FEATURES",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "KEYGUARD_DISABLED_FEATURE_UNSPECIFIED" => {
                Self::KeyguardDisabledFeatureUnspecified
            }
            "CAMERA" => Self::Camera,
            "NOTIFICATIONS" => Self::Notifications,
            "UNREDACTED_NOTIFICATIONS" => Self::UnredactedNotifications,
            "TRUST_AGENTS" => Self::TrustAgents,
            "DISABLE_FINGERPRINT" => Self::DisableFingerprint,
            "DISABLE_REMOTE_INPUT" => Self::DisableRemoteInput,
            "FACE" => Self::Face,
            "IRIS" => Self::Iris,
            "BIOMETRICS" => Self::Biometrics,
            "SHORTCUTS" => Self::Shortcuts,
            "ALL_FEATURES" => Self::AllFeatures,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyKeyguardDisabledFeatures);

/// The degree of location detection enabled.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyLocationMode {
    /// Defaults to LOCATION_USER_CHOICE.
    ///
    /// `LOCATION_MODE_UNSPECIFIED` on the wire.
    #[default]
    LocationModeUnspecified,
    /// Deprecated. On Android 8 and below, all location detection methods are enabled, including
    /// GPS, networks, and other sensors. On Android 9 and above, this is equivalent to
    /// LOCATION_ENFORCED.
    ///
    /// `HIGH_ACCURACY` on the wire.
    HighAccuracy,
    /// Deprecated. On Android 8 and below, only GPS and other sensors are enabled. On Android 9 and
    /// above, this is equivalent to LOCATION_ENFORCED.
    ///
    /// `SENSORS_ONLY` on the wire.
    SensorsOnly,
    /// Deprecated. On Android 8 and below, only the network location provider is enabled. On
    /// Android 9 and above, this is equivalent to LOCATION_ENFORCED.
    ///
    /// `BATTERY_SAVING` on the wire.
    BatterySaving,
    /// Deprecated. On Android 8 and below, location setting and accuracy are disabled. On Android 9
    /// and above, this is equivalent to LOCATION_DISABLED.
    ///
    /// `OFF` on the wire.
    Off,
    /// Location setting is not restricted on the device. No specific behavior is set or enforced.
    ///
    /// `LOCATION_USER_CHOICE` on the wire.
    LocationUserChoice,
    /// Enable location setting on the device. Important: On Android 11 and above, work profiles on
    /// company-owned devices cannot directly enforce enabling of location services. When
    /// LOCATION_ENFORCED is set, then a NonComplianceDetail with USER_ACTION is reported.
    /// Compliance can only be restored once the user manually turns on location services through
    /// the device's Settings application.
    ///
    /// `LOCATION_ENFORCED` on the wire.
    LocationEnforced,
    /// Disable location setting on the device. Important: On Android 11 and above, work profiles on
    /// company-owned devices cannot directly enforce disabling of location services. When
    /// LOCATION_DISABLED is set, then a nonComplianceDetail with USER_ACTION is reported.
    /// Compliance can only be restored once the user manually turns off location services through
    /// the device's Settings application.
    ///
    /// `LOCATION_DISABLED` on the wire.
    LocationDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyLocationMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::LocationModeUnspecified => "LOCATION_MODE_UNSPECIFIED",
            Self::HighAccuracy => "HIGH_ACCURACY",
            Self::SensorsOnly => "SENSORS_ONLY",
            Self::BatterySaving => "BATTERY_SAVING",
            Self::Off => "OFF",
            Self::LocationUserChoice => "LOCATION_USER_CHOICE",
            Self::LocationEnforced => "LOCATION_ENFORCED",
            Self::LocationDisabled => "LOCATION_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOCATION_MODE_UNSPECIFIED" => Self::LocationModeUnspecified,
            "HIGH_ACCURACY" => Self::HighAccuracy,
            "SENSORS_ONLY" => Self::SensorsOnly,
            "BATTERY_SAVING" => Self::BatterySaving,
            "OFF" => Self::Off,
            "LOCATION_USER_CHOICE" => Self::LocationUserChoice,
            "LOCATION_ENFORCED" => Self::LocationEnforced,
            "LOCATION_DISABLED" => Self::LocationDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyLocationMode);

/// Controls the use of the microphone and whether the user has access to the microphone access
/// toggle. This applies only on fully managed devices.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyMicrophoneAccess {
    /// If unmute_microphone_disabled is true, this is equivalent to MICROPHONE_ACCESS_DISABLED.
    /// Otherwise, this is equivalent to MICROPHONE_ACCESS_USER_CHOICE.
    ///
    /// `MICROPHONE_ACCESS_UNSPECIFIED` on the wire.
    #[default]
    MicrophoneAccessUnspecified,
    /// The field unmute_microphone_disabled is ignored. This is the default device behaviour: the
    /// microphone on the device is available. On Android 12 and above, the user can use the
    /// microphone access toggle.
    ///
    /// `MICROPHONE_ACCESS_USER_CHOICE` on the wire.
    MicrophoneAccessUserChoice,
    /// The field unmute_microphone_disabled is ignored. The microphone on the device is disabled
    /// (for fully managed devices, this applies device-wide).The microphone access toggle has no
    /// effect as the microphone is disabled.
    ///
    /// `MICROPHONE_ACCESS_DISABLED` on the wire.
    MicrophoneAccessDisabled,
    /// The field unmute_microphone_disabled is ignored. The microphone on the device is available.
    /// On devices running Android 12 and above, the user is unable to use the microphone access
    /// toggle. On devices which run Android 11 or below, this is equivalent to
    /// MICROPHONE_ACCESS_USER_CHOICE.
    ///
    /// `MICROPHONE_ACCESS_ENFORCED` on the wire.
    MicrophoneAccessEnforced,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyMicrophoneAccess {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::MicrophoneAccessUnspecified => "MICROPHONE_ACCESS_UNSPECIFIED",
            Self::MicrophoneAccessUserChoice => "MICROPHONE_ACCESS_USER_CHOICE",
            Self::MicrophoneAccessDisabled => "MICROPHONE_ACCESS_DISABLED",
            Self::MicrophoneAccessEnforced => "MICROPHONE_ACCESS_ENFORCED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "MICROPHONE_ACCESS_UNSPECIFIED" => Self::MicrophoneAccessUnspecified,
            "MICROPHONE_ACCESS_USER_CHOICE" => Self::MicrophoneAccessUserChoice,
            "MICROPHONE_ACCESS_DISABLED" => Self::MicrophoneAccessDisabled,
            "MICROPHONE_ACCESS_ENFORCED" => Self::MicrophoneAccessEnforced,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyMicrophoneAccess);

/// This mode controls which apps are available to the user in the Play Store and the behavior
/// on the device when apps are removed from the policy.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyPlayStoreMode {
    /// Unspecified. Defaults to WHITELIST.
    ///
    /// `PLAY_STORE_MODE_UNSPECIFIED` on the wire.
    #[default]
    PlayStoreModeUnspecified,
    /// Only apps that are in the policy are available and any app not in the policy will be
    /// automatically uninstalled from the device.
    ///
    /// `WHITELIST` on the wire.
    Whitelist,
    /// All apps are available and any app that should not be on the device should be explicitly
    /// marked as 'BLOCKED' in the applications policy.
    ///
    /// `BLACKLIST` on the wire.
    Blacklist,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyPlayStoreMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PlayStoreModeUnspecified => "PLAY_STORE_MODE_UNSPECIFIED",
            Self::Whitelist => "WHITELIST",
            Self::Blacklist => "BLACKLIST",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PLAY_STORE_MODE_UNSPECIFIED" => Self::PlayStoreModeUnspecified,
            "WHITELIST" => Self::Whitelist,
            "BLACKLIST" => Self::Blacklist,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyPlayStoreMode);

/// Controls whether preferential network service is enabled on the work profile or on fully
/// managed devices. For example, an organization may have an agreement with a carrier that all
/// of the work data from its employees' devices will be sent via a network service dedicated
/// for enterprise use. An example of a supported preferential network service is the enterprise
/// slice on 5G networks. This policy has no effect if preferentialNetworkServiceSettings or
/// ApplicationPolicy.preferentialNetworkId is set on devices running Android 13 or above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyPreferentialNetworkService {
    /// Unspecified. Defaults to PREFERENTIAL_NETWORK_SERVICES_DISABLED.
    ///
    /// `PREFERENTIAL_NETWORK_SERVICE_UNSPECIFIED` on the wire.
    #[default]
    PreferentialNetworkServiceUnspecified,
    /// Preferential network service is disabled on the work profile.
    ///
    /// `PREFERENTIAL_NETWORK_SERVICE_DISABLED` on the wire.
    PreferentialNetworkServiceDisabled,
    /// Preferential network service is enabled on the work profile. This setting is only supported
    /// on work profiles on devices running Android 12 or above. Starting with Android 13, fully
    /// managed devices are also supported.
    ///
    /// `PREFERENTIAL_NETWORK_SERVICE_ENABLED` on the wire.
    PreferentialNetworkServiceEnabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyPreferentialNetworkService {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PreferentialNetworkServiceUnspecified => {
                "PREFERENTIAL_NETWORK_SERVICE_UNSPECIFIED"
            }
            Self::PreferentialNetworkServiceDisabled => {
                "PREFERENTIAL_NETWORK_SERVICE_DISABLED"
            }
            Self::PreferentialNetworkServiceEnabled => {
                "PREFERENTIAL_NETWORK_SERVICE_ENABLED"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PREFERENTIAL_NETWORK_SERVICE_UNSPECIFIED" => {
                Self::PreferentialNetworkServiceUnspecified
            }
            "PREFERENTIAL_NETWORK_SERVICE_DISABLED" => {
                Self::PreferentialNetworkServiceDisabled
            }
            "PREFERENTIAL_NETWORK_SERVICE_ENABLED" => {
                Self::PreferentialNetworkServiceEnabled
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyPreferentialNetworkService);

/// Optional. Controls whether printing is allowed. This is supported on devices running Android
/// 9 and above. .
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyPrintingPolicy {
    /// Unspecified. Defaults to PRINTING_ALLOWED.
    ///
    /// `PRINTING_POLICY_UNSPECIFIED` on the wire.
    #[default]
    PrintingPolicyUnspecified,
    /// Printing is disallowed. A NonComplianceDetail with API_LEVEL is reported if the Android
    /// version is less than 9.
    ///
    /// `PRINTING_DISALLOWED` on the wire.
    PrintingDisallowed,
    /// Printing is allowed.
    ///
    /// `PRINTING_ALLOWED` on the wire.
    PrintingAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyPrintingPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PrintingPolicyUnspecified => "PRINTING_POLICY_UNSPECIFIED",
            Self::PrintingDisallowed => "PRINTING_DISALLOWED",
            Self::PrintingAllowed => "PRINTING_ALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PRINTING_POLICY_UNSPECIFIED" => Self::PrintingPolicyUnspecified,
            "PRINTING_DISALLOWED" => Self::PrintingDisallowed,
            "PRINTING_ALLOWED" => Self::PrintingAllowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyPrintingPolicy);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyStayOnPluggedModes {
    /// This value is ignored.
    ///
    /// `BATTERY_PLUGGED_MODE_UNSPECIFIED` on the wire.
    #[default]
    BatteryPluggedModeUnspecified,
    /// Power source is an AC charger.
    ///
    /// `AC` on the wire.
    Ac,
    /// Power source is a USB port.
    ///
    /// `USB` on the wire.
    Usb,
    /// Power source is wireless.
    ///
    /// `WIRELESS` on the wire.
    Wireless,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyStayOnPluggedModes {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::BatteryPluggedModeUnspecified => "BATTERY_PLUGGED_MODE_UNSPECIFIED",
            Self::Ac => "AC",
            Self::Usb => "USB",
            Self::Wireless => "WIRELESS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "BATTERY_PLUGGED_MODE_UNSPECIFIED" => Self::BatteryPluggedModeUnspecified,
            "AC" => Self::Ac,
            "USB" => Self::Usb,
            "WIRELESS" => Self::Wireless,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyStayOnPluggedModes);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyWipeDataFlags {
    /// This value must not be used.
    ///
    /// `WIPE_DATA_FLAG_UNSPECIFIED` on the wire.
    #[default]
    WipeDataFlagUnspecified,
    /// For company-owned devices, setting this in wipeDataFlags will remove all eSIMs on the device
    /// when wipe is triggered due to any reason. On personally-owned devices, this will remove only
    /// managed eSIMs on the device (eSIMs which are added via the ADD_ESIM command). This is
    /// supported on devices running Android 15 and above. A NonComplianceDetail with API_LEVEL is
    /// reported if the Android version is less than 15. For devices running on Android 16 or
    /// higher, managed eSIMs are always wiped when work profile is removed for personally-owned
    /// devices, whether this flag is provided or not.
    ///
    /// `WIPE_ESIMS` on the wire.
    WipeEsims,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyWipeDataFlags {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WipeDataFlagUnspecified => "WIPE_DATA_FLAG_UNSPECIFIED",
            Self::WipeEsims => "WIPE_ESIMS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WIPE_DATA_FLAG_UNSPECIFIED" => Self::WipeDataFlagUnspecified,
            "WIPE_ESIMS" => Self::WipeEsims,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyWipeDataFlags);
