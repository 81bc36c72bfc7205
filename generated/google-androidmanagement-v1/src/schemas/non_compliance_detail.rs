use crate::runtime::{impl_open_enum, wire};

/// Provides detail about non-compliance with a policy setting.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct NonComplianceDetail {
    /// If the policy setting could not be applied, the current value of the setting on the device.
    pub current_value: Option<serde_json::Value>,
    /// For settings with nested fields, if a particular nested field is out of compliance, this
    /// specifies the full path to the offending field. The path is formatted in the same way the
    /// policy JSON field would be referenced in JavaScript, that is: 1) For object-typed fields,
    /// the field name is followed by a dot then by a subfield name. 2) For array-typed fields, the
    /// field name is followed by the array index enclosed in brackets. For example, to indicate a
    /// problem with the url field in the externalData field in the 3rd application, the path would
    /// be applications\[2\].externalData.url
    pub field_path: Option<String>,
    /// If package_name is set and the non-compliance reason is APP_NOT_INSTALLED or
    /// APP_NOT_UPDATED, the detailed reason the app can't be installed or updated.
    pub installation_failure_reason: Option<
        crate::schemas::NonComplianceDetailInstallationFailureReason,
    >,
    /// The reason the device is not in compliance with the setting.
    pub non_compliance_reason: Option<
        crate::schemas::NonComplianceDetailNonComplianceReason,
    >,
    /// The package name indicating which app is out of compliance, if applicable.
    pub package_name: Option<String>,
    /// The name of the policy setting. This is the JSON field name of a top-level Policy field.
    pub setting_name: Option<String>,
    /// Additional context for specific_non_compliance_reason.
    pub specific_non_compliance_context: Option<
        crate::schemas::SpecificNonComplianceContext,
    >,
    /// The policy-specific reason the device is not in compliance with the setting.
    pub specific_non_compliance_reason: Option<
        crate::schemas::NonComplianceDetailSpecificNonComplianceReason,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl NonComplianceDetail {
    /// Sets `currentValue` (chainable).
    pub fn set_current_value(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.current_value = Some(value.into());
        self.unknown_fields.remove("currentValue");
        self
    }

    /// Sends `currentValue` as JSON `null`, which clears it on the server (chainable);
    /// `set_current_value` takes it back.
    #[inline]
    pub fn clear_current_value(mut self) -> Self {
        self.current_value = None;
        self.unknown_fields.insert("currentValue".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fieldPath` (chainable).
    pub fn set_field_path(mut self, value: impl Into<String>) -> Self {
        self.field_path = Some(value.into());
        self.unknown_fields.remove("fieldPath");
        self
    }

    /// Sends `fieldPath` as JSON `null`, which clears it on the server (chainable);
    /// `set_field_path` takes it back.
    #[inline]
    pub fn clear_field_path(mut self) -> Self {
        self.field_path = None;
        self.unknown_fields.insert("fieldPath".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `installationFailureReason` (chainable).
    pub fn set_installation_failure_reason(
        mut self,
        value: impl Into<crate::schemas::NonComplianceDetailInstallationFailureReason>,
    ) -> Self {
        self.installation_failure_reason = Some(value.into());
        self.unknown_fields.remove("installationFailureReason");
        self
    }

    /// Sends `installationFailureReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_installation_failure_reason` takes it back.
    #[inline]
    pub fn clear_installation_failure_reason(mut self) -> Self {
        self.installation_failure_reason = None;
        self.unknown_fields
            .insert("installationFailureReason".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nonComplianceReason` (chainable).
    pub fn set_non_compliance_reason(
        mut self,
        value: impl Into<crate::schemas::NonComplianceDetailNonComplianceReason>,
    ) -> Self {
        self.non_compliance_reason = Some(value.into());
        self.unknown_fields.remove("nonComplianceReason");
        self
    }

    /// Sends `nonComplianceReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_non_compliance_reason` takes it back.
    #[inline]
    pub fn clear_non_compliance_reason(mut self) -> Self {
        self.non_compliance_reason = None;
        self.unknown_fields
            .insert("nonComplianceReason".to_owned(), serde_json::Value::Null);
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

    /// Sets `settingName` (chainable).
    pub fn set_setting_name(mut self, value: impl Into<String>) -> Self {
        self.setting_name = Some(value.into());
        self.unknown_fields.remove("settingName");
        self
    }

    /// Sends `settingName` as JSON `null`, which clears it on the server (chainable);
    /// `set_setting_name` takes it back.
    #[inline]
    pub fn clear_setting_name(mut self) -> Self {
        self.setting_name = None;
        self.unknown_fields.insert("settingName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `specificNonComplianceContext` (chainable).
    pub fn set_specific_non_compliance_context(
        mut self,
        value: impl Into<crate::schemas::SpecificNonComplianceContext>,
    ) -> Self {
        self.specific_non_compliance_context = Some(value.into());
        self.unknown_fields.remove("specificNonComplianceContext");
        self
    }

    /// Sends `specificNonComplianceContext` as JSON `null`, which clears it on the server
    /// (chainable); `set_specific_non_compliance_context` takes it back.
    #[inline]
    pub fn clear_specific_non_compliance_context(mut self) -> Self {
        self.specific_non_compliance_context = None;
        self.unknown_fields
            .insert("specificNonComplianceContext".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `specificNonComplianceReason` (chainable).
    pub fn set_specific_non_compliance_reason(
        mut self,
        value: impl Into<crate::schemas::NonComplianceDetailSpecificNonComplianceReason>,
    ) -> Self {
        self.specific_non_compliance_reason = Some(value.into());
        self.unknown_fields.remove("specificNonComplianceReason");
        self
    }

    /// Sends `specificNonComplianceReason` as JSON `null`, which clears it on the server
    /// (chainable); `set_specific_non_compliance_reason` takes it back.
    #[inline]
    pub fn clear_specific_non_compliance_reason(mut self) -> Self {
        self.specific_non_compliance_reason = None;
        self.unknown_fields
            .insert("specificNonComplianceReason".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for NonComplianceDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.current_value {
            map.serialize_entry("currentValue", value)?;
        }
        if let Some(value) = &self.field_path {
            map.serialize_entry("fieldPath", value)?;
        }
        if let Some(value) = &self.installation_failure_reason {
            map.serialize_entry("installationFailureReason", value)?;
        }
        if let Some(value) = &self.non_compliance_reason {
            map.serialize_entry("nonComplianceReason", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        if let Some(value) = &self.setting_name {
            map.serialize_entry("settingName", value)?;
        }
        if let Some(value) = &self.specific_non_compliance_context {
            map.serialize_entry("specificNonComplianceContext", value)?;
        }
        if let Some(value) = &self.specific_non_compliance_reason {
            map.serialize_entry("specificNonComplianceReason", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NonComplianceDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for NonComplianceDetail {
    const NAME: &'static str = "NonComplianceDetail";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "currentValue" => self.current_value = map.next_value()?,
            "fieldPath" => self.field_path = map.next_value()?,
            "installationFailureReason" => {
                self.installation_failure_reason = map.next_value()?;
            }
            "nonComplianceReason" => self.non_compliance_reason = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            "settingName" => self.setting_name = map.next_value()?,
            "specificNonComplianceContext" => {
                self.specific_non_compliance_context = map.next_value()?;
            }
            "specificNonComplianceReason" => {
                self.specific_non_compliance_reason = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// If package_name is set and the non-compliance reason is APP_NOT_INSTALLED or
/// APP_NOT_UPDATED, the detailed reason the app can't be installed or updated.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NonComplianceDetailInstallationFailureReason {
    /// This value is disallowed.
    ///
    /// `INSTALLATION_FAILURE_REASON_UNSPECIFIED` on the wire.
    #[default]
    InstallationFailureReasonUnspecified,
    /// An unknown condition is preventing the app from being installed. Some potential reasons are
    /// that the device doesn't have enough storage, the device network connection is unreliable, or
    /// the installation is taking longer than expected. The installation will be retried
    /// automatically.
    ///
    /// `INSTALLATION_FAILURE_REASON_UNKNOWN` on the wire.
    InstallationFailureReasonUnknown,
    /// The installation is still in progress.
    ///
    /// `IN_PROGRESS` on the wire.
    InProgress,
    /// The app was not found in Play.
    ///
    /// `NOT_FOUND` on the wire.
    NotFound,
    /// The app is incompatible with the device.
    ///
    /// `NOT_COMPATIBLE_WITH_DEVICE` on the wire.
    NotCompatibleWithDevice,
    /// The app has not been approved by the admin.
    ///
    /// `NOT_APPROVED` on the wire.
    NotApproved,
    /// The app has new permissions that have not been accepted by the admin.
    ///
    /// `PERMISSIONS_NOT_ACCEPTED` on the wire.
    PermissionsNotAccepted,
    /// The app is not available in the user's country.
    ///
    /// `NOT_AVAILABLE_IN_COUNTRY` on the wire.
    NotAvailableInCountry,
    /// There are no licenses available to assign to the user.
    ///
    /// `NO_LICENSES_REMAINING` on the wire.
    NoLicensesRemaining,
    /// The enterprise is no longer enrolled with Managed Google Play or the admin has not accepted
    /// the latest Managed Google Play Terms of Service.
    ///
    /// `NOT_ENROLLED` on the wire.
    NotEnrolled,
    /// The user is no longer valid. The user may have been deleted or disabled.
    ///
    /// `USER_INVALID` on the wire.
    UserInvalid,
    /// A network error on the user's device has prevented the install from succeeding. This usually
    /// happens when the device's internet connectivity is degraded, unavailable or there's a
    /// network configuration issue. Please ensure the device has access to full internet
    /// connectivity on a network that meets Android Enterprise Network Requirements
    /// (<https://support.google.com/work/android/answer/10513641>). App install or update will
    /// automatically resume once this is the case.
    ///
    /// `NETWORK_ERROR_UNRELIABLE_CONNECTION` on the wire.
    NetworkErrorUnreliableConnection,
    /// The user's device does not have sufficient storage space to install the app. This can be
    /// resolved by clearing up storage space on the device. App install or update will
    /// automatically resume once the device has sufficient storage.
    ///
    /// `INSUFFICIENT_STORAGE` on the wire.
    InsufficientStorage,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for NonComplianceDetailInstallationFailureReason {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::InstallationFailureReasonUnspecified => {
                "INSTALLATION_FAILURE_REASON_UNSPECIFIED"
            }
            Self::InstallationFailureReasonUnknown => {
                "INSTALLATION_FAILURE_REASON_UNKNOWN"
            }
            Self::InProgress => "IN_PROGRESS",
            Self::NotFound => "NOT_FOUND",
            Self::NotCompatibleWithDevice => "NOT_COMPATIBLE_WITH_DEVICE",
            Self::NotApproved => "NOT_APPROVED",
            Self::PermissionsNotAccepted => "PERMISSIONS_NOT_ACCEPTED",
            Self::NotAvailableInCountry => "NOT_AVAILABLE_IN_COUNTRY",
            Self::NoLicensesRemaining => "NO_LICENSES_REMAINING",
            Self::NotEnrolled => "NOT_ENROLLED",
            Self::UserInvalid => "USER_INVALID",
            Self::NetworkErrorUnreliableConnection => {
                "NETWORK_ERROR_UNRELIABLE_CONNECTION"
            }
            Self::InsufficientStorage => "INSUFFICIENT_STORAGE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "INSTALLATION_FAILURE_REASON_UNSPECIFIED" => {
                Self::InstallationFailureReasonUnspecified
            }
            "INSTALLATION_FAILURE_REASON_UNKNOWN" => {
                Self::InstallationFailureReasonUnknown
            }
            "IN_PROGRESS" => Self::InProgress,
            "NOT_FOUND" => Self::NotFound,
            "NOT_COMPATIBLE_WITH_DEVICE" => Self::NotCompatibleWithDevice,
            "NOT_APPROVED" => Self::NotApproved,
            "PERMISSIONS_NOT_ACCEPTED" => Self::PermissionsNotAccepted,
            "NOT_AVAILABLE_IN_COUNTRY" => Self::NotAvailableInCountry,
            "NO_LICENSES_REMAINING" => Self::NoLicensesRemaining,
            "NOT_ENROLLED" => Self::NotEnrolled,
            "USER_INVALID" => Self::UserInvalid,
            "NETWORK_ERROR_UNRELIABLE_CONNECTION" => {
                Self::NetworkErrorUnreliableConnection
            }
            "INSUFFICIENT_STORAGE" => Self::InsufficientStorage,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(NonComplianceDetailInstallationFailureReason);

/// The reason the device is not in compliance with the setting.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NonComplianceDetailNonComplianceReason {
    /// This value is not used.
    ///
    /// `NON_COMPLIANCE_REASON_UNSPECIFIED` on the wire.
    #[default]
    NonComplianceReasonUnspecified,
    /// The setting is not supported in the API level of the Android version running on the device.
    ///
    /// `API_LEVEL` on the wire.
    ApiLevel,
    /// The management mode (such as fully managed or work profile) doesn't support the setting.
    ///
    /// `MANAGEMENT_MODE` on the wire.
    ManagementMode,
    /// The user has not taken required action to comply with the setting.
    ///
    /// `USER_ACTION` on the wire.
    UserAction,
    /// The setting has an invalid value.
    ///
    /// `INVALID_VALUE` on the wire.
    InvalidValue,
    /// The app required to implement the policy is not installed.
    ///
    /// `APP_NOT_INSTALLED` on the wire.
    AppNotInstalled,
    /// The policy is not supported by the version of Android Device Policy on the device.
    ///
    /// `UNSUPPORTED` on the wire.
    Unsupported,
    /// A blocked app is installed.
    ///
    /// `APP_INSTALLED` on the wire.
    AppInstalled,
    /// The setting hasn't been applied at the time of the report, but is expected to be applied
    /// shortly.
    ///
    /// `PENDING` on the wire.
    Pending,
    /// The setting can't be applied to the app because the app doesn't support it, for example
    /// because its target SDK version is not high enough.
    ///
    /// `APP_INCOMPATIBLE` on the wire.
    AppIncompatible,
    /// The app is installed, but it hasn't been updated to the minimum version code specified by
    /// policy.
    ///
    /// `APP_NOT_UPDATED` on the wire.
    AppNotUpdated,
    /// This OS version is not permitted by the policy
    ///
    /// `OS_NOT_PERMITTED` on the wire.
    OsNotPermitted,
    /// The device is incompatible with the policy requirements.
    ///
    /// `DEVICE_INCOMPATIBLE` on the wire.
    DeviceIncompatible,
    /// The app's signing certificate does not match the setting value.
    ///
    /// `APP_SIGNING_CERT_MISMATCH` on the wire.
    AppSigningCertMismatch,
    /// The Google Cloud Platform project used to manage the device is not permitted to use this
    /// policy.
    ///
    /// `PROJECT_NOT_PERMITTED` on the wire.
    ProjectNotPermitted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for NonComplianceDetailNonComplianceReason {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NonComplianceReasonUnspecified => "NON_COMPLIANCE_REASON_UNSPECIFIED",
            Self::ApiLevel => "API_LEVEL",
            Self::ManagementMode => "MANAGEMENT_MODE",
            Self::UserAction => "USER_ACTION",
            Self::InvalidValue => "INVALID_VALUE",
            Self::AppNotInstalled => "APP_NOT_INSTALLED",
            Self::Unsupported => "UNSUPPORTED",
            Self::AppInstalled => "APP_INSTALLED",
            Self::Pending => "PENDING",
            Self::AppIncompatible => "APP_INCOMPATIBLE",
            Self::AppNotUpdated => "APP_NOT_UPDATED",
            Self::OsNotPermitted => "OS_NOT_PERMITTED",
            Self::DeviceIncompatible => "DEVICE_INCOMPATIBLE",
            Self::AppSigningCertMismatch => "APP_SIGNING_CERT_MISMATCH",
            Self::ProjectNotPermitted => "PROJECT_NOT_PERMITTED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NON_COMPLIANCE_REASON_UNSPECIFIED" => Self::NonComplianceReasonUnspecified,
            "API_LEVEL" => Self::ApiLevel,
            "MANAGEMENT_MODE" => Self::ManagementMode,
            "USER_ACTION" => Self::UserAction,
            "INVALID_VALUE" => Self::InvalidValue,
            "APP_NOT_INSTALLED" => Self::AppNotInstalled,
            "UNSUPPORTED" => Self::Unsupported,
            "APP_INSTALLED" => Self::AppInstalled,
            "PENDING" => Self::Pending,
            "APP_INCOMPATIBLE" => Self::AppIncompatible,
            "APP_NOT_UPDATED" => Self::AppNotUpdated,
            "OS_NOT_PERMITTED" => Self::OsNotPermitted,
            "DEVICE_INCOMPATIBLE" => Self::DeviceIncompatible,
            "APP_SIGNING_CERT_MISMATCH" => Self::AppSigningCertMismatch,
            "PROJECT_NOT_PERMITTED" => Self::ProjectNotPermitted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(NonComplianceDetailNonComplianceReason);

/// The policy-specific reason the device is not in compliance with the setting.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NonComplianceDetailSpecificNonComplianceReason {
    /// Specific non-compliance reason is not specified. Fields in specific_non_compliance_context
    /// are not set.
    ///
    /// `SPECIFIC_NON_COMPLIANCE_REASON_UNSPECIFIED` on the wire.
    #[default]
    SpecificNonComplianceReasonUnspecified,
    /// User needs to confirm credentials by entering the screen lock. Fields in
    /// specific_non_compliance_context are not set. nonComplianceReason is set to USER_ACTION.
    ///
    /// `PASSWORD_POLICIES_USER_CREDENTIALS_CONFIRMATION_REQUIRED` on the wire.
    PasswordPoliciesUserCredentialsConfirmationRequired,
    /// The device or profile password has expired. passwordPoliciesContext is set.
    /// nonComplianceReason is set to USER_ACTION.
    ///
    /// `PASSWORD_POLICIES_PASSWORD_EXPIRED` on the wire.
    PasswordPoliciesPasswordExpired,
    /// The device password does not satisfy password requirements. passwordPoliciesContext is set.
    /// nonComplianceReason is set to USER_ACTION.
    ///
    /// `PASSWORD_POLICIES_PASSWORD_NOT_SUFFICIENT` on the wire.
    PasswordPoliciesPasswordNotSufficient,
    /// There is an incorrect value in ONC Wi-Fi configuration. fieldPath specifies which field
    /// value is incorrect. oncWifiContext is set. nonComplianceReason is set to INVALID_VALUE.
    ///
    /// `ONC_WIFI_INVALID_VALUE` on the wire.
    OncWifiInvalidValue,
    /// The ONC Wi-Fi setting is not supported in the API level of the Android version running on
    /// the device. fieldPath specifies which field value is not supported. oncWifiContext is set.
    /// nonComplianceReason is set to API_LEVEL.
    ///
    /// `ONC_WIFI_API_LEVEL` on the wire.
    OncWifiApiLevel,
    /// The enterprise Wi-Fi network is missing either the root CA or domain name.
    /// nonComplianceReason is set to INVALID_VALUE.
    ///
    /// `ONC_WIFI_INVALID_ENTERPRISE_CONFIG` on the wire.
    OncWifiInvalidEnterpriseConfig,
    /// User needs to remove the configured Wi-Fi network manually. This is applicable only on work
    /// profiles on personally-owned devices. nonComplianceReason is set to USER_ACTION.
    ///
    /// `ONC_WIFI_USER_SHOULD_REMOVE_NETWORK` on the wire.
    OncWifiUserShouldRemoveNetwork,
    /// Key pair alias specified via ClientCertKeyPairAlias
    /// (<https://chromium.googlesource.com/chromium/src/+/main/components/onc/docs/onc_spec.md#eap-type>)
    /// field in openNetworkConfiguration does not correspond to an existing key installed on the
    /// device. nonComplianceReason is set to INVALID_VALUE.
    ///
    /// `ONC_WIFI_KEY_PAIR_ALIAS_NOT_CORRESPONDING_TO_EXISTING_KEY` on the wire.
    OncWifiKeyPairAliasNotCorrespondingToExistingKey,
    /// This policy setting is restricted and cannot be set for this Google Cloud Platform project.
    /// More details (including how to enable usage of this policy setting) are available in the
    /// Permissible Usage policy
    /// (<https://developers.google.com/android/management/permissible-usage>). nonComplianceReason
    /// is set to PROJECT_NOT_PERMITTED.
    ///
    /// `PERMISSIBLE_USAGE_RESTRICTION` on the wire.
    PermissibleUsageRestriction,
    /// Work account required by the workAccountSetupConfig policy setting is not part of the
    /// enterprise anymore. nonComplianceReason is set to USER_ACTION.
    ///
    /// `REQUIRED_ACCOUNT_NOT_IN_ENTERPRISE` on the wire.
    RequiredAccountNotInEnterprise,
    /// Work account added by the user is not part of the enterprise. nonComplianceReason is set to
    /// USER_ACTION.
    ///
    /// `NEW_ACCOUNT_NOT_IN_ENTERPRISE` on the wire.
    NewAccountNotInEnterprise,
    /// The default application setting is applied to the scopes that are not supported by the
    /// management mode, even if the management mode itself is supported for the app type (e.g., a
    /// policy with DEFAULT_BROWSER app type and SCOPE_PERSONAL_PROFILE list sent to a fully managed
    /// device results in the scopes being inapplicable for the management mode). If the management
    /// mode is not supported for the app type, a NonComplianceDetail with MANAGEMENT_MODE is
    /// reported, without a specificNonComplianceReason.nonComplianceReason is set to
    /// MANAGEMENT_MODE.
    ///
    /// `DEFAULT_APPLICATION_SETTING_UNSUPPORTED_SCOPES` on the wire.
    DefaultApplicationSettingUnsupportedScopes,
    /// The default application setting failed to apply for a specific scope.
    /// defaultApplicationContext is set. nonComplianceReason is set to INVALID_VALUE or
    /// APP_NOT_INSTALLED.
    ///
    /// `DEFAULT_APPLICATION_SETTING_FAILED_FOR_SCOPE` on the wire.
    DefaultApplicationSettingFailedForScope,
    /// The specified host for private DNS is a valid hostname but was found to not be a private DNS
    /// server. nonComplianceReason is set to INVALID_VALUE.
    ///
    /// `PRIVATE_DNS_HOST_NOT_SERVING` on the wire.
    PrivateDnsHostNotServing,
    /// The user's device is not unlocked (in direct boot mode), preventing the application of the
    /// policy. nonComplianceReason is set to PENDING.
    ///
    /// `USER_NOT_UNLOCKED` on the wire.
    UserNotUnlocked,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for NonComplianceDetailSpecificNonComplianceReason {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SpecificNonComplianceReasonUnspecified => {
                "SPECIFIC_NON_COMPLIANCE_REASON_UNSPECIFIED"
            }
            Self::PasswordPoliciesUserCredentialsConfirmationRequired => {
                "PASSWORD_POLICIES_USER_CREDENTIALS_CONFIRMATION_REQUIRED"
            }
            Self::PasswordPoliciesPasswordExpired => "PASSWORD_POLICIES_PASSWORD_EXPIRED",
            Self::PasswordPoliciesPasswordNotSufficient => {
                "PASSWORD_POLICIES_PASSWORD_NOT_SUFFICIENT"
            }
            Self::OncWifiInvalidValue => "ONC_WIFI_INVALID_VALUE",
            Self::OncWifiApiLevel => "ONC_WIFI_API_LEVEL",
            Self::OncWifiInvalidEnterpriseConfig => "ONC_WIFI_INVALID_ENTERPRISE_CONFIG",
            Self::OncWifiUserShouldRemoveNetwork => "ONC_WIFI_USER_SHOULD_REMOVE_NETWORK",
            Self::OncWifiKeyPairAliasNotCorrespondingToExistingKey => {
                "ONC_WIFI_KEY_PAIR_ALIAS_NOT_CORRESPONDING_TO_EXISTING_KEY"
            }
            Self::PermissibleUsageRestriction => "PERMISSIBLE_USAGE_RESTRICTION",
            Self::RequiredAccountNotInEnterprise => "REQUIRED_ACCOUNT_NOT_IN_ENTERPRISE",
            Self::NewAccountNotInEnterprise => "NEW_ACCOUNT_NOT_IN_ENTERPRISE",
            Self::DefaultApplicationSettingUnsupportedScopes => {
                "DEFAULT_APPLICATION_SETTING_UNSUPPORTED_SCOPES"
            }
            Self::DefaultApplicationSettingFailedForScope => {
                "DEFAULT_APPLICATION_SETTING_FAILED_FOR_SCOPE"
            }
            Self::PrivateDnsHostNotServing => "PRIVATE_DNS_HOST_NOT_SERVING",
            Self::UserNotUnlocked => "USER_NOT_UNLOCKED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SPECIFIC_NON_COMPLIANCE_REASON_UNSPECIFIED" => {
                Self::SpecificNonComplianceReasonUnspecified
            }
            "PASSWORD_POLICIES_USER_CREDENTIALS_CONFIRMATION_REQUIRED" => {
                Self::PasswordPoliciesUserCredentialsConfirmationRequired
            }
            "PASSWORD_POLICIES_PASSWORD_EXPIRED" => Self::PasswordPoliciesPasswordExpired,
            "PASSWORD_POLICIES_PASSWORD_NOT_SUFFICIENT" => {
                Self::PasswordPoliciesPasswordNotSufficient
            }
            "ONC_WIFI_INVALID_VALUE" => Self::OncWifiInvalidValue,
            "ONC_WIFI_API_LEVEL" => Self::OncWifiApiLevel,
            "ONC_WIFI_INVALID_ENTERPRISE_CONFIG" => Self::OncWifiInvalidEnterpriseConfig,
            "ONC_WIFI_USER_SHOULD_REMOVE_NETWORK" => Self::OncWifiUserShouldRemoveNetwork,
            "ONC_WIFI_KEY_PAIR_ALIAS_NOT_CORRESPONDING_TO_EXISTING_KEY" => {
                Self::OncWifiKeyPairAliasNotCorrespondingToExistingKey
            }
            "PERMISSIBLE_USAGE_RESTRICTION" => Self::PermissibleUsageRestriction,
            "REQUIRED_ACCOUNT_NOT_IN_ENTERPRISE" => Self::RequiredAccountNotInEnterprise,
            "NEW_ACCOUNT_NOT_IN_ENTERPRISE" => Self::NewAccountNotInEnterprise,
            "DEFAULT_APPLICATION_SETTING_UNSUPPORTED_SCOPES" => {
                Self::DefaultApplicationSettingUnsupportedScopes
            }
            "DEFAULT_APPLICATION_SETTING_FAILED_FOR_SCOPE" => {
                Self::DefaultApplicationSettingFailedForScope
            }
            "PRIVATE_DNS_HOST_NOT_SERVING" => Self::PrivateDnsHostNotServing,
            "USER_NOT_UNLOCKED" => Self::UserNotUnlocked,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(NonComplianceDetailSpecificNonComplianceReason);
