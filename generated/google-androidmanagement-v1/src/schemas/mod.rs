//! The data types of the Android Management API: requests, responses and what they contain.

mod adb_shell_command_event;
pub use adb_shell_command_event::AdbShellCommandEvent;
mod adb_shell_interactive_event;
pub use adb_shell_interactive_event::AdbShellInteractiveEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod add_esim_params;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use add_esim_params::{AddEsimParams, AddEsimParamsActivationState};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod advanced_security_overrides;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use advanced_security_overrides::{
    AdvancedSecurityOverrides, AdvancedSecurityOverridesCommonCriteriaMode,
    AdvancedSecurityOverridesContentProtectionPolicy,
    AdvancedSecurityOverridesDeveloperSettings,
    AdvancedSecurityOverridesGooglePlayProtectVerifyApps,
    AdvancedSecurityOverridesMtePolicy, AdvancedSecurityOverridesUntrustedAppsPolicy,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod always_on_vpn_package;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use always_on_vpn_package::AlwaysOnVpnPackage;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod api_level_condition;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use api_level_condition::ApiLevelCondition;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod apn_policy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use apn_policy::{ApnPolicy, ApnPolicyOverrideApns};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod apn_setting;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use apn_setting::{
    ApnSetting, ApnSettingAlwaysOnSetting, ApnSettingApnTypes, ApnSettingAuthType,
    ApnSettingMvnoType, ApnSettingNetworkTypes, ApnSettingProtocol,
    ApnSettingRoamingProtocol,
};

mod app_process_info;
pub use app_process_info::AppProcessInfo;
mod app_process_start_event;
pub use app_process_start_event::AppProcessStartEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod app_track_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use app_track_info::AppTrackInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod app_version;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use app_version::AppVersion;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod application;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use application::{
    Application, ApplicationAppPricing, ApplicationContentRating,
    ApplicationDistributionChannel, ApplicationFeatures,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod application_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use application_event::{ApplicationEvent, ApplicationEventEventType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod application_permission;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use application_permission::ApplicationPermission;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod application_policy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use application_policy::{
    ApplicationPolicy, ApplicationPolicyAlwaysOnVpnLockdownExemption,
    ApplicationPolicyAutoUpdateMode, ApplicationPolicyConnectedWorkAndPersonalApp,
    ApplicationPolicyCredentialProviderPolicy, ApplicationPolicyDefaultPermissionPolicy,
    ApplicationPolicyDelegatedScopes, ApplicationPolicyInstallType,
    ApplicationPolicyPreferentialNetworkId, ApplicationPolicyUserControlSettings,
    ApplicationPolicyWorkProfileWidgets,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod application_policy_change;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use application_policy_change::ApplicationPolicyChange;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod application_report;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use application_report::{
    ApplicationReport, ApplicationReportApplicationSource, ApplicationReportState,
    ApplicationReportUserFacingType,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod application_reporting_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use application_reporting_settings::ApplicationReportingSettings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod application_signing_key_cert;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use application_signing_key_cert::ApplicationSigningKeyCert;
mod backup_service_toggled_event;
pub use backup_service_toggled_event::{
    BackupServiceToggledEvent, BackupServiceToggledEventBackupServiceState,
};

mod batch_usage_log_events;
pub use batch_usage_log_events::BatchUsageLogEvents;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod block_action;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use block_action::{BlockAction, BlockActionBlockScope};
mod cert_authority_installed_event;
pub use cert_authority_installed_event::CertAuthorityInstalledEvent;
mod cert_authority_removed_event;
pub use cert_authority_removed_event::CertAuthorityRemovedEvent;
mod cert_validation_failure_event;
pub use cert_validation_failure_event::CertValidationFailureEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod choose_private_key_rule;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use choose_private_key_rule::ChoosePrivateKeyRule;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod clear_apps_data_params;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use clear_apps_data_params::ClearAppsDataParams;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod clear_apps_data_status;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use clear_apps_data_status::ClearAppsDataStatus;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod command;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use command::{Command, CommandErrorCode, CommandResetPasswordFlags, CommandType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod common_criteria_mode_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use common_criteria_mode_info::{
    CommonCriteriaModeInfo, CommonCriteriaModeInfoCommonCriteriaModeStatus,
    CommonCriteriaModeInfoPolicySignatureVerificationStatus,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod compliance_rule;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use compliance_rule::ComplianceRule;
mod connect_event;
pub use connect_event::ConnectEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod contact_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use contact_info::ContactInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod content_provider_endpoint;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use content_provider_endpoint::ContentProviderEndpoint;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod cross_device_policies;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use cross_device_policies::{
    CrossDevicePolicies, CrossDevicePoliciesNearbyAppStreaming,
    CrossDevicePoliciesNearbyNotificationStreaming,
    CrossDevicePoliciesTaskContinuityHandoff,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod cross_profile_policies;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use cross_profile_policies::{
    CrossProfilePolicies, CrossProfilePoliciesCrossProfileAppFunctions,
    CrossProfilePoliciesCrossProfileCopyPaste,
    CrossProfilePoliciesCrossProfileDataSharing,
    CrossProfilePoliciesShowWorkContactsInPersonalProfile,
    CrossProfilePoliciesWorkProfileWidgetsDefault,
};

mod crypto_self_test_completed_event;
pub use crypto_self_test_completed_event::CryptoSelfTestCompletedEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod custom_app_config;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use custom_app_config::{CustomAppConfig, CustomAppConfigUserUninstallSettings};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod date;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use date::Date;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod default_application;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use default_application::DefaultApplication;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod default_application_context;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use default_application_context::{
    DefaultApplicationContext, DefaultApplicationContextDefaultApplicationScope,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod default_application_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use default_application_info::{
    DefaultApplicationInfo, DefaultApplicationInfoDefaultApplicationType,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod default_application_setting;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use default_application_setting::{
    DefaultApplicationSetting, DefaultApplicationSettingDefaultApplicationScopes,
    DefaultApplicationSettingDefaultApplicationType,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod default_application_setting_attempt;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use default_application_setting_attempt::{
    DefaultApplicationSettingAttempt, DefaultApplicationSettingAttemptAttemptOutcome,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod device;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use device::{
    Device, DeviceAppliedState, DeviceManagementMode, DeviceOwnership, DeviceState,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod device_connectivity_management;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use device_connectivity_management::{
    DeviceConnectivityManagement, DeviceConnectivityManagementBluetoothSharing,
    DeviceConnectivityManagementConfigureWifi,
    DeviceConnectivityManagementTetheringSettings,
    DeviceConnectivityManagementUsbDataAccess,
    DeviceConnectivityManagementWifiDirectSettings,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod device_radio_state;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use device_radio_state::{
    DeviceRadioState, DeviceRadioStateAirplaneModeState,
    DeviceRadioStateCellularTwoGState, DeviceRadioStateMinimumWifiSecurityLevel,
    DeviceRadioStateNfc, DeviceRadioStateUltraWidebandState,
    DeviceRadioStateUserInitiatedAddEsimSettings, DeviceRadioStateWifiState,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod device_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use device_settings::{DeviceSettings, DeviceSettingsEncryptionStatus};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod device_wide_policies;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use device_wide_policies::DeviceWidePolicies;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod device_wide_radio_state;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use device_wide_radio_state::{DeviceWideRadioState, DeviceWideRadioStateNfc};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod display;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use display::{Display, DisplayState};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod display_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use display_settings::DisplaySettings;
mod dns_event;
pub use dns_event::DnsEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod dpc_migration_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use dpc_migration_info::DpcMigrationInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod eid;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use eid::Eid;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod eid_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use eid_info::EidInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod empty;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use empty::Empty;
mod enrollment_complete_event;
pub use enrollment_complete_event::EnrollmentCompleteEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod enrollment_token;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use enrollment_token::{EnrollmentToken, EnrollmentTokenAllowPersonalUsage};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod enterprise;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use enterprise::{
    Enterprise, EnterpriseEnabledNotificationTypes, EnterpriseEnterpriseType,
    EnterpriseManagedGoogleDomainType, EnterpriseManagedGooglePlayAccountsEnterpriseType,
};

mod enterprise_upgrade_event;
pub use enterprise_upgrade_event::{
    EnterpriseUpgradeEvent, EnterpriseUpgradeEventUpgradeState,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod esim_command_status;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use esim_command_status::{EsimCommandStatus, EsimCommandStatusStatus};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod esim_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use esim_info::EsimInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod euicc_chip_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use euicc_chip_info::EuiccChipInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod extension_config;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use extension_config::ExtensionConfig;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod external_data;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use external_data::ExternalData;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod extra_capabilities;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use extra_capabilities::{ExtraCapabilities, ExtraCapabilitiesLocalDeviceWipeCommand};
mod file_pulled_event;
pub use file_pulled_event::FilePulledEvent;
mod file_pushed_event;
pub use file_pushed_event::FilePushedEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod freeze_period;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use freeze_period::FreezePeriod;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod generate_enterprise_upgrade_url_request;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use generate_enterprise_upgrade_url_request::GenerateEnterpriseUpgradeUrlRequest;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod generate_enterprise_upgrade_url_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use generate_enterprise_upgrade_url_response::GenerateEnterpriseUpgradeUrlResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod google_authentication_options;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use google_authentication_options::{
    GoogleAuthenticationOptions, GoogleAuthenticationOptionsAuthenticationRequirement,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod google_authentication_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use google_authentication_settings::{
    GoogleAuthenticationSettings,
    GoogleAuthenticationSettingsGoogleAuthenticationRequired,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod hardware_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use hardware_info::HardwareInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod hardware_status;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use hardware_status::HardwareStatus;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod install_constraint;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use install_constraint::{
    InstallConstraint, InstallConstraintChargingConstraint,
    InstallConstraintDeviceIdleConstraint, InstallConstraintNetworkTypeConstraint,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod internal_error_details;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use internal_error_details::{
    InternalErrorDetails, InternalErrorDetailsErrorCodeDetail,
    InternalErrorDetailsOperationCodeDetail,
};

mod issue_command_response;
pub use issue_command_response::IssueCommandResponse;
mod key_destruction_event;
pub use key_destruction_event::KeyDestructionEvent;
mod key_generated_event;
pub use key_generated_event::KeyGeneratedEvent;
mod key_import_event;
pub use key_import_event::KeyImportEvent;
mod key_integrity_violation_event;
pub use key_integrity_violation_event::KeyIntegrityViolationEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod keyed_app_state;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use keyed_app_state::{KeyedAppState, KeyedAppStateSeverity};
mod keyguard_dismiss_auth_attempt_event;
pub use keyguard_dismiss_auth_attempt_event::KeyguardDismissAuthAttemptEvent;
mod keyguard_dismissed_event;
pub use keyguard_dismissed_event::KeyguardDismissedEvent;
mod keyguard_secured_event;
pub use keyguard_secured_event::KeyguardSecuredEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod kiosk_customization;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use kiosk_customization::{
    KioskCustomization, KioskCustomizationDeviceSettings,
    KioskCustomizationPowerButtonActions, KioskCustomizationStatusBar,
    KioskCustomizationSystemErrorWarnings, KioskCustomizationSystemNavigation,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod launch_app_action;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use launch_app_action::LaunchAppAction;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod list_devices_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use list_devices_response::ListDevicesResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod list_enrollment_tokens_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use list_enrollment_tokens_response::ListEnrollmentTokensResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod list_enterprises_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use list_enterprises_response::ListEnterprisesResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod list_migration_tokens_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use list_migration_tokens_response::ListMigrationTokensResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod list_operations_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use list_operations_response::ListOperationsResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod list_policies_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use list_policies_response::ListPoliciesResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod list_web_apps_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use list_web_apps_response::ListWebAppsResponse;
mod location;
pub use location::Location;
mod log_buffer_size_critical_event;
pub use log_buffer_size_critical_event::LogBufferSizeCriticalEvent;
mod logging_started_event;
pub use logging_started_event::LoggingStartedEvent;
mod logging_stopped_event;
pub use logging_stopped_event::LoggingStoppedEvent;
mod lost_mode_location_event;
pub use lost_mode_location_event::LostModeLocationEvent;
mod lost_mode_outgoing_phone_call_event;
pub use lost_mode_outgoing_phone_call_event::LostModeOutgoingPhoneCallEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod managed_configuration_template;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use managed_configuration_template::ManagedConfigurationTemplate;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod managed_property;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use managed_property::{ManagedProperty, ManagedPropertyType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod managed_property_entry;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use managed_property_entry::ManagedPropertyEntry;
mod media_mount_event;
pub use media_mount_event::MediaMountEvent;
mod media_unmount_event;
pub use media_unmount_event::MediaUnmountEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod memory_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use memory_event::{MemoryEvent, MemoryEventEventType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod memory_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use memory_info::MemoryInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod migration_token;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use migration_token::{MigrationToken, MigrationTokenManagementMode};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod modify_policy_applications_request;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use modify_policy_applications_request::ModifyPolicyApplicationsRequest;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod modify_policy_applications_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use modify_policy_applications_response::ModifyPolicyApplicationsResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod network_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use network_info::NetworkInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod non_compliance_detail;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use non_compliance_detail::{
    NonComplianceDetail, NonComplianceDetailInstallationFailureReason,
    NonComplianceDetailNonComplianceReason,
    NonComplianceDetailSpecificNonComplianceReason,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod non_compliance_detail_condition;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use non_compliance_detail_condition::{
    NonComplianceDetailCondition, NonComplianceDetailConditionNonComplianceReason,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod onc_certificate_provider;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use onc_certificate_provider::OncCertificateProvider;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod onc_wifi_context;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use onc_wifi_context::OncWifiContext;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod operation;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use operation::Operation;
mod os_shutdown_event;
pub use os_shutdown_event::OsShutdownEvent;
mod os_startup_event;
pub use os_startup_event::{
    OsStartupEvent, OsStartupEventVerifiedBootState, OsStartupEventVerityMode,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod outcome;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use outcome::{Outcome, OutcomeOutcomeType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod package_name_list;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use package_name_list::PackageNameList;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod password_policies_context;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use password_policies_context::{
    PasswordPoliciesContext, PasswordPoliciesContextPasswordPolicyScope,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod password_requirements;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use password_requirements::{
    PasswordRequirements, PasswordRequirementsPasswordQuality,
    PasswordRequirementsPasswordScope, PasswordRequirementsRequirePasswordUnlock,
    PasswordRequirementsUnifiedLockSettings,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod per_app_result;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use per_app_result::{PerAppResult, PerAppResultClearingResult};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod permission_grant;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use permission_grant::{PermissionGrant, PermissionGrantPolicy};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod persistent_preferred_activity;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use persistent_preferred_activity::PersistentPreferredActivity;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod personal_application_policy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use personal_application_policy::{
    PersonalApplicationPolicy, PersonalApplicationPolicyInstallType,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod personal_cross_device_policies;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use personal_cross_device_policies::{
    PersonalCrossDevicePolicies, PersonalCrossDevicePoliciesTaskContinuityHandoff,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod personal_usage_policies;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use personal_usage_policies::{
    PersonalUsagePolicies, PersonalUsagePoliciesBluetoothSharing,
    PersonalUsagePoliciesPersonalPlayStoreMode, PersonalUsagePoliciesPrivateSpacePolicy,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod policy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use policy::{
    Policy, PolicyAndroidDevicePolicyTracks, PolicyAppAutoUpdatePolicy,
    PolicyAppFunctions, PolicyAssistContentPolicy, PolicyAutoDateAndTimeZone,
    PolicyAutofillPolicy, PolicyBackupService, PolicyCameraAccess,
    PolicyCredentialProviderPolicyDefault, PolicyDefaultPermissionPolicy,
    PolicyEncryptionPolicy, PolicyEnterpriseDisplayNameVisibility,
    PolicyKeyguardDisabledFeatures, PolicyLocationMode, PolicyMicrophoneAccess,
    PolicyPlayStoreMode, PolicyPreferentialNetworkService, PolicyPrintingPolicy,
    PolicyStayOnPluggedModes, PolicyWipeDataFlags,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod policy_enforcement_rule;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use policy_enforcement_rule::PolicyEnforcementRule;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod posture_detail;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use posture_detail::{PostureDetail, PostureDetailSecurityRisk};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod power_management_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use power_management_event::{PowerManagementEvent, PowerManagementEventEventType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod predicate;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use predicate::{Predicate, PredicateDaysOfWeek};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod preferential_network_service_config;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use preferential_network_service_config::{
    PreferentialNetworkServiceConfig,
    PreferentialNetworkServiceConfigFallbackToDefaultConnection,
    PreferentialNetworkServiceConfigNonMatchingNetworks,
    PreferentialNetworkServiceConfigPreferentialNetworkId,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod preferential_network_service_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use preferential_network_service_settings::{
    PreferentialNetworkServiceSettings,
    PreferentialNetworkServiceSettingsDefaultPreferentialNetworkId,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod private_dns_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use private_dns_settings::{PrivateDnsSettings, PrivateDnsSettingsPrivateDnsMode};
#[cfg(feature = "provisioning-info")]
#[cfg_attr(docsrs, doc(cfg(feature = "provisioning-info")))]
mod provisioning_info;
#[cfg(feature = "provisioning-info")]
#[cfg_attr(docsrs, doc(cfg(feature = "provisioning-info")))]
pub use provisioning_info::{
    ProvisioningInfo, ProvisioningInfoManagementMode, ProvisioningInfoOwnership,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod proxy_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use proxy_info::ProxyInfo;
mod remote_lock_event;
pub use remote_lock_event::RemoteLockEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod remove_esim_params;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use remove_esim_params::RemoveEsimParams;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod remove_policy_applications_request;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use remove_policy_applications_request::RemovePolicyApplicationsRequest;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod remove_policy_applications_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use remove_policy_applications_response::RemovePolicyApplicationsResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod request_device_info_params;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use request_device_info_params::{
    RequestDeviceInfoParams, RequestDeviceInfoParamsDeviceInfo,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod request_device_info_status;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use request_device_info_status::{
    RequestDeviceInfoStatus, RequestDeviceInfoStatusStatus,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod role;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use role::{Role, RoleRoleType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod rule;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use rule::{Rule, RuleStages};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod screen_brightness_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use screen_brightness_settings::{
    ScreenBrightnessSettings, ScreenBrightnessSettingsScreenBrightnessMode,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod screen_timeout_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use screen_timeout_settings::{
    ScreenTimeoutSettings, ScreenTimeoutSettingsScreenTimeoutMode,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod security_posture;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use security_posture::{SecurityPosture, SecurityPostureDevicePosture};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod setup_action;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use setup_action::SetupAction;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod signin_detail;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use signin_detail::{
    SigninDetail, SigninDetailAllowPersonalUsage, SigninDetailDefaultStatus,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod signin_detail_google_authentication_options;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use signin_detail_google_authentication_options::{
    SigninDetailGoogleAuthenticationOptions,
    SigninDetailGoogleAuthenticationOptionsAuthenticationRequirement,
};

#[cfg(feature = "signup-urls")]
#[cfg_attr(docsrs, doc(cfg(feature = "signup-urls")))]
mod signup_url;
#[cfg(feature = "signup-urls")]
#[cfg_attr(docsrs, doc(cfg(feature = "signup-urls")))]
pub use signup_url::SignupUrl;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod single_app;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use single_app::SingleApp;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod software_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use software_info::SoftwareInfo;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod specific_non_compliance_context;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use specific_non_compliance_context::SpecificNonComplianceContext;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod start_lost_mode_params;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use start_lost_mode_params::StartLostModeParams;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod start_lost_mode_status;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use start_lost_mode_status::{StartLostModeStatus, StartLostModeStatusStatus};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod status;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use status::Status;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod status_reporting_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use status_reporting_settings::StatusReportingSettings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod stop_lost_mode_params;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use stop_lost_mode_params::StopLostModeParams;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod stop_lost_mode_status;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use stop_lost_mode_status::{StopLostModeStatus, StopLostModeStatusStatus};
mod stop_lost_mode_user_attempt_event;
pub use stop_lost_mode_user_attempt_event::{
    StopLostModeUserAttemptEvent, StopLostModeUserAttemptEventStatus,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod system_update;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use system_update::{SystemUpdate, SystemUpdateType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod system_update_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use system_update_info::{SystemUpdateInfo, SystemUpdateInfoUpdateStatus};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod target;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use target::{Target, TargetTargetType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod telephony_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use telephony_info::{
    TelephonyInfo, TelephonyInfoActivationState, TelephonyInfoConfigMode,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod terms_and_conditions;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use terms_and_conditions::TermsAndConditions;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod time_of_day;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use time_of_day::TimeOfDay;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod unified_update_policy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use unified_update_policy::UnifiedUpdatePolicy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod usage_log;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use usage_log::{UsageLog, UsageLogEnabledLogTypes, UsageLogUploadOnCellularAllowed};
mod usage_log_event;
pub use usage_log_event::{UsageLogEvent, UsageLogEventEventType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod user;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use user::User;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod user_facing_message;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use user_facing_message::UserFacingMessage;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod web_app;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use web_app::{WebApp, WebAppDisplayMode};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod web_app_icon;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use web_app_icon::WebAppIcon;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod web_token;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use web_token::{WebToken, WebTokenEnabledFeatures, WebTokenPermissions};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod wifi_roaming_policy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use wifi_roaming_policy::WifiRoamingPolicy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod wifi_roaming_setting;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use wifi_roaming_setting::{WifiRoamingSetting, WifiRoamingSettingWifiRoamingMode};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod wifi_ssid;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use wifi_ssid::WifiSsid;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod wifi_ssid_policy;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use wifi_ssid_policy::{WifiSsidPolicy, WifiSsidPolicyWifiSsidPolicyType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod wipe_action;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use wipe_action::WipeAction;
mod wipe_failure_event;
pub use wipe_failure_event::WipeFailureEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod wipe_params;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use wipe_params::{WipeParams, WipeParamsWipeDataFlags};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod work_account_setup_config;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use work_account_setup_config::{
    WorkAccountSetupConfig, WorkAccountSetupConfigAuthenticationType,
};
