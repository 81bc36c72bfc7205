//! The data types of the Android Management API: requests, responses and what they contain.
mod adb_shell_command_event;
pub use adb_shell_command_event::AdbShellCommandEvent;
mod adb_shell_interactive_event;
pub use adb_shell_interactive_event::AdbShellInteractiveEvent;
mod add_esim_params;
pub use add_esim_params::{AddEsimParams, AddEsimParamsActivationState};
mod advanced_security_overrides;
pub use advanced_security_overrides::{
    AdvancedSecurityOverrides, AdvancedSecurityOverridesCommonCriteriaMode,
    AdvancedSecurityOverridesContentProtectionPolicy,
    AdvancedSecurityOverridesDeveloperSettings,
    AdvancedSecurityOverridesGooglePlayProtectVerifyApps,
    AdvancedSecurityOverridesMtePolicy, AdvancedSecurityOverridesUntrustedAppsPolicy,
};
mod always_on_vpn_package;
pub use always_on_vpn_package::AlwaysOnVpnPackage;
mod api_level_condition;
pub use api_level_condition::ApiLevelCondition;
mod apn_policy;
pub use apn_policy::{ApnPolicy, ApnPolicyOverrideApns};
mod apn_setting;
pub use apn_setting::{
    ApnSetting, ApnSettingAlwaysOnSetting, ApnSettingApnTypes, ApnSettingAuthType,
    ApnSettingMvnoType, ApnSettingNetworkTypes, ApnSettingProtocol,
    ApnSettingRoamingProtocol,
};
mod app_process_info;
pub use app_process_info::AppProcessInfo;
mod app_process_start_event;
pub use app_process_start_event::AppProcessStartEvent;
mod app_track_info;
pub use app_track_info::AppTrackInfo;
mod app_version;
pub use app_version::AppVersion;
mod application;
pub use application::{
    Application, ApplicationAppPricing, ApplicationContentRating,
    ApplicationDistributionChannel, ApplicationFeatures,
};
mod application_event;
pub use application_event::{ApplicationEvent, ApplicationEventEventType};
mod application_permission;
pub use application_permission::ApplicationPermission;
mod application_policy;
pub use application_policy::{
    ApplicationPolicy, ApplicationPolicyAlwaysOnVpnLockdownExemption,
    ApplicationPolicyAutoUpdateMode, ApplicationPolicyConnectedWorkAndPersonalApp,
    ApplicationPolicyCredentialProviderPolicy, ApplicationPolicyDefaultPermissionPolicy,
    ApplicationPolicyDelegatedScopes, ApplicationPolicyInstallType,
    ApplicationPolicyPreferentialNetworkId, ApplicationPolicyUserControlSettings,
    ApplicationPolicyWorkProfileWidgets,
};
mod application_policy_change;
pub use application_policy_change::ApplicationPolicyChange;
mod application_report;
pub use application_report::{
    ApplicationReport, ApplicationReportApplicationSource, ApplicationReportState,
    ApplicationReportUserFacingType,
};
mod application_reporting_settings;
pub use application_reporting_settings::ApplicationReportingSettings;
mod application_signing_key_cert;
pub use application_signing_key_cert::ApplicationSigningKeyCert;
mod backup_service_toggled_event;
pub use backup_service_toggled_event::{
    BackupServiceToggledEvent, BackupServiceToggledEventBackupServiceState,
};
mod batch_usage_log_events;
pub use batch_usage_log_events::BatchUsageLogEvents;
mod block_action;
pub use block_action::{BlockAction, BlockActionBlockScope};
mod cert_authority_installed_event;
pub use cert_authority_installed_event::CertAuthorityInstalledEvent;
mod cert_authority_removed_event;
pub use cert_authority_removed_event::CertAuthorityRemovedEvent;
mod cert_validation_failure_event;
pub use cert_validation_failure_event::CertValidationFailureEvent;
mod choose_private_key_rule;
pub use choose_private_key_rule::ChoosePrivateKeyRule;
mod clear_apps_data_params;
pub use clear_apps_data_params::ClearAppsDataParams;
mod clear_apps_data_status;
pub use clear_apps_data_status::ClearAppsDataStatus;
mod command;
pub use command::{Command, CommandErrorCode, CommandResetPasswordFlags, CommandType};
mod common_criteria_mode_info;
pub use common_criteria_mode_info::{
    CommonCriteriaModeInfo, CommonCriteriaModeInfoCommonCriteriaModeStatus,
    CommonCriteriaModeInfoPolicySignatureVerificationStatus,
};
mod compliance_rule;
pub use compliance_rule::ComplianceRule;
mod connect_event;
pub use connect_event::ConnectEvent;
mod contact_info;
pub use contact_info::ContactInfo;
mod content_provider_endpoint;
pub use content_provider_endpoint::ContentProviderEndpoint;
mod cross_device_policies;
pub use cross_device_policies::{
    CrossDevicePolicies, CrossDevicePoliciesNearbyAppStreaming,
    CrossDevicePoliciesNearbyNotificationStreaming,
    CrossDevicePoliciesTaskContinuityHandoff,
};
mod cross_profile_policies;
pub use cross_profile_policies::{
    CrossProfilePolicies, CrossProfilePoliciesCrossProfileAppFunctions,
    CrossProfilePoliciesCrossProfileCopyPaste,
    CrossProfilePoliciesCrossProfileDataSharing,
    CrossProfilePoliciesShowWorkContactsInPersonalProfile,
    CrossProfilePoliciesWorkProfileWidgetsDefault,
};
mod crypto_self_test_completed_event;
pub use crypto_self_test_completed_event::CryptoSelfTestCompletedEvent;
mod custom_app_config;
pub use custom_app_config::{CustomAppConfig, CustomAppConfigUserUninstallSettings};
mod date;
pub use date::Date;
mod default_application;
pub use default_application::DefaultApplication;
mod default_application_context;
pub use default_application_context::{
    DefaultApplicationContext, DefaultApplicationContextDefaultApplicationScope,
};
mod default_application_info;
pub use default_application_info::{
    DefaultApplicationInfo, DefaultApplicationInfoDefaultApplicationType,
};
mod default_application_setting;
pub use default_application_setting::{
    DefaultApplicationSetting, DefaultApplicationSettingDefaultApplicationScopes,
    DefaultApplicationSettingDefaultApplicationType,
};
mod default_application_setting_attempt;
pub use default_application_setting_attempt::{
    DefaultApplicationSettingAttempt, DefaultApplicationSettingAttemptAttemptOutcome,
};
mod device;
pub use device::{
    Device, DeviceAppliedState, DeviceManagementMode, DeviceOwnership, DeviceState,
};
mod device_connectivity_management;
pub use device_connectivity_management::{
    DeviceConnectivityManagement, DeviceConnectivityManagementBluetoothSharing,
    DeviceConnectivityManagementConfigureWifi,
    DeviceConnectivityManagementTetheringSettings,
    DeviceConnectivityManagementUsbDataAccess,
    DeviceConnectivityManagementWifiDirectSettings,
};
mod device_radio_state;
pub use device_radio_state::{
    DeviceRadioState, DeviceRadioStateAirplaneModeState,
    DeviceRadioStateCellularTwoGState, DeviceRadioStateMinimumWifiSecurityLevel,
    DeviceRadioStateNfc, DeviceRadioStateUltraWidebandState,
    DeviceRadioStateUserInitiatedAddEsimSettings, DeviceRadioStateWifiState,
};
mod device_settings;
pub use device_settings::{DeviceSettings, DeviceSettingsEncryptionStatus};
mod device_wide_policies;
pub use device_wide_policies::DeviceWidePolicies;
mod device_wide_radio_state;
pub use device_wide_radio_state::{DeviceWideRadioState, DeviceWideRadioStateNfc};
mod display;
pub use display::{Display, DisplayState};
mod display_settings;
pub use display_settings::DisplaySettings;
mod dns_event;
pub use dns_event::DnsEvent;
mod dpc_migration_info;
pub use dpc_migration_info::DpcMigrationInfo;
mod eid;
pub use eid::Eid;
mod eid_info;
pub use eid_info::EidInfo;
mod empty;
pub use empty::Empty;
mod enrollment_complete_event;
pub use enrollment_complete_event::EnrollmentCompleteEvent;
mod enrollment_token;
pub use enrollment_token::{EnrollmentToken, EnrollmentTokenAllowPersonalUsage};
mod enterprise;
pub use enterprise::{
    Enterprise, EnterpriseEnabledNotificationTypes, EnterpriseEnterpriseType,
    EnterpriseManagedGoogleDomainType, EnterpriseManagedGooglePlayAccountsEnterpriseType,
};
mod enterprise_upgrade_event;
pub use enterprise_upgrade_event::{
    EnterpriseUpgradeEvent, EnterpriseUpgradeEventUpgradeState,
};
mod esim_command_status;
pub use esim_command_status::{EsimCommandStatus, EsimCommandStatusStatus};
mod esim_info;
pub use esim_info::EsimInfo;
mod euicc_chip_info;
pub use euicc_chip_info::EuiccChipInfo;
mod extension_config;
pub use extension_config::ExtensionConfig;
mod external_data;
pub use external_data::ExternalData;
mod extra_capabilities;
pub use extra_capabilities::{ExtraCapabilities, ExtraCapabilitiesLocalDeviceWipeCommand};
mod file_pulled_event;
pub use file_pulled_event::FilePulledEvent;
mod file_pushed_event;
pub use file_pushed_event::FilePushedEvent;
mod freeze_period;
pub use freeze_period::FreezePeriod;
mod generate_enterprise_upgrade_url_request;
pub use generate_enterprise_upgrade_url_request::GenerateEnterpriseUpgradeUrlRequest;
mod generate_enterprise_upgrade_url_response;
pub use generate_enterprise_upgrade_url_response::GenerateEnterpriseUpgradeUrlResponse;
mod google_authentication_options;
pub use google_authentication_options::{
    GoogleAuthenticationOptions, GoogleAuthenticationOptionsAuthenticationRequirement,
};
mod google_authentication_settings;
pub use google_authentication_settings::{
    GoogleAuthenticationSettings,
    GoogleAuthenticationSettingsGoogleAuthenticationRequired,
};
mod hardware_info;
pub use hardware_info::HardwareInfo;
mod hardware_status;
pub use hardware_status::HardwareStatus;
mod install_constraint;
pub use install_constraint::{
    InstallConstraint, InstallConstraintChargingConstraint,
    InstallConstraintDeviceIdleConstraint, InstallConstraintNetworkTypeConstraint,
};
mod internal_error_details;
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
mod keyed_app_state;
pub use keyed_app_state::{KeyedAppState, KeyedAppStateSeverity};
mod keyguard_dismiss_auth_attempt_event;
pub use keyguard_dismiss_auth_attempt_event::KeyguardDismissAuthAttemptEvent;
mod keyguard_dismissed_event;
pub use keyguard_dismissed_event::KeyguardDismissedEvent;
mod keyguard_secured_event;
pub use keyguard_secured_event::KeyguardSecuredEvent;
mod kiosk_customization;
pub use kiosk_customization::{
    KioskCustomization, KioskCustomizationDeviceSettings,
    KioskCustomizationPowerButtonActions, KioskCustomizationStatusBar,
    KioskCustomizationSystemErrorWarnings, KioskCustomizationSystemNavigation,
};
mod launch_app_action;
pub use launch_app_action::LaunchAppAction;
mod list_devices_response;
pub use list_devices_response::ListDevicesResponse;
mod list_enrollment_tokens_response;
pub use list_enrollment_tokens_response::ListEnrollmentTokensResponse;
mod list_enterprises_response;
pub use list_enterprises_response::ListEnterprisesResponse;
mod list_migration_tokens_response;
pub use list_migration_tokens_response::ListMigrationTokensResponse;
mod list_operations_response;
pub use list_operations_response::ListOperationsResponse;
mod list_policies_response;
pub use list_policies_response::ListPoliciesResponse;
mod list_web_apps_response;
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
mod managed_configuration_template;
pub use managed_configuration_template::ManagedConfigurationTemplate;
mod managed_property;
pub use managed_property::{ManagedProperty, ManagedPropertyType};
mod managed_property_entry;
pub use managed_property_entry::ManagedPropertyEntry;
mod media_mount_event;
pub use media_mount_event::MediaMountEvent;
mod media_unmount_event;
pub use media_unmount_event::MediaUnmountEvent;
mod memory_event;
pub use memory_event::{MemoryEvent, MemoryEventEventType};
mod memory_info;
pub use memory_info::MemoryInfo;
mod migration_token;
pub use migration_token::{MigrationToken, MigrationTokenManagementMode};
mod modify_policy_applications_request;
pub use modify_policy_applications_request::ModifyPolicyApplicationsRequest;
mod modify_policy_applications_response;
pub use modify_policy_applications_response::ModifyPolicyApplicationsResponse;
mod network_info;
pub use network_info::NetworkInfo;
mod non_compliance_detail;
pub use non_compliance_detail::{
    NonComplianceDetail, NonComplianceDetailInstallationFailureReason,
    NonComplianceDetailNonComplianceReason,
    NonComplianceDetailSpecificNonComplianceReason,
};
mod non_compliance_detail_condition;
pub use non_compliance_detail_condition::{
    NonComplianceDetailCondition, NonComplianceDetailConditionNonComplianceReason,
};
mod onc_certificate_provider;
pub use onc_certificate_provider::OncCertificateProvider;
mod onc_wifi_context;
pub use onc_wifi_context::OncWifiContext;
mod operation;
pub use operation::Operation;
mod os_shutdown_event;
pub use os_shutdown_event::OsShutdownEvent;
mod os_startup_event;
pub use os_startup_event::{
    OsStartupEvent, OsStartupEventVerifiedBootState, OsStartupEventVerityMode,
};
mod outcome;
pub use outcome::{Outcome, OutcomeOutcomeType};
mod package_name_list;
pub use package_name_list::PackageNameList;
mod password_policies_context;
pub use password_policies_context::{
    PasswordPoliciesContext, PasswordPoliciesContextPasswordPolicyScope,
};
mod password_requirements;
pub use password_requirements::{
    PasswordRequirements, PasswordRequirementsPasswordQuality,
    PasswordRequirementsPasswordScope, PasswordRequirementsRequirePasswordUnlock,
    PasswordRequirementsUnifiedLockSettings,
};
mod per_app_result;
pub use per_app_result::{PerAppResult, PerAppResultClearingResult};
mod permission_grant;
pub use permission_grant::{PermissionGrant, PermissionGrantPolicy};
mod persistent_preferred_activity;
pub use persistent_preferred_activity::PersistentPreferredActivity;
mod personal_application_policy;
pub use personal_application_policy::{
    PersonalApplicationPolicy, PersonalApplicationPolicyInstallType,
};
mod personal_cross_device_policies;
pub use personal_cross_device_policies::{
    PersonalCrossDevicePolicies, PersonalCrossDevicePoliciesTaskContinuityHandoff,
};
mod personal_usage_policies;
pub use personal_usage_policies::{
    PersonalUsagePolicies, PersonalUsagePoliciesBluetoothSharing,
    PersonalUsagePoliciesPersonalPlayStoreMode, PersonalUsagePoliciesPrivateSpacePolicy,
};
mod policy;
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
mod policy_enforcement_rule;
pub use policy_enforcement_rule::PolicyEnforcementRule;
mod posture_detail;
pub use posture_detail::{PostureDetail, PostureDetailSecurityRisk};
mod power_management_event;
pub use power_management_event::{PowerManagementEvent, PowerManagementEventEventType};
mod predicate;
pub use predicate::{Predicate, PredicateDaysOfWeek};
mod preferential_network_service_config;
pub use preferential_network_service_config::{
    PreferentialNetworkServiceConfig,
    PreferentialNetworkServiceConfigFallbackToDefaultConnection,
    PreferentialNetworkServiceConfigNonMatchingNetworks,
    PreferentialNetworkServiceConfigPreferentialNetworkId,
};
mod preferential_network_service_settings;
pub use preferential_network_service_settings::{
    PreferentialNetworkServiceSettings,
    PreferentialNetworkServiceSettingsDefaultPreferentialNetworkId,
};
mod private_dns_settings;
pub use private_dns_settings::{PrivateDnsSettings, PrivateDnsSettingsPrivateDnsMode};
mod provisioning_info;
pub use provisioning_info::{
    ProvisioningInfo, ProvisioningInfoManagementMode, ProvisioningInfoOwnership,
};
mod proxy_info;
pub use proxy_info::ProxyInfo;
mod remote_lock_event;
pub use remote_lock_event::RemoteLockEvent;
mod remove_esim_params;
pub use remove_esim_params::RemoveEsimParams;
mod remove_policy_applications_request;
pub use remove_policy_applications_request::RemovePolicyApplicationsRequest;
mod remove_policy_applications_response;
pub use remove_policy_applications_response::RemovePolicyApplicationsResponse;
mod request_device_info_params;
pub use request_device_info_params::{
    RequestDeviceInfoParams, RequestDeviceInfoParamsDeviceInfo,
};
mod request_device_info_status;
pub use request_device_info_status::{
    RequestDeviceInfoStatus, RequestDeviceInfoStatusStatus,
};
mod role;
pub use role::{Role, RoleRoleType};
mod rule;
pub use rule::{Rule, RuleStages};
mod screen_brightness_settings;
pub use screen_brightness_settings::{
    ScreenBrightnessSettings, ScreenBrightnessSettingsScreenBrightnessMode,
};
mod screen_timeout_settings;
pub use screen_timeout_settings::{
    ScreenTimeoutSettings, ScreenTimeoutSettingsScreenTimeoutMode,
};
mod security_posture;
pub use security_posture::{SecurityPosture, SecurityPostureDevicePosture};
mod setup_action;
pub use setup_action::SetupAction;
mod signin_detail;
pub use signin_detail::{
    SigninDetail, SigninDetailAllowPersonalUsage, SigninDetailDefaultStatus,
};
mod signin_detail_google_authentication_options;
pub use signin_detail_google_authentication_options::{
    SigninDetailGoogleAuthenticationOptions,
    SigninDetailGoogleAuthenticationOptionsAuthenticationRequirement,
};
mod signup_url;
pub use signup_url::SignupUrl;
mod single_app;
pub use single_app::SingleApp;
mod software_info;
pub use software_info::SoftwareInfo;
mod specific_non_compliance_context;
pub use specific_non_compliance_context::SpecificNonComplianceContext;
mod start_lost_mode_params;
pub use start_lost_mode_params::StartLostModeParams;
mod start_lost_mode_status;
pub use start_lost_mode_status::{StartLostModeStatus, StartLostModeStatusStatus};
mod status;
pub use status::Status;
mod status_reporting_settings;
pub use status_reporting_settings::StatusReportingSettings;
mod stop_lost_mode_params;
pub use stop_lost_mode_params::StopLostModeParams;
mod stop_lost_mode_status;
pub use stop_lost_mode_status::{StopLostModeStatus, StopLostModeStatusStatus};
mod stop_lost_mode_user_attempt_event;
pub use stop_lost_mode_user_attempt_event::{
    StopLostModeUserAttemptEvent, StopLostModeUserAttemptEventStatus,
};
mod system_update;
pub use system_update::{SystemUpdate, SystemUpdateType};
mod system_update_info;
pub use system_update_info::{SystemUpdateInfo, SystemUpdateInfoUpdateStatus};
mod target;
pub use target::{Target, TargetTargetType};
mod telephony_info;
pub use telephony_info::{
    TelephonyInfo, TelephonyInfoActivationState, TelephonyInfoConfigMode,
};
mod terms_and_conditions;
pub use terms_and_conditions::TermsAndConditions;
mod time_of_day;
pub use time_of_day::TimeOfDay;
mod unified_update_policy;
pub use unified_update_policy::UnifiedUpdatePolicy;
mod usage_log;
pub use usage_log::{UsageLog, UsageLogEnabledLogTypes, UsageLogUploadOnCellularAllowed};
mod usage_log_event;
pub use usage_log_event::{UsageLogEvent, UsageLogEventEventType};
mod user;
pub use user::User;
mod user_facing_message;
pub use user_facing_message::UserFacingMessage;
mod web_app;
pub use web_app::{WebApp, WebAppDisplayMode};
mod web_app_icon;
pub use web_app_icon::WebAppIcon;
mod web_token;
pub use web_token::{WebToken, WebTokenEnabledFeatures, WebTokenPermissions};
mod wifi_roaming_policy;
pub use wifi_roaming_policy::WifiRoamingPolicy;
mod wifi_roaming_setting;
pub use wifi_roaming_setting::{WifiRoamingSetting, WifiRoamingSettingWifiRoamingMode};
mod wifi_ssid;
pub use wifi_ssid::WifiSsid;
mod wifi_ssid_policy;
pub use wifi_ssid_policy::{WifiSsidPolicy, WifiSsidPolicyWifiSsidPolicyType};
mod wipe_action;
pub use wipe_action::WipeAction;
mod wipe_failure_event;
pub use wipe_failure_event::WipeFailureEvent;
mod wipe_params;
pub use wipe_params::{WipeParams, WipeParamsWipeDataFlags};
mod work_account_setup_config;
pub use work_account_setup_config::{
    WorkAccountSetupConfig, WorkAccountSetupConfigAuthenticationType,
};
