use crate::runtime::{impl_open_enum, wire};

/// Policy for an individual app. Note: Application availability on a given device cannot be
/// changed using this policy if installAppsDisabled is enabled. The maximum number of
/// applications that you can specify per policy is 3,000.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplicationPolicy {
    /// List of the app’s track IDs that a device belonging to the enterprise can access. If the
    /// list contains multiple track IDs, devices receive the latest version among all accessible
    /// tracks. If the list contains no track IDs, devices only have access to the app’s production
    /// track. More details about each track are available in AppTrackInfo.
    pub accessible_track_ids: Option<Vec<String>>,
    /// Specifies whether the app is allowed networking when the VPN is not connected and
    /// alwaysOnVpnPackage.lockdownEnabled is enabled. If set to VPN_LOCKDOWN_ENFORCED, the app is
    /// not allowed networking, and if set to VPN_LOCKDOWN_EXEMPTION, the app is allowed networking.
    /// Only supported on devices running Android 10 and above. If this is not supported by the
    /// device, the device will contain a NonComplianceDetail with non_compliance_reason set to
    /// API_LEVEL and a fieldPath. If this is not applicable to the app, the device will contain a
    /// NonComplianceDetail with non_compliance_reason set to UNSUPPORTED and a fieldPath. The
    /// fieldPath is set to applications\[i\].alwaysOnVpnLockdownExemption, where i is the index of
    /// the package in the applications policy.
    pub always_on_vpn_lockdown_exemption: Option<
        crate::schemas::ApplicationPolicyAlwaysOnVpnLockdownExemption,
    >,
    /// Controls the auto-update mode for the app.
    pub auto_update_mode: Option<crate::schemas::ApplicationPolicyAutoUpdateMode>,
    /// Controls whether the app can communicate with itself across a device’s work and personal
    /// profiles, subject to user consent.
    pub connected_work_and_personal_app: Option<
        crate::schemas::ApplicationPolicyConnectedWorkAndPersonalApp,
    >,
    /// Optional. Whether the app is allowed to act as a credential provider on Android 14 and
    /// above.
    pub credential_provider_policy: Option<
        crate::schemas::ApplicationPolicyCredentialProviderPolicy,
    >,
    /// Optional. Configuration for this custom app.install_type must be set to CUSTOM for this to
    /// be set.
    pub custom_app_config: Option<crate::schemas::CustomAppConfig>,
    /// The default policy for all permissions requested by the app. If specified, this overrides
    /// the policy-level default_permission_policy which applies to all apps. It does not override
    /// the permission_grants which applies to all apps.
    pub default_permission_policy: Option<
        crate::schemas::ApplicationPolicyDefaultPermissionPolicy,
    >,
    /// The scopes delegated to the app from Android Device Policy. These provide additional
    /// privileges for the applications they are applied to.
    pub delegated_scopes: Option<Vec<crate::schemas::ApplicationPolicyDelegatedScopes>>,
    /// Whether the app is disabled. When disabled, the app data is still preserved.
    pub disabled: Option<bool>,
    /// Configuration to enable this app as an extension app, with the capability of interacting
    /// with Android Device Policy offline.This field can be set for at most one app. If there is
    /// any app with COMPANION_APP role, this field cannot be set.The signing key certificate
    /// fingerprint of the app on the device must match one of the entries in
    /// ApplicationPolicy.signingKeyCerts or ExtensionConfig.signingKeyFingerprintsSha256
    /// (deprecated) or the signing key certificate fingerprints obtained from Play Store for the
    /// app to be able to communicate with Android Device Policy. If the app is not on Play Store
    /// and if ApplicationPolicy.signingKeyCerts and ExtensionConfig.signingKeyFingerprintsSha256
    /// (deprecated) are not set, a NonComplianceDetail with INVALID_VALUE is reported.
    ///
    /// Deprecated.
    pub extension_config: Option<crate::schemas::ExtensionConfig>,
    /// Optional. The constraints for installing the app. You can specify a maximum of one
    /// InstallConstraint. Multiple constraints are rejected.
    pub install_constraint: Option<Vec<crate::schemas::InstallConstraint>>,
    /// Optional. Amongst apps with installType set to: FORCE_INSTALLED PREINSTALLEDthis controls
    /// the relative priority of installation. A value of 0 (default) means this app has no priority
    /// over other apps. For values between 1 and 10,000, a lower value means a higher priority.
    /// Values outside of the range 0 to 10,000 inclusive are rejected.
    pub install_priority: Option<i32>,
    /// The type of installation to perform.
    pub install_type: Option<crate::schemas::ApplicationPolicyInstallType>,
    /// Whether the app is allowed to lock itself in full-screen mode. DEPRECATED. Use InstallType
    /// KIOSK or kioskCustomLauncherEnabled to configure a dedicated device.
    ///
    /// Deprecated.
    pub lock_task_allowed: Option<bool>,
    /// Managed configuration applied to the app. The format for the configuration is dictated by
    /// the ManagedProperty values supported by the app. Each field name in the managed
    /// configuration must match the key field of the ManagedProperty. The field value must be
    /// compatible with the type of the ManagedProperty: *type* *JSON value* BOOL true or false
    /// STRING string INTEGER number CHOICE string MULTISELECT array of strings HIDDEN string
    /// BUNDLE_ARRAY array of objects Note: string values cannot be longer than 65535 characters.
    pub managed_configuration: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// The managed configurations template for the app, saved from the managed configurations
    /// iframe. This field is ignored if managed_configuration is set.
    pub managed_configuration_template: Option<
        crate::schemas::ManagedConfigurationTemplate,
    >,
    /// The minimum version of the app that runs on the device. If set, the device attempts to
    /// update the app to at least this version code. If the app is not up-to-date, the device will
    /// contain a NonComplianceDetail with non_compliance_reason set to APP_NOT_UPDATED. The app
    /// must already be published to Google Play with a version code greater than or equal to this
    /// value. At most 20 apps may specify a minimum version code per policy.
    pub minimum_version_code: Option<i32>,
    /// The package name of the app. For example, com.google.android.youtube for the YouTube app.
    pub package_name: Option<String>,
    /// Explicit permission grants or denials for the app. These values override the
    /// default_permission_policy and permission_grants which apply to all apps.
    pub permission_grants: Option<Vec<crate::schemas::PermissionGrant>>,
    /// Optional. ID of the preferential network the application uses. There must be a configuration
    /// for the specified network ID in preferentialNetworkServiceConfigs. If set to
    /// PREFERENTIAL_NETWORK_ID_UNSPECIFIED, the application will use the default network ID
    /// specified in defaultPreferentialNetworkId. See the documentation of
    /// defaultPreferentialNetworkId for the list of apps excluded from this defaulting. This
    /// applies on both work profiles and fully managed devices on Android 13 and above.
    pub preferential_network_id: Option<
        crate::schemas::ApplicationPolicyPreferentialNetworkId,
    >,
    /// Optional. Roles the app has.Apps having certain roles can be exempted from power and
    /// background execution restrictions, suspension and hibernation on Android 14 and above. The
    /// user control can also be disallowed for apps with certain roles on Android 11 and above.
    /// Refer to the documentation of each RoleType for more details.The app is notified about the
    /// roles that are set for it if the app has a notification receiver service with . The app is
    /// notified whenever its roles are updated or after the app is installed when it has nonempty
    /// list of roles. The app can use this notification to bootstrap itself after the installation.
    /// See Integrate with the AMAPI SDK
    /// (<https://developers.google.com/android/management/sdk-integration>) and Manage app roles
    /// (<https://developers.google.com/android/management/app-roles>) guides for more details on
    /// the requirements for the service.For the exemptions to be applied and the app to be notified
    /// about the roles, the signing key certificate fingerprint of the app on the device must match
    /// one of the signing key certificate fingerprints obtained from Play Store or one of the
    /// entries in ApplicationPolicy.signingKeyCerts. Otherwise, a NonComplianceDetail with
    /// APP_SIGNING_CERT_MISMATCH is reported.There must not be duplicate roles with the same
    /// roleType. Multiple apps cannot hold a role with the same roleType. A role with type
    /// ROLE_TYPE_UNSPECIFIED is not allowed.
    pub roles: Option<Vec<crate::schemas::Role>>,
    /// Optional. Signing key certificates of the app.This field is required in the following cases:
    /// The app has installType set to CUSTOM (i.e. a custom app). The app has roles set to a
    /// nonempty list and the app does not exist on the Play Store. The app has extensionConfig set
    /// (i.e. an extension app) but ExtensionConfig.signingKeyFingerprintsSha256 (deprecated) is not
    /// set and the app does not exist on the Play Store.If this field is not set for a custom app,
    /// the policy is rejected. If it is not set when required for a non-custom app, a
    /// NonComplianceDetail with INVALID_VALUE is reported.For other cases, this field is optional
    /// and the signing key certificates obtained from Play Store are used.See following policy
    /// settings to see how this field is used: choosePrivateKeyRules
    /// ApplicationPolicy.InstallType.CUSTOM ApplicationPolicy.extensionConfig
    /// ApplicationPolicy.roles
    pub signing_key_certs: Option<Vec<crate::schemas::ApplicationSigningKeyCert>>,
    /// Optional. Specifies whether user control is permitted for the app. User control includes
    /// user actions like force-stopping and clearing app data. Certain types of apps have special
    /// treatment, see USER_CONTROL_SETTINGS_UNSPECIFIED and USER_CONTROL_ALLOWED for more details.
    pub user_control_settings: Option<
        crate::schemas::ApplicationPolicyUserControlSettings,
    >,
    /// Specifies whether the app installed in the work profile is allowed to add widgets to the
    /// home screen.
    pub work_profile_widgets: Option<
        crate::schemas::ApplicationPolicyWorkProfileWidgets,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationPolicy {
    /// Sets `accessibleTrackIds` (chainable).
    pub fn set_accessible_track_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.accessible_track_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("accessibleTrackIds");
        self
    }

    /// Sends `accessibleTrackIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_accessible_track_ids` takes it back.
    #[inline]
    pub fn clear_accessible_track_ids(mut self) -> Self {
        self.accessible_track_ids = None;
        self.unknown_fields
            .insert("accessibleTrackIds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `alwaysOnVpnLockdownExemption` (chainable).
    pub fn set_always_on_vpn_lockdown_exemption(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyAlwaysOnVpnLockdownExemption>,
    ) -> Self {
        self.always_on_vpn_lockdown_exemption = Some(value.into());
        self.unknown_fields.remove("alwaysOnVpnLockdownExemption");
        self
    }

    /// Sends `alwaysOnVpnLockdownExemption` as JSON `null`, which clears it on the server
    /// (chainable); `set_always_on_vpn_lockdown_exemption` takes it back.
    #[inline]
    pub fn clear_always_on_vpn_lockdown_exemption(mut self) -> Self {
        self.always_on_vpn_lockdown_exemption = None;
        self.unknown_fields
            .insert("alwaysOnVpnLockdownExemption".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autoUpdateMode` (chainable).
    pub fn set_auto_update_mode(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyAutoUpdateMode>,
    ) -> Self {
        self.auto_update_mode = Some(value.into());
        self.unknown_fields.remove("autoUpdateMode");
        self
    }

    /// Sends `autoUpdateMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_update_mode` takes it back.
    #[inline]
    pub fn clear_auto_update_mode(mut self) -> Self {
        self.auto_update_mode = None;
        self.unknown_fields.insert("autoUpdateMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `connectedWorkAndPersonalApp` (chainable).
    pub fn set_connected_work_and_personal_app(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyConnectedWorkAndPersonalApp>,
    ) -> Self {
        self.connected_work_and_personal_app = Some(value.into());
        self.unknown_fields.remove("connectedWorkAndPersonalApp");
        self
    }

    /// Sends `connectedWorkAndPersonalApp` as JSON `null`, which clears it on the server
    /// (chainable); `set_connected_work_and_personal_app` takes it back.
    #[inline]
    pub fn clear_connected_work_and_personal_app(mut self) -> Self {
        self.connected_work_and_personal_app = None;
        self.unknown_fields
            .insert("connectedWorkAndPersonalApp".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `credentialProviderPolicy` (chainable).
    pub fn set_credential_provider_policy(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyCredentialProviderPolicy>,
    ) -> Self {
        self.credential_provider_policy = Some(value.into());
        self.unknown_fields.remove("credentialProviderPolicy");
        self
    }

    /// Sends `credentialProviderPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_credential_provider_policy` takes it back.
    #[inline]
    pub fn clear_credential_provider_policy(mut self) -> Self {
        self.credential_provider_policy = None;
        self.unknown_fields
            .insert("credentialProviderPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customAppConfig` (chainable).
    pub fn set_custom_app_config(
        mut self,
        value: impl Into<crate::schemas::CustomAppConfig>,
    ) -> Self {
        self.custom_app_config = Some(value.into());
        self.unknown_fields.remove("customAppConfig");
        self
    }

    /// Sends `customAppConfig` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_app_config` takes it back.
    #[inline]
    pub fn clear_custom_app_config(mut self) -> Self {
        self.custom_app_config = None;
        self.unknown_fields
            .insert("customAppConfig".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultPermissionPolicy` (chainable).
    pub fn set_default_permission_policy(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyDefaultPermissionPolicy>,
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

    /// Sets `delegatedScopes` (chainable).
    pub fn set_delegated_scopes(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ApplicationPolicyDelegatedScopes>,
        >,
    ) -> Self {
        self.delegated_scopes = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("delegatedScopes");
        self
    }

    /// Sends `delegatedScopes` as JSON `null`, which clears it on the server (chainable);
    /// `set_delegated_scopes` takes it back.
    #[inline]
    pub fn clear_delegated_scopes(mut self) -> Self {
        self.delegated_scopes = None;
        self.unknown_fields
            .insert("delegatedScopes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `disabled` (chainable).
    pub fn set_disabled(mut self, value: impl Into<bool>) -> Self {
        self.disabled = Some(value.into());
        self.unknown_fields.remove("disabled");
        self
    }

    /// Sends `disabled` as JSON `null`, which clears it on the server (chainable); `set_disabled`
    /// takes it back.
    #[inline]
    pub fn clear_disabled(mut self) -> Self {
        self.disabled = None;
        self.unknown_fields.insert("disabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `extensionConfig` (chainable).
    pub fn set_extension_config(
        mut self,
        value: impl Into<crate::schemas::ExtensionConfig>,
    ) -> Self {
        self.extension_config = Some(value.into());
        self.unknown_fields.remove("extensionConfig");
        self
    }

    /// Sends `extensionConfig` as JSON `null`, which clears it on the server (chainable);
    /// `set_extension_config` takes it back.
    #[inline]
    pub fn clear_extension_config(mut self) -> Self {
        self.extension_config = None;
        self.unknown_fields
            .insert("extensionConfig".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `installConstraint` (chainable).
    pub fn set_install_constraint(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::InstallConstraint>>,
    ) -> Self {
        self.install_constraint = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("installConstraint");
        self
    }

    /// Sends `installConstraint` as JSON `null`, which clears it on the server (chainable);
    /// `set_install_constraint` takes it back.
    #[inline]
    pub fn clear_install_constraint(mut self) -> Self {
        self.install_constraint = None;
        self.unknown_fields
            .insert("installConstraint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `installPriority` (chainable).
    pub fn set_install_priority(mut self, value: impl Into<i32>) -> Self {
        self.install_priority = Some(value.into());
        self.unknown_fields.remove("installPriority");
        self
    }

    /// Sends `installPriority` as JSON `null`, which clears it on the server (chainable);
    /// `set_install_priority` takes it back.
    #[inline]
    pub fn clear_install_priority(mut self) -> Self {
        self.install_priority = None;
        self.unknown_fields
            .insert("installPriority".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `installType` (chainable).
    pub fn set_install_type(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyInstallType>,
    ) -> Self {
        self.install_type = Some(value.into());
        self.unknown_fields.remove("installType");
        self
    }

    /// Sends `installType` as JSON `null`, which clears it on the server (chainable);
    /// `set_install_type` takes it back.
    #[inline]
    pub fn clear_install_type(mut self) -> Self {
        self.install_type = None;
        self.unknown_fields.insert("installType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lockTaskAllowed` (chainable).
    pub fn set_lock_task_allowed(mut self, value: impl Into<bool>) -> Self {
        self.lock_task_allowed = Some(value.into());
        self.unknown_fields.remove("lockTaskAllowed");
        self
    }

    /// Sends `lockTaskAllowed` as JSON `null`, which clears it on the server (chainable);
    /// `set_lock_task_allowed` takes it back.
    #[inline]
    pub fn clear_lock_task_allowed(mut self) -> Self {
        self.lock_task_allowed = None;
        self.unknown_fields
            .insert("lockTaskAllowed".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managedConfiguration` (chainable).
    pub fn set_managed_configuration(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<serde_json::Value>),
        >,
    ) -> Self {
        self.managed_configuration = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("managedConfiguration");
        self
    }

    /// Sends `managedConfiguration` as JSON `null`, which clears it on the server (chainable);
    /// `set_managed_configuration` takes it back.
    #[inline]
    pub fn clear_managed_configuration(mut self) -> Self {
        self.managed_configuration = None;
        self.unknown_fields
            .insert("managedConfiguration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managedConfigurationTemplate` (chainable).
    pub fn set_managed_configuration_template(
        mut self,
        value: impl Into<crate::schemas::ManagedConfigurationTemplate>,
    ) -> Self {
        self.managed_configuration_template = Some(value.into());
        self.unknown_fields.remove("managedConfigurationTemplate");
        self
    }

    /// Sends `managedConfigurationTemplate` as JSON `null`, which clears it on the server
    /// (chainable); `set_managed_configuration_template` takes it back.
    #[inline]
    pub fn clear_managed_configuration_template(mut self) -> Self {
        self.managed_configuration_template = None;
        self.unknown_fields
            .insert("managedConfigurationTemplate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `minimumVersionCode` (chainable).
    pub fn set_minimum_version_code(mut self, value: impl Into<i32>) -> Self {
        self.minimum_version_code = Some(value.into());
        self.unknown_fields.remove("minimumVersionCode");
        self
    }

    /// Sends `minimumVersionCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_minimum_version_code` takes it back.
    #[inline]
    pub fn clear_minimum_version_code(mut self) -> Self {
        self.minimum_version_code = None;
        self.unknown_fields
            .insert("minimumVersionCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `packageName` (chainable).
    pub fn set_package_name(mut self, value: impl Into<String>) -> Self {
        self.package_name = Some(value.into());
        self.unknown_fields.remove("packageName");
        self
    }

    /// Sends `packageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_name` takes it back.
    #[inline]
    pub fn clear_package_name(mut self) -> Self {
        self.package_name = None;
        self.unknown_fields.insert("packageName".to_owned(), serde_json::Value::Null);
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

    /// Sets `preferentialNetworkId` (chainable).
    pub fn set_preferential_network_id(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyPreferentialNetworkId>,
    ) -> Self {
        self.preferential_network_id = Some(value.into());
        self.unknown_fields.remove("preferentialNetworkId");
        self
    }

    /// Sends `preferentialNetworkId` as JSON `null`, which clears it on the server (chainable);
    /// `set_preferential_network_id` takes it back.
    #[inline]
    pub fn clear_preferential_network_id(mut self) -> Self {
        self.preferential_network_id = None;
        self.unknown_fields
            .insert("preferentialNetworkId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `roles` (chainable).
    pub fn set_roles(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Role>>,
    ) -> Self {
        self.roles = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("roles");
        self
    }

    /// Sends `roles` as JSON `null`, which clears it on the server (chainable); `set_roles` takes
    /// it back.
    #[inline]
    pub fn clear_roles(mut self) -> Self {
        self.roles = None;
        self.unknown_fields.insert("roles".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signingKeyCerts` (chainable).
    pub fn set_signing_key_certs(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ApplicationSigningKeyCert>,
        >,
    ) -> Self {
        self.signing_key_certs = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("signingKeyCerts");
        self
    }

    /// Sends `signingKeyCerts` as JSON `null`, which clears it on the server (chainable);
    /// `set_signing_key_certs` takes it back.
    #[inline]
    pub fn clear_signing_key_certs(mut self) -> Self {
        self.signing_key_certs = None;
        self.unknown_fields
            .insert("signingKeyCerts".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userControlSettings` (chainable).
    pub fn set_user_control_settings(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyUserControlSettings>,
    ) -> Self {
        self.user_control_settings = Some(value.into());
        self.unknown_fields.remove("userControlSettings");
        self
    }

    /// Sends `userControlSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_user_control_settings` takes it back.
    #[inline]
    pub fn clear_user_control_settings(mut self) -> Self {
        self.user_control_settings = None;
        self.unknown_fields
            .insert("userControlSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `workProfileWidgets` (chainable).
    pub fn set_work_profile_widgets(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicyWorkProfileWidgets>,
    ) -> Self {
        self.work_profile_widgets = Some(value.into());
        self.unknown_fields.remove("workProfileWidgets");
        self
    }

    /// Sends `workProfileWidgets` as JSON `null`, which clears it on the server (chainable);
    /// `set_work_profile_widgets` takes it back.
    #[inline]
    pub fn clear_work_profile_widgets(mut self) -> Self {
        self.work_profile_widgets = None;
        self.unknown_fields
            .insert("workProfileWidgets".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ApplicationPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.accessible_track_ids {
            map.serialize_entry("accessibleTrackIds", value)?;
        }
        if let Some(value) = &self.always_on_vpn_lockdown_exemption {
            map.serialize_entry("alwaysOnVpnLockdownExemption", value)?;
        }
        if let Some(value) = &self.auto_update_mode {
            map.serialize_entry("autoUpdateMode", value)?;
        }
        if let Some(value) = &self.connected_work_and_personal_app {
            map.serialize_entry("connectedWorkAndPersonalApp", value)?;
        }
        if let Some(value) = &self.credential_provider_policy {
            map.serialize_entry("credentialProviderPolicy", value)?;
        }
        if let Some(value) = &self.custom_app_config {
            map.serialize_entry("customAppConfig", value)?;
        }
        if let Some(value) = &self.default_permission_policy {
            map.serialize_entry("defaultPermissionPolicy", value)?;
        }
        if let Some(value) = &self.delegated_scopes {
            map.serialize_entry("delegatedScopes", value)?;
        }
        if let Some(value) = &self.disabled {
            map.serialize_entry("disabled", value)?;
        }
        if let Some(value) = &self.extension_config {
            map.serialize_entry("extensionConfig", value)?;
        }
        if let Some(value) = &self.install_constraint {
            map.serialize_entry("installConstraint", value)?;
        }
        if let Some(value) = &self.install_priority {
            map.serialize_entry("installPriority", value)?;
        }
        if let Some(value) = &self.install_type {
            map.serialize_entry("installType", value)?;
        }
        if let Some(value) = &self.lock_task_allowed {
            map.serialize_entry("lockTaskAllowed", value)?;
        }
        if let Some(value) = &self.managed_configuration {
            map.serialize_entry("managedConfiguration", value)?;
        }
        if let Some(value) = &self.managed_configuration_template {
            map.serialize_entry("managedConfigurationTemplate", value)?;
        }
        if let Some(value) = &self.minimum_version_code {
            map.serialize_entry("minimumVersionCode", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        if let Some(value) = &self.permission_grants {
            map.serialize_entry("permissionGrants", value)?;
        }
        if let Some(value) = &self.preferential_network_id {
            map.serialize_entry("preferentialNetworkId", value)?;
        }
        if let Some(value) = &self.roles {
            map.serialize_entry("roles", value)?;
        }
        if let Some(value) = &self.signing_key_certs {
            map.serialize_entry("signingKeyCerts", value)?;
        }
        if let Some(value) = &self.user_control_settings {
            map.serialize_entry("userControlSettings", value)?;
        }
        if let Some(value) = &self.work_profile_widgets {
            map.serialize_entry("workProfileWidgets", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApplicationPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApplicationPolicy {
    const NAME: &'static str = "ApplicationPolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accessibleTrackIds" => self.accessible_track_ids = map.next_value()?,
            "alwaysOnVpnLockdownExemption" => {
                self.always_on_vpn_lockdown_exemption = map.next_value()?;
            }
            "autoUpdateMode" => self.auto_update_mode = map.next_value()?,
            "connectedWorkAndPersonalApp" => {
                self.connected_work_and_personal_app = map.next_value()?;
            }
            "credentialProviderPolicy" => {
                self.credential_provider_policy = map.next_value()?;
            }
            "customAppConfig" => self.custom_app_config = map.next_value()?,
            "defaultPermissionPolicy" => {
                self.default_permission_policy = map.next_value()?;
            }
            "delegatedScopes" => self.delegated_scopes = map.next_value()?,
            "disabled" => self.disabled = map.next_value()?,
            "extensionConfig" => self.extension_config = map.next_value()?,
            "installConstraint" => self.install_constraint = map.next_value()?,
            "installPriority" => self.install_priority = map.next_value()?,
            "installType" => self.install_type = map.next_value()?,
            "lockTaskAllowed" => self.lock_task_allowed = map.next_value()?,
            "managedConfiguration" => self.managed_configuration = map.next_value()?,
            "managedConfigurationTemplate" => {
                self.managed_configuration_template = map.next_value()?;
            }
            "minimumVersionCode" => self.minimum_version_code = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            "permissionGrants" => self.permission_grants = map.next_value()?,
            "preferentialNetworkId" => self.preferential_network_id = map.next_value()?,
            "roles" => self.roles = map.next_value()?,
            "signingKeyCerts" => self.signing_key_certs = map.next_value()?,
            "userControlSettings" => self.user_control_settings = map.next_value()?,
            "workProfileWidgets" => self.work_profile_widgets = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Specifies whether the app is allowed networking when the VPN is not connected and
/// alwaysOnVpnPackage.lockdownEnabled is enabled. If set to VPN_LOCKDOWN_ENFORCED, the app is
/// not allowed networking, and if set to VPN_LOCKDOWN_EXEMPTION, the app is allowed networking.
/// Only supported on devices running Android 10 and above. If this is not supported by the
/// device, the device will contain a NonComplianceDetail with non_compliance_reason set to
/// API_LEVEL and a fieldPath. If this is not applicable to the app, the device will contain a
/// NonComplianceDetail with non_compliance_reason set to UNSUPPORTED and a fieldPath. The
/// fieldPath is set to applications\[i\].alwaysOnVpnLockdownExemption, where i is the index of
/// the package in the applications policy.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyAlwaysOnVpnLockdownExemption {
    /// Unspecified. Defaults to VPN_LOCKDOWN_ENFORCED.
    ///
    /// `ALWAYS_ON_VPN_LOCKDOWN_EXEMPTION_UNSPECIFIED` on the wire.
    #[default]
    AlwaysOnVpnLockdownExemptionUnspecified,
    /// The app respects the always-on VPN lockdown setting.
    ///
    /// `VPN_LOCKDOWN_ENFORCED` on the wire.
    VpnLockdownEnforced,
    /// The app is exempt from the always-on VPN lockdown setting.
    ///
    /// `VPN_LOCKDOWN_EXEMPTION` on the wire.
    VpnLockdownExemption,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyAlwaysOnVpnLockdownExemption {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AlwaysOnVpnLockdownExemptionUnspecified => {
                "ALWAYS_ON_VPN_LOCKDOWN_EXEMPTION_UNSPECIFIED"
            }
            Self::VpnLockdownEnforced => "VPN_LOCKDOWN_ENFORCED",
            Self::VpnLockdownExemption => "VPN_LOCKDOWN_EXEMPTION",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ALWAYS_ON_VPN_LOCKDOWN_EXEMPTION_UNSPECIFIED" => {
                Self::AlwaysOnVpnLockdownExemptionUnspecified
            }
            "VPN_LOCKDOWN_ENFORCED" => Self::VpnLockdownEnforced,
            "VPN_LOCKDOWN_EXEMPTION" => Self::VpnLockdownExemption,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyAlwaysOnVpnLockdownExemption);

/// Controls the auto-update mode for the app.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyAutoUpdateMode {
    /// Unspecified. Defaults to AUTO_UPDATE_DEFAULT.
    ///
    /// `AUTO_UPDATE_MODE_UNSPECIFIED` on the wire.
    #[default]
    AutoUpdateModeUnspecified,
    /// The default update mode.The app is automatically updated with low priority to minimize the
    /// impact on the user.The app is updated when all of the following constraints are met: The
    /// device is not actively used. The device is connected to an unmetered network. The device is
    /// charging. The app to be updated is not running in the foreground.The device is notified
    /// about a new update within 24 hours after it is published by the developer, after which the
    /// app is updated the next time the constraints above are met.
    ///
    /// `AUTO_UPDATE_DEFAULT` on the wire.
    AutoUpdateDefault,
    /// The app is not automatically updated for a maximum of 90 days after the app becomes out of
    /// date.90 days after the app becomes out of date, the latest available version is installed
    /// automatically with low priority (see AUTO_UPDATE_DEFAULT). After the app is updated it is
    /// not automatically updated again until 90 days after it becomes out of date again.The user
    /// can still manually update the app from the Play Store at any time.
    ///
    /// `AUTO_UPDATE_POSTPONED` on the wire.
    AutoUpdatePostponed,
    /// The app is updated as soon as possible. No constraints are applied.The device is notified as
    /// soon as possible about a new update after it becomes available.*NOTE:* Updates to apps with
    /// larger deployments across Android's ecosystem can take up to 24h.
    ///
    /// `AUTO_UPDATE_HIGH_PRIORITY` on the wire.
    AutoUpdateHighPriority,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyAutoUpdateMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AutoUpdateModeUnspecified => "AUTO_UPDATE_MODE_UNSPECIFIED",
            Self::AutoUpdateDefault => "AUTO_UPDATE_DEFAULT",
            Self::AutoUpdatePostponed => "AUTO_UPDATE_POSTPONED",
            Self::AutoUpdateHighPriority => "AUTO_UPDATE_HIGH_PRIORITY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "AUTO_UPDATE_MODE_UNSPECIFIED" => Self::AutoUpdateModeUnspecified,
            "AUTO_UPDATE_DEFAULT" => Self::AutoUpdateDefault,
            "AUTO_UPDATE_POSTPONED" => Self::AutoUpdatePostponed,
            "AUTO_UPDATE_HIGH_PRIORITY" => Self::AutoUpdateHighPriority,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyAutoUpdateMode);

/// Controls whether the app can communicate with itself across a device’s work and personal
/// profiles, subject to user consent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyConnectedWorkAndPersonalApp {
    /// Unspecified. Defaults to CONNECTED_WORK_AND_PERSONAL_APPS_DISALLOWED.
    ///
    /// `CONNECTED_WORK_AND_PERSONAL_APP_UNSPECIFIED` on the wire.
    #[default]
    ConnectedWorkAndPersonalAppUnspecified,
    /// Default. Prevents the app from communicating cross-profile.
    ///
    /// `CONNECTED_WORK_AND_PERSONAL_APP_DISALLOWED` on the wire.
    ConnectedWorkAndPersonalAppDisallowed,
    /// Allows the app to communicate across profiles after receiving user consent.
    ///
    /// `CONNECTED_WORK_AND_PERSONAL_APP_ALLOWED` on the wire.
    ConnectedWorkAndPersonalAppAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyConnectedWorkAndPersonalApp {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ConnectedWorkAndPersonalAppUnspecified => {
                "CONNECTED_WORK_AND_PERSONAL_APP_UNSPECIFIED"
            }
            Self::ConnectedWorkAndPersonalAppDisallowed => {
                "CONNECTED_WORK_AND_PERSONAL_APP_DISALLOWED"
            }
            Self::ConnectedWorkAndPersonalAppAllowed => {
                "CONNECTED_WORK_AND_PERSONAL_APP_ALLOWED"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CONNECTED_WORK_AND_PERSONAL_APP_UNSPECIFIED" => {
                Self::ConnectedWorkAndPersonalAppUnspecified
            }
            "CONNECTED_WORK_AND_PERSONAL_APP_DISALLOWED" => {
                Self::ConnectedWorkAndPersonalAppDisallowed
            }
            "CONNECTED_WORK_AND_PERSONAL_APP_ALLOWED" => {
                Self::ConnectedWorkAndPersonalAppAllowed
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyConnectedWorkAndPersonalApp);

/// Optional. Whether the app is allowed to act as a credential provider on Android 14 and
/// above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyCredentialProviderPolicy {
    /// Unspecified. The behaviour is governed by credentialProviderPolicyDefault.
    ///
    /// `CREDENTIAL_PROVIDER_POLICY_UNSPECIFIED` on the wire.
    #[default]
    CredentialProviderPolicyUnspecified,
    /// App is allowed to act as a credential provider.
    ///
    /// `CREDENTIAL_PROVIDER_ALLOWED` on the wire.
    CredentialProviderAllowed,
    /// App is not allowed to act as a credential provider.
    ///
    /// `CREDENTIAL_PROVIDER_DISALLOWED` on the wire.
    CredentialProviderDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyCredentialProviderPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CredentialProviderPolicyUnspecified => {
                "CREDENTIAL_PROVIDER_POLICY_UNSPECIFIED"
            }
            Self::CredentialProviderAllowed => "CREDENTIAL_PROVIDER_ALLOWED",
            Self::CredentialProviderDisallowed => "CREDENTIAL_PROVIDER_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CREDENTIAL_PROVIDER_POLICY_UNSPECIFIED" => {
                Self::CredentialProviderPolicyUnspecified
            }
            "CREDENTIAL_PROVIDER_ALLOWED" => Self::CredentialProviderAllowed,
            "CREDENTIAL_PROVIDER_DISALLOWED" => Self::CredentialProviderDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyCredentialProviderPolicy);

/// The default policy for all permissions requested by the app. If specified, this overrides
/// the policy-level default_permission_policy which applies to all apps. It does not override
/// the permission_grants which applies to all apps.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyDefaultPermissionPolicy {
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

impl wire::OpenEnum for ApplicationPolicyDefaultPermissionPolicy {
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
impl_open_enum!(ApplicationPolicyDefaultPermissionPolicy);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyDelegatedScopes {
    /// No delegation scope specified.
    ///
    /// `DELEGATED_SCOPE_UNSPECIFIED` on the wire.
    #[default]
    DelegatedScopeUnspecified,
    /// Grants access to certificate installation and management. This scope can be delegated to
    /// multiple applications.
    ///
    /// `CERT_INSTALL` on the wire.
    CertInstall,
    /// Grants access to managed configurations management. This scope can be delegated to multiple
    /// applications.
    ///
    /// `MANAGED_CONFIGURATIONS` on the wire.
    ManagedConfigurations,
    /// Grants access to blocking uninstallation. This scope can be delegated to multiple
    /// applications.
    ///
    /// `BLOCK_UNINSTALL` on the wire.
    BlockUninstall,
    /// Grants access to permission policy and permission grant state. This scope can be delegated
    /// to multiple applications.
    ///
    /// `PERMISSION_GRANT` on the wire.
    PermissionGrant,
    /// Grants access to package access state. This scope can be delegated to multiple applications.
    ///
    /// `PACKAGE_ACCESS` on the wire.
    PackageAccess,
    /// Grants access for enabling system apps. This scope can be delegated to multiple
    /// applications.
    ///
    /// `ENABLE_SYSTEM_APP` on the wire.
    EnableSystemApp,
    /// Grants access to network activity logs. Allows the delegated application to call
    /// setNetworkLoggingEnabled
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#setNetworkLoggingEnabled%28android.content.ComponentName,%20boolean%29>),
    /// isNetworkLoggingEnabled
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#isNetworkLoggingEnabled%28android.content.ComponentName%29>)
    /// and retrieveNetworkLogs
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#retrieveNetworkLogs%28android.content.ComponentName,%20long%29>)
    /// methods. This scope can be delegated to at most one application. Supported for fully managed
    /// devices on Android 10 and above. Supported for a work profile on Android 12 and above. When
    /// delegation is supported and set, NETWORK_ACTIVITY_LOGS is ignored.
    ///
    /// `NETWORK_ACTIVITY_LOGS` on the wire.
    NetworkActivityLogs,
    /// Grants access to security logs. Allows the delegated application to call
    /// setSecurityLoggingEnabled
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#setSecurityLoggingEnabled%28android.content.ComponentName,%20boolean%29>),
    /// isSecurityLoggingEnabled
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#isSecurityLoggingEnabled%28android.content.ComponentName%29>),
    /// retrieveSecurityLogs
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#retrieveSecurityLogs%28android.content.ComponentName%29>)
    /// and retrievePreRebootSecurityLogs
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#retrievePreRebootSecurityLogs%28android.content.ComponentName%29>)
    /// methods. This scope can be delegated to at most one application. Supported for fully managed
    /// devices and company-owned devices with a work profile on Android 12 and above. When
    /// delegation is supported and set, SECURITY_LOGS is ignored.
    ///
    /// `SECURITY_LOGS` on the wire.
    SecurityLogs,
    /// Grants access to selection of KeyChain certificates on behalf of requesting apps. Once
    /// granted, the delegated application will start receiving
    /// DelegatedAdminReceiver#onChoosePrivateKeyAlias
    /// (<https://developer.android.com/reference/android/app/admin/DelegatedAdminReceiver#onChoosePrivateKeyAlias%28android.content.Context,%20android.content.Intent,%20int,%20android.net.Uri,%20java.lang.String%29>).
    /// Allows the delegated application to call grantKeyPairToApp
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#grantKeyPairToApp%28android.content.ComponentName,%20java.lang.String,%20java.lang.String%29>)
    /// and revokeKeyPairFromApp
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#revokeKeyPairFromApp%28android.content.ComponentName,%20java.lang.String,%20java.lang.String%29>)
    /// methods. This scope can be delegated to at most one application. choosePrivateKeyRules must
    /// be empty and privateKeySelectionEnabled has no effect if certificate selection is delegated
    /// to an application.
    ///
    /// `CERT_SELECTION` on the wire.
    CertSelection,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyDelegatedScopes {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DelegatedScopeUnspecified => "DELEGATED_SCOPE_UNSPECIFIED",
            Self::CertInstall => "CERT_INSTALL",
            Self::ManagedConfigurations => "MANAGED_CONFIGURATIONS",
            Self::BlockUninstall => "BLOCK_UNINSTALL",
            Self::PermissionGrant => "PERMISSION_GRANT",
            Self::PackageAccess => "PACKAGE_ACCESS",
            Self::EnableSystemApp => "ENABLE_SYSTEM_APP",
            Self::NetworkActivityLogs => "NETWORK_ACTIVITY_LOGS",
            Self::SecurityLogs => "SECURITY_LOGS",
            Self::CertSelection => "CERT_SELECTION",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DELEGATED_SCOPE_UNSPECIFIED" => Self::DelegatedScopeUnspecified,
            "CERT_INSTALL" => Self::CertInstall,
            "MANAGED_CONFIGURATIONS" => Self::ManagedConfigurations,
            "BLOCK_UNINSTALL" => Self::BlockUninstall,
            "PERMISSION_GRANT" => Self::PermissionGrant,
            "PACKAGE_ACCESS" => Self::PackageAccess,
            "ENABLE_SYSTEM_APP" => Self::EnableSystemApp,
            "NETWORK_ACTIVITY_LOGS" => Self::NetworkActivityLogs,
            "SECURITY_LOGS" => Self::SecurityLogs,
            "CERT_SELECTION" => Self::CertSelection,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyDelegatedScopes);

/// The type of installation to perform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyInstallType {
    /// Unspecified. Defaults to AVAILABLE.
    ///
    /// `INSTALL_TYPE_UNSPECIFIED` on the wire.
    #[default]
    InstallTypeUnspecified,
    /// The app is automatically installed and can be removed by the user.
    ///
    /// `PREINSTALLED` on the wire.
    Preinstalled,
    /// The app is automatically installed regardless of a set maintenance window and can't be
    /// removed by the user.
    ///
    /// `FORCE_INSTALLED` on the wire.
    ForceInstalled,
    /// The app is blocked and can't be installed. If the app was installed under a previous policy,
    /// it will be uninstalled. This also blocks its instant app functionality.
    ///
    /// `BLOCKED` on the wire.
    Blocked,
    /// The app is available to install.
    ///
    /// `AVAILABLE` on the wire.
    Available,
    /// The app is automatically installed and can't be removed by the user and will prevent setup
    /// from completion until installation is complete.
    ///
    /// `REQUIRED_FOR_SETUP` on the wire.
    RequiredForSetup,
    /// Deprecated. The app is automatically installed in kiosk mode: it's set as the preferred home
    /// intent and whitelisted for lock task mode. Device setup won't complete until the app is
    /// installed. After installation, users won't be able to remove the app. You can only set this
    /// installType for one app per policy. When this is present in the policy, status bar will be
    /// automatically disabled.On Android 11 and above, when an app has this install type, the user
    /// control is disallowed for all apps. The IT admin can set userControlSettings to
    /// USER_CONTROL_ALLOWED to allow user control for specific apps.If there is any app with KIOSK
    /// role, then this install type cannot be set for any app.
    ///
    /// `KIOSK` on the wire.
    Kiosk,
    /// The app can only be installed and updated via AMAPI SDK command
    /// (<https://developers.google.com/android/management/extensibility-sdk-integration).Note>:
    /// This only affects fully managed devices. Play related fields minimumVersionCode,
    /// accessibleTrackIds, autoUpdateMode, installConstraint and installPriority cannot be set for
    /// the app. The app isn't available in the Play Store. The app installed on the device has
    /// applicationSource set to CUSTOM. When the current installType is CUSTOM, the signing key
    /// certificate fingerprint of the existing custom app on the device must match one of the
    /// entries in ApplicationPolicy.signingKeyCerts . Otherwise, a NonComplianceDetail with
    /// APP_SIGNING_CERT_MISMATCH is reported. Changing the installType from CUSTOM to another value
    /// must match the playstore version of the application signing key certificate fingerprint.
    /// Otherwise a NonComplianceDetail with APP_SIGNING_CERT_MISMATCH is reported. Changing the
    /// installType to CUSTOM uninstalls the existing app if its signing key certificate fingerprint
    /// of the installed app doesn't match the one from the ApplicationPolicy.signingKeyCerts .
    /// Removing the app from applications doesn't uninstall the existing app if it conforms to
    /// playStoreMode. See also customAppConfig. This is different from the Google Play Custom App
    /// Publishing (<https://developers.google.com/android/work/play/custom-app-api/get-started>)
    /// feature.
    ///
    /// `CUSTOM` on the wire.
    Custom,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyInstallType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::InstallTypeUnspecified => "INSTALL_TYPE_UNSPECIFIED",
            Self::Preinstalled => "PREINSTALLED",
            Self::ForceInstalled => "FORCE_INSTALLED",
            Self::Blocked => "BLOCKED",
            Self::Available => "AVAILABLE",
            Self::RequiredForSetup => "REQUIRED_FOR_SETUP",
            Self::Kiosk => "KIOSK",
            Self::Custom => "CUSTOM",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "INSTALL_TYPE_UNSPECIFIED" => Self::InstallTypeUnspecified,
            "PREINSTALLED" => Self::Preinstalled,
            "FORCE_INSTALLED" => Self::ForceInstalled,
            "BLOCKED" => Self::Blocked,
            "AVAILABLE" => Self::Available,
            "REQUIRED_FOR_SETUP" => Self::RequiredForSetup,
            "KIOSK" => Self::Kiosk,
            "CUSTOM" => Self::Custom,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyInstallType);

/// Optional. ID of the preferential network the application uses. There must be a configuration
/// for the specified network ID in preferentialNetworkServiceConfigs. If set to
/// PREFERENTIAL_NETWORK_ID_UNSPECIFIED, the application will use the default network ID
/// specified in defaultPreferentialNetworkId. See the documentation of
/// defaultPreferentialNetworkId for the list of apps excluded from this defaulting. This
/// applies on both work profiles and fully managed devices on Android 13 and above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyPreferentialNetworkId {
    /// Whether this value is valid and what it means depends on where it is used, and this is
    /// documented on the relevant fields.
    ///
    /// `PREFERENTIAL_NETWORK_ID_UNSPECIFIED` on the wire.
    #[default]
    PreferentialNetworkIdUnspecified,
    /// Application does not use any preferential network.
    ///
    /// `NO_PREFERENTIAL_NETWORK` on the wire.
    NoPreferentialNetwork,
    /// Preferential network identifier 1.
    ///
    /// `PREFERENTIAL_NETWORK_ID_ONE` on the wire.
    PreferentialNetworkIdOne,
    /// Preferential network identifier 2.
    ///
    /// `PREFERENTIAL_NETWORK_ID_TWO` on the wire.
    PreferentialNetworkIdTwo,
    /// Preferential network identifier 3.
    ///
    /// `PREFERENTIAL_NETWORK_ID_THREE` on the wire.
    PreferentialNetworkIdThree,
    /// Preferential network identifier 4.
    ///
    /// `PREFERENTIAL_NETWORK_ID_FOUR` on the wire.
    PreferentialNetworkIdFour,
    /// Preferential network identifier 5.
    ///
    /// `PREFERENTIAL_NETWORK_ID_FIVE` on the wire.
    PreferentialNetworkIdFive,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyPreferentialNetworkId {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PreferentialNetworkIdUnspecified => {
                "PREFERENTIAL_NETWORK_ID_UNSPECIFIED"
            }
            Self::NoPreferentialNetwork => "NO_PREFERENTIAL_NETWORK",
            Self::PreferentialNetworkIdOne => "PREFERENTIAL_NETWORK_ID_ONE",
            Self::PreferentialNetworkIdTwo => "PREFERENTIAL_NETWORK_ID_TWO",
            Self::PreferentialNetworkIdThree => "PREFERENTIAL_NETWORK_ID_THREE",
            Self::PreferentialNetworkIdFour => "PREFERENTIAL_NETWORK_ID_FOUR",
            Self::PreferentialNetworkIdFive => "PREFERENTIAL_NETWORK_ID_FIVE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PREFERENTIAL_NETWORK_ID_UNSPECIFIED" => {
                Self::PreferentialNetworkIdUnspecified
            }
            "NO_PREFERENTIAL_NETWORK" => Self::NoPreferentialNetwork,
            "PREFERENTIAL_NETWORK_ID_ONE" => Self::PreferentialNetworkIdOne,
            "PREFERENTIAL_NETWORK_ID_TWO" => Self::PreferentialNetworkIdTwo,
            "PREFERENTIAL_NETWORK_ID_THREE" => Self::PreferentialNetworkIdThree,
            "PREFERENTIAL_NETWORK_ID_FOUR" => Self::PreferentialNetworkIdFour,
            "PREFERENTIAL_NETWORK_ID_FIVE" => Self::PreferentialNetworkIdFive,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyPreferentialNetworkId);

/// Optional. Specifies whether user control is permitted for the app. User control includes
/// user actions like force-stopping and clearing app data. Certain types of apps have special
/// treatment, see USER_CONTROL_SETTINGS_UNSPECIFIED and USER_CONTROL_ALLOWED for more details.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyUserControlSettings {
    /// Uses the default behaviour of the app to determine if user control is allowed or disallowed.
    /// User control is allowed by default for most apps but disallowed for following types of apps:
    /// extension apps (see extensionConfig for more details) kiosk apps (see KIOSK install type for
    /// more details) apps with roles set to a nonempty list other critical system apps
    ///
    /// `USER_CONTROL_SETTINGS_UNSPECIFIED` on the wire.
    #[default]
    UserControlSettingsUnspecified,
    /// User control is allowed for the app. Kiosk apps can use this to allow user control. For
    /// extension apps (see extensionConfig for more details), user control is disallowed even if
    /// this value is set.For apps with roles set to a nonempty list (except roles containing only
    /// KIOSK role), this value cannot be set.For kiosk apps (see KIOSK install type and KIOSK role
    /// type for more details), this value can be used to allow user control.
    ///
    /// `USER_CONTROL_ALLOWED` on the wire.
    UserControlAllowed,
    /// User control is disallowed for the app. This is supported on Android 11 and above. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 11.
    ///
    /// `USER_CONTROL_DISALLOWED` on the wire.
    UserControlDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyUserControlSettings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UserControlSettingsUnspecified => "USER_CONTROL_SETTINGS_UNSPECIFIED",
            Self::UserControlAllowed => "USER_CONTROL_ALLOWED",
            Self::UserControlDisallowed => "USER_CONTROL_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "USER_CONTROL_SETTINGS_UNSPECIFIED" => Self::UserControlSettingsUnspecified,
            "USER_CONTROL_ALLOWED" => Self::UserControlAllowed,
            "USER_CONTROL_DISALLOWED" => Self::UserControlDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyUserControlSettings);

/// Specifies whether the app installed in the work profile is allowed to add widgets to the
/// home screen.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationPolicyWorkProfileWidgets {
    /// Unspecified. Defaults to work_profile_widgets_default
    ///
    /// `WORK_PROFILE_WIDGETS_UNSPECIFIED` on the wire.
    #[default]
    WorkProfileWidgetsUnspecified,
    /// Work profile widgets are allowed. This means the application will be able to add widgets to
    /// the home screen.
    ///
    /// `WORK_PROFILE_WIDGETS_ALLOWED` on the wire.
    WorkProfileWidgetsAllowed,
    /// Work profile widgets are disallowed. This means the application will not be able to add
    /// widgets to the home screen.
    ///
    /// `WORK_PROFILE_WIDGETS_DISALLOWED` on the wire.
    WorkProfileWidgetsDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationPolicyWorkProfileWidgets {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WorkProfileWidgetsUnspecified => "WORK_PROFILE_WIDGETS_UNSPECIFIED",
            Self::WorkProfileWidgetsAllowed => "WORK_PROFILE_WIDGETS_ALLOWED",
            Self::WorkProfileWidgetsDisallowed => "WORK_PROFILE_WIDGETS_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WORK_PROFILE_WIDGETS_UNSPECIFIED" => Self::WorkProfileWidgetsUnspecified,
            "WORK_PROFILE_WIDGETS_ALLOWED" => Self::WorkProfileWidgetsAllowed,
            "WORK_PROFILE_WIDGETS_DISALLOWED" => Self::WorkProfileWidgetsDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationPolicyWorkProfileWidgets);
