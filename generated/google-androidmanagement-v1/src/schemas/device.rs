use crate::runtime::{impl_open_enum, wire, Timestamp};

/// A device owned by an enterprise. Unless otherwise noted, all fields are read-only and can't
/// be modified by enterprises.devices.patch.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Device {
    /// The API level of the Android platform version running on the device.
    pub api_level: Option<i32>,
    /// Reports for apps installed on the device. This information is only available when
    /// application_reports_enabled is true in the device's policy.
    pub application_reports: Option<Vec<crate::schemas::ApplicationReport>>,
    /// The password requirements currently applied to the device. This field exists because the
    /// applied requirements may be slightly different from those specified in passwordPolicies in
    /// some cases. Note that this field does not provide information about password compliance. For
    /// non-compliance information, see nonComplianceDetails. NonComplianceDetail.fieldPath, is set
    /// based on passwordPolicies, not based on this field.
    pub applied_password_policies: Option<Vec<crate::schemas::PasswordRequirements>>,
    /// The name of the policy currently applied to the device.
    pub applied_policy_name: Option<String>,
    /// The version of the policy currently applied to the device.
    pub applied_policy_version: Option<i64>,
    /// The state currently applied to the device.
    pub applied_state: Option<crate::schemas::DeviceAppliedState>,
    /// Information about Common Criteria Mode—security standards defined in the Common Criteria for
    /// Information Technology Security Evaluation (<https://www.commoncriteriaportal.org/>)
    /// (CC).This information is only available if statusReportingSettings.commonCriteriaModeEnabled
    /// is true in the device's policy the device is company-owned.
    pub common_criteria_mode_info: Option<crate::schemas::CommonCriteriaModeInfo>,
    /// Output only. The default application information for the DefaultApplicationType. This
    /// information is only available if defaultApplicationInfoReportingEnabled is true in the
    /// device's policy. Available on Android 16 and above.All app types are reported on fully
    /// managed devices. DEFAULT_BROWSER, DEFAULT_CALL_REDIRECTION, DEFAULT_CALL_SCREENING and
    /// DEFAULT_DIALER types are reported for the work profiles on company-owned devices with a work
    /// profile and personally-owned devices. DEFAULT_WALLET is also reported for company-owned
    /// devices with a work profile, but will only include work profile information.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub default_application_info: Option<Vec<crate::schemas::DefaultApplicationInfo>>,
    /// Device settings information. This information is only available if deviceSettingsEnabled is
    /// true in the device's policy.
    pub device_settings: Option<crate::schemas::DeviceSettings>,
    /// If the device state is DISABLED, an optional message that is displayed on the device
    /// indicating the reason the device is disabled. This field can be modified by a patch request.
    pub disabled_reason: Option<crate::schemas::UserFacingMessage>,
    /// Detailed information about displays on the device. This information is only available if
    /// displayInfoEnabled is true in the device's policy.
    pub displays: Option<Vec<crate::schemas::Display>>,
    /// Output only. Information related to whether this device was migrated from being managed by
    /// another Device Policy Controller (DPC).
    ///
    /// Read-only: set by the server, ignored in requests.
    pub dpc_migration_info: Option<crate::schemas::DpcMigrationInfo>,
    /// The time of device enrollment.
    pub enrollment_time: Option<Timestamp>,
    /// If the device was enrolled with an enrollment token with additional data provided, this
    /// field contains that data.
    pub enrollment_token_data: Option<String>,
    /// If the device was enrolled with an enrollment token, this field contains the name of the
    /// token.
    pub enrollment_token_name: Option<String>,
    /// Detailed information about the device hardware.
    pub hardware_info: Option<crate::schemas::HardwareInfo>,
    /// Hardware status samples in chronological order. This information is only available if
    /// hardwareStatusEnabled is true in the device's policy.
    pub hardware_status_samples: Option<Vec<crate::schemas::HardwareStatus>>,
    /// Deprecated.
    ///
    /// Deprecated.
    pub last_policy_compliance_report_time: Option<Timestamp>,
    /// The last time the device fetched its policy.
    pub last_policy_sync_time: Option<Timestamp>,
    /// The last time the device sent a status report.
    pub last_status_report_time: Option<Timestamp>,
    /// The type of management mode Android Device Policy takes on the device. This influences which
    /// policy settings are supported.
    pub management_mode: Option<crate::schemas::DeviceManagementMode>,
    /// Events related to memory and storage measurements in chronological order. This information
    /// is only available if memoryInfoEnabled is true in the device's policy.Events are retained
    /// for a certain period of time and old events are deleted.
    pub memory_events: Option<Vec<crate::schemas::MemoryEvent>>,
    /// Memory information: contains information about device memory and storage.
    pub memory_info: Option<crate::schemas::MemoryInfo>,
    /// The name of the device in the form enterprises/{enterpriseId}/devices/{deviceId}.
    pub name: Option<String>,
    /// Device network information. This information is only available if networkInfoEnabled is true
    /// in the device's policy.
    pub network_info: Option<crate::schemas::NetworkInfo>,
    /// Details about policy settings that the device is not compliant with.
    pub non_compliance_details: Option<Vec<crate::schemas::NonComplianceDetail>>,
    /// Ownership of the managed device.
    pub ownership: Option<crate::schemas::DeviceOwnership>,
    /// Whether the device is compliant with its policy.
    pub policy_compliant: Option<bool>,
    /// The name of the policy applied to the device, in the form
    /// enterprises/{enterpriseId}/policies/{policyId}. If not specified, the policy_name for the
    /// device's user is applied. This field can be modified by a patch request. You can specify
    /// only the policyId when calling enterprises.devices.patch, as long as the policyId doesn’t
    /// contain any slashes. The rest of the policy name is inferred.
    pub policy_name: Option<String>,
    /// Power management events on the device in chronological order. This information is only
    /// available if powerManagementEventsEnabled is true in the device's policy.
    pub power_management_events: Option<Vec<crate::schemas::PowerManagementEvent>>,
    /// If the same physical device has been enrolled multiple times, this field contains its
    /// previous device names. The serial number is used as the unique identifier to determine if
    /// the same physical device has enrolled previously. The names are in chronological order.
    pub previous_device_names: Option<Vec<String>>,
    /// Device's security posture value that reflects how secure the device is.
    pub security_posture: Option<crate::schemas::SecurityPosture>,
    /// Detailed information about the device software. This information is only available if
    /// softwareInfoEnabled is true in the device's policy.
    pub software_info: Option<crate::schemas::SoftwareInfo>,
    /// The state to be applied to the device. This field can be modified by a patch request. Note
    /// that when calling enterprises.devices.patch, ACTIVE and DISABLED are the only allowable
    /// values. To enter the device into a DELETED state, call enterprises.devices.delete.
    pub state: Option<crate::schemas::DeviceState>,
    /// Map of selected system properties name and value related to the device. This information is
    /// only available if systemPropertiesEnabled is true in the device's policy.
    pub system_properties: Option<std::collections::BTreeMap<String, String>>,
    /// The user who owns the device.
    pub user: Option<crate::schemas::User>,
    /// The resource name of the user that owns this device in the form
    /// enterprises/{enterpriseId}/users/{userId}.
    pub user_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Device {
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

    /// Sets `applicationReports` (chainable).
    pub fn set_application_reports(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ApplicationReport>>,
    ) -> Self {
        self.application_reports = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("applicationReports");
        self
    }

    /// Sends `applicationReports` as JSON `null`, which clears it on the server (chainable);
    /// `set_application_reports` takes it back.
    #[inline]
    pub fn clear_application_reports(mut self) -> Self {
        self.application_reports = None;
        self.unknown_fields
            .insert("applicationReports".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appliedPasswordPolicies` (chainable).
    pub fn set_applied_password_policies(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PasswordRequirements>>,
    ) -> Self {
        self.applied_password_policies = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("appliedPasswordPolicies");
        self
    }

    /// Sends `appliedPasswordPolicies` as JSON `null`, which clears it on the server (chainable);
    /// `set_applied_password_policies` takes it back.
    #[inline]
    pub fn clear_applied_password_policies(mut self) -> Self {
        self.applied_password_policies = None;
        self.unknown_fields
            .insert("appliedPasswordPolicies".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appliedPolicyName` (chainable).
    pub fn set_applied_policy_name(mut self, value: impl Into<String>) -> Self {
        self.applied_policy_name = Some(value.into());
        self.unknown_fields.remove("appliedPolicyName");
        self
    }

    /// Sends `appliedPolicyName` as JSON `null`, which clears it on the server (chainable);
    /// `set_applied_policy_name` takes it back.
    #[inline]
    pub fn clear_applied_policy_name(mut self) -> Self {
        self.applied_policy_name = None;
        self.unknown_fields
            .insert("appliedPolicyName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appliedPolicyVersion` (chainable).
    pub fn set_applied_policy_version(mut self, value: impl Into<i64>) -> Self {
        self.applied_policy_version = Some(value.into());
        self.unknown_fields.remove("appliedPolicyVersion");
        self
    }

    /// Sends `appliedPolicyVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_applied_policy_version` takes it back.
    #[inline]
    pub fn clear_applied_policy_version(mut self) -> Self {
        self.applied_policy_version = None;
        self.unknown_fields
            .insert("appliedPolicyVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appliedState` (chainable).
    pub fn set_applied_state(
        mut self,
        value: impl Into<crate::schemas::DeviceAppliedState>,
    ) -> Self {
        self.applied_state = Some(value.into());
        self.unknown_fields.remove("appliedState");
        self
    }

    /// Sends `appliedState` as JSON `null`, which clears it on the server (chainable);
    /// `set_applied_state` takes it back.
    #[inline]
    pub fn clear_applied_state(mut self) -> Self {
        self.applied_state = None;
        self.unknown_fields.insert("appliedState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `commonCriteriaModeInfo` (chainable).
    pub fn set_common_criteria_mode_info(
        mut self,
        value: impl Into<crate::schemas::CommonCriteriaModeInfo>,
    ) -> Self {
        self.common_criteria_mode_info = Some(value.into());
        self.unknown_fields.remove("commonCriteriaModeInfo");
        self
    }

    /// Sends `commonCriteriaModeInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_common_criteria_mode_info` takes it back.
    #[inline]
    pub fn clear_common_criteria_mode_info(mut self) -> Self {
        self.common_criteria_mode_info = None;
        self.unknown_fields
            .insert("commonCriteriaModeInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultApplicationInfo` (chainable).
    pub fn set_default_application_info(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::DefaultApplicationInfo>,
        >,
    ) -> Self {
        self.default_application_info = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("defaultApplicationInfo");
        self
    }

    /// Sends `defaultApplicationInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_application_info` takes it back.
    #[inline]
    pub fn clear_default_application_info(mut self) -> Self {
        self.default_application_info = None;
        self.unknown_fields
            .insert("defaultApplicationInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceSettings` (chainable).
    pub fn set_device_settings(
        mut self,
        value: impl Into<crate::schemas::DeviceSettings>,
    ) -> Self {
        self.device_settings = Some(value.into());
        self.unknown_fields.remove("deviceSettings");
        self
    }

    /// Sends `deviceSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_settings` takes it back.
    #[inline]
    pub fn clear_device_settings(mut self) -> Self {
        self.device_settings = None;
        self.unknown_fields.insert("deviceSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `disabledReason` (chainable).
    pub fn set_disabled_reason(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.disabled_reason = Some(value.into());
        self.unknown_fields.remove("disabledReason");
        self
    }

    /// Sends `disabledReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_disabled_reason` takes it back.
    #[inline]
    pub fn clear_disabled_reason(mut self) -> Self {
        self.disabled_reason = None;
        self.unknown_fields.insert("disabledReason".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displays` (chainable).
    pub fn set_displays(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Display>>,
    ) -> Self {
        self.displays = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("displays");
        self
    }

    /// Sends `displays` as JSON `null`, which clears it on the server (chainable); `set_displays`
    /// takes it back.
    #[inline]
    pub fn clear_displays(mut self) -> Self {
        self.displays = None;
        self.unknown_fields.insert("displays".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dpcMigrationInfo` (chainable).
    pub fn set_dpc_migration_info(
        mut self,
        value: impl Into<crate::schemas::DpcMigrationInfo>,
    ) -> Self {
        self.dpc_migration_info = Some(value.into());
        self.unknown_fields.remove("dpcMigrationInfo");
        self
    }

    /// Sends `dpcMigrationInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_dpc_migration_info` takes it back.
    #[inline]
    pub fn clear_dpc_migration_info(mut self) -> Self {
        self.dpc_migration_info = None;
        self.unknown_fields
            .insert("dpcMigrationInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enrollmentTime` (chainable).
    pub fn set_enrollment_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.enrollment_time = Some(value.into());
        self.unknown_fields.remove("enrollmentTime");
        self
    }

    /// Sends `enrollmentTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_enrollment_time` takes it back.
    #[inline]
    pub fn clear_enrollment_time(mut self) -> Self {
        self.enrollment_time = None;
        self.unknown_fields.insert("enrollmentTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enrollmentTokenData` (chainable).
    pub fn set_enrollment_token_data(mut self, value: impl Into<String>) -> Self {
        self.enrollment_token_data = Some(value.into());
        self.unknown_fields.remove("enrollmentTokenData");
        self
    }

    /// Sends `enrollmentTokenData` as JSON `null`, which clears it on the server (chainable);
    /// `set_enrollment_token_data` takes it back.
    #[inline]
    pub fn clear_enrollment_token_data(mut self) -> Self {
        self.enrollment_token_data = None;
        self.unknown_fields
            .insert("enrollmentTokenData".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enrollmentTokenName` (chainable).
    pub fn set_enrollment_token_name(mut self, value: impl Into<String>) -> Self {
        self.enrollment_token_name = Some(value.into());
        self.unknown_fields.remove("enrollmentTokenName");
        self
    }

    /// Sends `enrollmentTokenName` as JSON `null`, which clears it on the server (chainable);
    /// `set_enrollment_token_name` takes it back.
    #[inline]
    pub fn clear_enrollment_token_name(mut self) -> Self {
        self.enrollment_token_name = None;
        self.unknown_fields
            .insert("enrollmentTokenName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hardwareInfo` (chainable).
    pub fn set_hardware_info(
        mut self,
        value: impl Into<crate::schemas::HardwareInfo>,
    ) -> Self {
        self.hardware_info = Some(value.into());
        self.unknown_fields.remove("hardwareInfo");
        self
    }

    /// Sends `hardwareInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_hardware_info` takes it back.
    #[inline]
    pub fn clear_hardware_info(mut self) -> Self {
        self.hardware_info = None;
        self.unknown_fields.insert("hardwareInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hardwareStatusSamples` (chainable).
    pub fn set_hardware_status_samples(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::HardwareStatus>>,
    ) -> Self {
        self.hardware_status_samples = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("hardwareStatusSamples");
        self
    }

    /// Sends `hardwareStatusSamples` as JSON `null`, which clears it on the server (chainable);
    /// `set_hardware_status_samples` takes it back.
    #[inline]
    pub fn clear_hardware_status_samples(mut self) -> Self {
        self.hardware_status_samples = None;
        self.unknown_fields
            .insert("hardwareStatusSamples".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastPolicyComplianceReportTime` (chainable).
    pub fn set_last_policy_compliance_report_time(
        mut self,
        value: impl Into<Timestamp>,
    ) -> Self {
        self.last_policy_compliance_report_time = Some(value.into());
        self.unknown_fields.remove("lastPolicyComplianceReportTime");
        self
    }

    /// Sends `lastPolicyComplianceReportTime` as JSON `null`, which clears it on the server
    /// (chainable); `set_last_policy_compliance_report_time` takes it back.
    #[inline]
    pub fn clear_last_policy_compliance_report_time(mut self) -> Self {
        self.last_policy_compliance_report_time = None;
        self.unknown_fields
            .insert(
                "lastPolicyComplianceReportTime".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `lastPolicySyncTime` (chainable).
    pub fn set_last_policy_sync_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.last_policy_sync_time = Some(value.into());
        self.unknown_fields.remove("lastPolicySyncTime");
        self
    }

    /// Sends `lastPolicySyncTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_last_policy_sync_time` takes it back.
    #[inline]
    pub fn clear_last_policy_sync_time(mut self) -> Self {
        self.last_policy_sync_time = None;
        self.unknown_fields
            .insert("lastPolicySyncTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastStatusReportTime` (chainable).
    pub fn set_last_status_report_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.last_status_report_time = Some(value.into());
        self.unknown_fields.remove("lastStatusReportTime");
        self
    }

    /// Sends `lastStatusReportTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_last_status_report_time` takes it back.
    #[inline]
    pub fn clear_last_status_report_time(mut self) -> Self {
        self.last_status_report_time = None;
        self.unknown_fields
            .insert("lastStatusReportTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managementMode` (chainable).
    pub fn set_management_mode(
        mut self,
        value: impl Into<crate::schemas::DeviceManagementMode>,
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

    /// Sets `memoryEvents` (chainable).
    pub fn set_memory_events(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::MemoryEvent>>,
    ) -> Self {
        self.memory_events = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("memoryEvents");
        self
    }

    /// Sends `memoryEvents` as JSON `null`, which clears it on the server (chainable);
    /// `set_memory_events` takes it back.
    #[inline]
    pub fn clear_memory_events(mut self) -> Self {
        self.memory_events = None;
        self.unknown_fields.insert("memoryEvents".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `memoryInfo` (chainable).
    pub fn set_memory_info(
        mut self,
        value: impl Into<crate::schemas::MemoryInfo>,
    ) -> Self {
        self.memory_info = Some(value.into());
        self.unknown_fields.remove("memoryInfo");
        self
    }

    /// Sends `memoryInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_memory_info` takes it back.
    #[inline]
    pub fn clear_memory_info(mut self) -> Self {
        self.memory_info = None;
        self.unknown_fields.insert("memoryInfo".to_owned(), serde_json::Value::Null);
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

    /// Sets `networkInfo` (chainable).
    pub fn set_network_info(
        mut self,
        value: impl Into<crate::schemas::NetworkInfo>,
    ) -> Self {
        self.network_info = Some(value.into());
        self.unknown_fields.remove("networkInfo");
        self
    }

    /// Sends `networkInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_network_info` takes it back.
    #[inline]
    pub fn clear_network_info(mut self) -> Self {
        self.network_info = None;
        self.unknown_fields.insert("networkInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nonComplianceDetails` (chainable).
    pub fn set_non_compliance_details(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::NonComplianceDetail>>,
    ) -> Self {
        self.non_compliance_details = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("nonComplianceDetails");
        self
    }

    /// Sends `nonComplianceDetails` as JSON `null`, which clears it on the server (chainable);
    /// `set_non_compliance_details` takes it back.
    #[inline]
    pub fn clear_non_compliance_details(mut self) -> Self {
        self.non_compliance_details = None;
        self.unknown_fields
            .insert("nonComplianceDetails".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ownership` (chainable).
    pub fn set_ownership(
        mut self,
        value: impl Into<crate::schemas::DeviceOwnership>,
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

    /// Sets `policyCompliant` (chainable).
    pub fn set_policy_compliant(mut self, value: impl Into<bool>) -> Self {
        self.policy_compliant = Some(value.into());
        self.unknown_fields.remove("policyCompliant");
        self
    }

    /// Sends `policyCompliant` as JSON `null`, which clears it on the server (chainable);
    /// `set_policy_compliant` takes it back.
    #[inline]
    pub fn clear_policy_compliant(mut self) -> Self {
        self.policy_compliant = None;
        self.unknown_fields
            .insert("policyCompliant".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `policyName` (chainable).
    pub fn set_policy_name(mut self, value: impl Into<String>) -> Self {
        self.policy_name = Some(value.into());
        self.unknown_fields.remove("policyName");
        self
    }

    /// Sends `policyName` as JSON `null`, which clears it on the server (chainable);
    /// `set_policy_name` takes it back.
    #[inline]
    pub fn clear_policy_name(mut self) -> Self {
        self.policy_name = None;
        self.unknown_fields.insert("policyName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `powerManagementEvents` (chainable).
    pub fn set_power_management_events(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PowerManagementEvent>>,
    ) -> Self {
        self.power_management_events = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("powerManagementEvents");
        self
    }

    /// Sends `powerManagementEvents` as JSON `null`, which clears it on the server (chainable);
    /// `set_power_management_events` takes it back.
    #[inline]
    pub fn clear_power_management_events(mut self) -> Self {
        self.power_management_events = None;
        self.unknown_fields
            .insert("powerManagementEvents".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `previousDeviceNames` (chainable).
    pub fn set_previous_device_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.previous_device_names = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("previousDeviceNames");
        self
    }

    /// Sends `previousDeviceNames` as JSON `null`, which clears it on the server (chainable);
    /// `set_previous_device_names` takes it back.
    #[inline]
    pub fn clear_previous_device_names(mut self) -> Self {
        self.previous_device_names = None;
        self.unknown_fields
            .insert("previousDeviceNames".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `securityPosture` (chainable).
    pub fn set_security_posture(
        mut self,
        value: impl Into<crate::schemas::SecurityPosture>,
    ) -> Self {
        self.security_posture = Some(value.into());
        self.unknown_fields.remove("securityPosture");
        self
    }

    /// Sends `securityPosture` as JSON `null`, which clears it on the server (chainable);
    /// `set_security_posture` takes it back.
    #[inline]
    pub fn clear_security_posture(mut self) -> Self {
        self.security_posture = None;
        self.unknown_fields
            .insert("securityPosture".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `softwareInfo` (chainable).
    pub fn set_software_info(
        mut self,
        value: impl Into<crate::schemas::SoftwareInfo>,
    ) -> Self {
        self.software_info = Some(value.into());
        self.unknown_fields.remove("softwareInfo");
        self
    }

    /// Sends `softwareInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_software_info` takes it back.
    #[inline]
    pub fn clear_software_info(mut self) -> Self {
        self.software_info = None;
        self.unknown_fields.insert("softwareInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(mut self, value: impl Into<crate::schemas::DeviceState>) -> Self {
        self.state = Some(value.into());
        self.unknown_fields.remove("state");
        self
    }

    /// Sends `state` as JSON `null`, which clears it on the server (chainable); `set_state` takes
    /// it back.
    #[inline]
    pub fn clear_state(mut self) -> Self {
        self.state = None;
        self.unknown_fields.insert("state".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemProperties` (chainable).
    pub fn set_system_properties(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.system_properties = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("systemProperties");
        self
    }

    /// Sends `systemProperties` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_properties` takes it back.
    #[inline]
    pub fn clear_system_properties(mut self) -> Self {
        self.system_properties = None;
        self.unknown_fields
            .insert("systemProperties".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `user` (chainable).
    pub fn set_user(mut self, value: impl Into<crate::schemas::User>) -> Self {
        self.user = Some(value.into());
        self.unknown_fields.remove("user");
        self
    }

    /// Sends `user` as JSON `null`, which clears it on the server (chainable); `set_user` takes it
    /// back.
    #[inline]
    pub fn clear_user(mut self) -> Self {
        self.user = None;
        self.unknown_fields.insert("user".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userName` (chainable).
    pub fn set_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self.unknown_fields.remove("userName");
        self
    }

    /// Sends `userName` as JSON `null`, which clears it on the server (chainable); `set_user_name`
    /// takes it back.
    #[inline]
    pub fn clear_user_name(mut self) -> Self {
        self.user_name = None;
        self.unknown_fields.insert("userName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Device {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.api_level {
            map.serialize_entry("apiLevel", value)?;
        }
        if let Some(value) = &self.application_reports {
            map.serialize_entry("applicationReports", value)?;
        }
        if let Some(value) = &self.applied_password_policies {
            map.serialize_entry("appliedPasswordPolicies", value)?;
        }
        if let Some(value) = &self.applied_policy_name {
            map.serialize_entry("appliedPolicyName", value)?;
        }
        if self.applied_policy_version.is_some() {
            map.serialize_entry(
                "appliedPolicyVersion",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.applied_policy_version),
            )?;
        }
        if let Some(value) = &self.applied_state {
            map.serialize_entry("appliedState", value)?;
        }
        if let Some(value) = &self.common_criteria_mode_info {
            map.serialize_entry("commonCriteriaModeInfo", value)?;
        }
        if let Some(value) = &self.default_application_info {
            map.serialize_entry("defaultApplicationInfo", value)?;
        }
        if let Some(value) = &self.device_settings {
            map.serialize_entry("deviceSettings", value)?;
        }
        if let Some(value) = &self.disabled_reason {
            map.serialize_entry("disabledReason", value)?;
        }
        if let Some(value) = &self.displays {
            map.serialize_entry("displays", value)?;
        }
        if let Some(value) = &self.dpc_migration_info {
            map.serialize_entry("dpcMigrationInfo", value)?;
        }
        if let Some(value) = &self.enrollment_time {
            map.serialize_entry("enrollmentTime", value)?;
        }
        if let Some(value) = &self.enrollment_token_data {
            map.serialize_entry("enrollmentTokenData", value)?;
        }
        if let Some(value) = &self.enrollment_token_name {
            map.serialize_entry("enrollmentTokenName", value)?;
        }
        if let Some(value) = &self.hardware_info {
            map.serialize_entry("hardwareInfo", value)?;
        }
        if let Some(value) = &self.hardware_status_samples {
            map.serialize_entry("hardwareStatusSamples", value)?;
        }
        if let Some(value) = &self.last_policy_compliance_report_time {
            map.serialize_entry("lastPolicyComplianceReportTime", value)?;
        }
        if let Some(value) = &self.last_policy_sync_time {
            map.serialize_entry("lastPolicySyncTime", value)?;
        }
        if let Some(value) = &self.last_status_report_time {
            map.serialize_entry("lastStatusReportTime", value)?;
        }
        if let Some(value) = &self.management_mode {
            map.serialize_entry("managementMode", value)?;
        }
        if let Some(value) = &self.memory_events {
            map.serialize_entry("memoryEvents", value)?;
        }
        if let Some(value) = &self.memory_info {
            map.serialize_entry("memoryInfo", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.network_info {
            map.serialize_entry("networkInfo", value)?;
        }
        if let Some(value) = &self.non_compliance_details {
            map.serialize_entry("nonComplianceDetails", value)?;
        }
        if let Some(value) = &self.ownership {
            map.serialize_entry("ownership", value)?;
        }
        if let Some(value) = &self.policy_compliant {
            map.serialize_entry("policyCompliant", value)?;
        }
        if let Some(value) = &self.policy_name {
            map.serialize_entry("policyName", value)?;
        }
        if let Some(value) = &self.power_management_events {
            map.serialize_entry("powerManagementEvents", value)?;
        }
        if let Some(value) = &self.previous_device_names {
            map.serialize_entry("previousDeviceNames", value)?;
        }
        if let Some(value) = &self.security_posture {
            map.serialize_entry("securityPosture", value)?;
        }
        if let Some(value) = &self.software_info {
            map.serialize_entry("softwareInfo", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.system_properties {
            map.serialize_entry("systemProperties", value)?;
        }
        if let Some(value) = &self.user {
            map.serialize_entry("user", value)?;
        }
        if let Some(value) = &self.user_name {
            map.serialize_entry("userName", value)?;
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
            "apiLevel" => self.api_level = map.next_value()?,
            "applicationReports" => self.application_reports = map.next_value()?,
            "appliedPasswordPolicies" => {
                self.applied_password_policies = map.next_value()?;
            }
            "appliedPolicyName" => self.applied_policy_name = map.next_value()?,
            "appliedPolicyVersion" => {
                self.applied_policy_version = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "appliedState" => self.applied_state = map.next_value()?,
            "commonCriteriaModeInfo" => {
                self.common_criteria_mode_info = map.next_value()?;
            }
            "defaultApplicationInfo" => self.default_application_info = map.next_value()?,
            "deviceSettings" => self.device_settings = map.next_value()?,
            "disabledReason" => self.disabled_reason = map.next_value()?,
            "displays" => self.displays = map.next_value()?,
            "dpcMigrationInfo" => self.dpc_migration_info = map.next_value()?,
            "enrollmentTime" => self.enrollment_time = map.next_value()?,
            "enrollmentTokenData" => self.enrollment_token_data = map.next_value()?,
            "enrollmentTokenName" => self.enrollment_token_name = map.next_value()?,
            "hardwareInfo" => self.hardware_info = map.next_value()?,
            "hardwareStatusSamples" => self.hardware_status_samples = map.next_value()?,
            "lastPolicyComplianceReportTime" => {
                self.last_policy_compliance_report_time = map.next_value()?;
            }
            "lastPolicySyncTime" => self.last_policy_sync_time = map.next_value()?,
            "lastStatusReportTime" => self.last_status_report_time = map.next_value()?,
            "managementMode" => self.management_mode = map.next_value()?,
            "memoryEvents" => self.memory_events = map.next_value()?,
            "memoryInfo" => self.memory_info = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "networkInfo" => self.network_info = map.next_value()?,
            "nonComplianceDetails" => self.non_compliance_details = map.next_value()?,
            "ownership" => self.ownership = map.next_value()?,
            "policyCompliant" => self.policy_compliant = map.next_value()?,
            "policyName" => self.policy_name = map.next_value()?,
            "powerManagementEvents" => self.power_management_events = map.next_value()?,
            "previousDeviceNames" => self.previous_device_names = map.next_value()?,
            "securityPosture" => self.security_posture = map.next_value()?,
            "softwareInfo" => self.software_info = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "systemProperties" => self.system_properties = map.next_value()?,
            "user" => self.user = map.next_value()?,
            "userName" => self.user_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The state currently applied to the device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceAppliedState {
    /// This value is disallowed.
    ///
    /// `DEVICE_STATE_UNSPECIFIED` on the wire.
    #[default]
    DeviceStateUnspecified,
    /// The device is active.
    ///
    /// `ACTIVE` on the wire.
    Active,
    /// The device is disabled.
    ///
    /// `DISABLED` on the wire.
    Disabled,
    /// The device was deleted. This state is never returned by an API call, but is used in the
    /// final status report when the device acknowledges the deletion. If the device is deleted via
    /// the API call, this state is published to Pub/Sub. If the user deletes the work profile or
    /// resets the device, the device state will remain unknown to the server.
    ///
    /// `DELETED` on the wire.
    Deleted,
    /// The device is being provisioned. Newly enrolled devices are in this state until they have a
    /// policy applied.
    ///
    /// `PROVISIONING` on the wire.
    Provisioning,
    /// The device is lost. This state is only possible on organization-owned devices.
    ///
    /// `LOST` on the wire.
    Lost,
    /// The device is preparing for migrating to Android Management API. No further action is needed
    /// for the migration to continue.
    ///
    /// `PREPARING_FOR_MIGRATION` on the wire.
    PreparingForMigration,
    /// This is a financed device that has been "locked" by the financing agent. This means certain
    /// policy settings have been applied which limit device functionality until the device has been
    /// "unlocked" by the financing agent. The device will continue to apply policy settings
    /// excluding those overridden by the financing agent. When the device is "locked", the state is
    /// reported in appliedState as DEACTIVATED_BY_DEVICE_FINANCE.
    ///
    /// `DEACTIVATED_BY_DEVICE_FINANCE` on the wire.
    DeactivatedByDeviceFinance,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceAppliedState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceStateUnspecified => "DEVICE_STATE_UNSPECIFIED",
            Self::Active => "ACTIVE",
            Self::Disabled => "DISABLED",
            Self::Deleted => "DELETED",
            Self::Provisioning => "PROVISIONING",
            Self::Lost => "LOST",
            Self::PreparingForMigration => "PREPARING_FOR_MIGRATION",
            Self::DeactivatedByDeviceFinance => "DEACTIVATED_BY_DEVICE_FINANCE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEVICE_STATE_UNSPECIFIED" => Self::DeviceStateUnspecified,
            "ACTIVE" => Self::Active,
            "DISABLED" => Self::Disabled,
            "DELETED" => Self::Deleted,
            "PROVISIONING" => Self::Provisioning,
            "LOST" => Self::Lost,
            "PREPARING_FOR_MIGRATION" => Self::PreparingForMigration,
            "DEACTIVATED_BY_DEVICE_FINANCE" => Self::DeactivatedByDeviceFinance,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceAppliedState);

/// The type of management mode Android Device Policy takes on the device. This influences which
/// policy settings are supported.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceManagementMode {
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

impl wire::OpenEnum for DeviceManagementMode {
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
impl_open_enum!(DeviceManagementMode);

/// Ownership of the managed device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceOwnership {
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

impl wire::OpenEnum for DeviceOwnership {
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
impl_open_enum!(DeviceOwnership);

/// The state to be applied to the device. This field can be modified by a patch request. Note
/// that when calling enterprises.devices.patch, ACTIVE and DISABLED are the only allowable
/// values. To enter the device into a DELETED state, call enterprises.devices.delete.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceState {
    /// This value is disallowed.
    ///
    /// `DEVICE_STATE_UNSPECIFIED` on the wire.
    #[default]
    DeviceStateUnspecified,
    /// The device is active.
    ///
    /// `ACTIVE` on the wire.
    Active,
    /// The device is disabled.
    ///
    /// `DISABLED` on the wire.
    Disabled,
    /// The device was deleted. This state is never returned by an API call, but is used in the
    /// final status report when the device acknowledges the deletion. If the device is deleted via
    /// the API call, this state is published to Pub/Sub. If the user deletes the work profile or
    /// resets the device, the device state will remain unknown to the server.
    ///
    /// `DELETED` on the wire.
    Deleted,
    /// The device is being provisioned. Newly enrolled devices are in this state until they have a
    /// policy applied.
    ///
    /// `PROVISIONING` on the wire.
    Provisioning,
    /// The device is lost. This state is only possible on organization-owned devices.
    ///
    /// `LOST` on the wire.
    Lost,
    /// The device is preparing for migrating to Android Management API. No further action is needed
    /// for the migration to continue.
    ///
    /// `PREPARING_FOR_MIGRATION` on the wire.
    PreparingForMigration,
    /// This is a financed device that has been "locked" by the financing agent. This means certain
    /// policy settings have been applied which limit device functionality until the device has been
    /// "unlocked" by the financing agent. The device will continue to apply policy settings
    /// excluding those overridden by the financing agent. When the device is "locked", the state is
    /// reported in appliedState as DEACTIVATED_BY_DEVICE_FINANCE.
    ///
    /// `DEACTIVATED_BY_DEVICE_FINANCE` on the wire.
    DeactivatedByDeviceFinance,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceStateUnspecified => "DEVICE_STATE_UNSPECIFIED",
            Self::Active => "ACTIVE",
            Self::Disabled => "DISABLED",
            Self::Deleted => "DELETED",
            Self::Provisioning => "PROVISIONING",
            Self::Lost => "LOST",
            Self::PreparingForMigration => "PREPARING_FOR_MIGRATION",
            Self::DeactivatedByDeviceFinance => "DEACTIVATED_BY_DEVICE_FINANCE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEVICE_STATE_UNSPECIFIED" => Self::DeviceStateUnspecified,
            "ACTIVE" => Self::Active,
            "DISABLED" => Self::Disabled,
            "DELETED" => Self::Deleted,
            "PROVISIONING" => Self::Provisioning,
            "LOST" => Self::Lost,
            "PREPARING_FOR_MIGRATION" => Self::PreparingForMigration,
            "DEACTIVATED_BY_DEVICE_FINANCE" => Self::DeactivatedByDeviceFinance,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceState);
