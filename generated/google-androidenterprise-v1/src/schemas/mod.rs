//! The data types of the Google Play EMM API: requests, responses and what they contain.
mod administrator;
pub use administrator::Administrator;
mod administrator_web_token;
pub use administrator_web_token::AdministratorWebToken;
mod administrator_web_token_spec;
pub use administrator_web_token_spec::{
    AdministratorWebTokenSpec, AdministratorWebTokenSpecPermission,
};
mod administrator_web_token_spec_managed_configurations;
pub use administrator_web_token_spec_managed_configurations::AdministratorWebTokenSpecManagedConfigurations;
mod administrator_web_token_spec_play_search;
pub use administrator_web_token_spec_play_search::AdministratorWebTokenSpecPlaySearch;
mod administrator_web_token_spec_private_apps;
pub use administrator_web_token_spec_private_apps::AdministratorWebTokenSpecPrivateApps;
mod administrator_web_token_spec_store_builder;
pub use administrator_web_token_spec_store_builder::AdministratorWebTokenSpecStoreBuilder;
mod administrator_web_token_spec_web_apps;
pub use administrator_web_token_spec_web_apps::AdministratorWebTokenSpecWebApps;
mod administrator_web_token_spec_zero_touch;
pub use administrator_web_token_spec_zero_touch::AdministratorWebTokenSpecZeroTouch;
mod app_restrictions_schema;
pub use app_restrictions_schema::AppRestrictionsSchema;
mod app_restrictions_schema_change_event;
pub use app_restrictions_schema_change_event::AppRestrictionsSchemaChangeEvent;
mod app_restrictions_schema_restriction;
pub use app_restrictions_schema_restriction::{
    AppRestrictionsSchemaRestriction, AppRestrictionsSchemaRestrictionRestrictionType,
};
mod app_restrictions_schema_restriction_restriction_value;
pub use app_restrictions_schema_restriction_restriction_value::{
    AppRestrictionsSchemaRestrictionRestrictionValue,
    AppRestrictionsSchemaRestrictionRestrictionValueType,
};
mod app_state;
pub use app_state::AppState;
mod app_update_event;
pub use app_update_event::AppUpdateEvent;
mod app_version;
pub use app_version::{AppVersion, AppVersionTrack};
mod approval_url_info;
pub use approval_url_info::ApprovalUrlInfo;
mod authentication_token;
pub use authentication_token::AuthenticationToken;
mod auto_install_constraint;
pub use auto_install_constraint::{
    AutoInstallConstraint, AutoInstallConstraintChargingStateConstraint,
    AutoInstallConstraintDeviceIdleStateConstraint,
    AutoInstallConstraintNetworkTypeConstraint,
};
mod auto_install_policy;
pub use auto_install_policy::{AutoInstallPolicy, AutoInstallPolicyAutoInstallMode};
mod configuration_variables;
pub use configuration_variables::ConfigurationVariables;
mod device;
pub use device::{Device, DeviceManagementType};
mod device_report;
pub use device_report::DeviceReport;
mod device_report_update_event;
pub use device_report_update_event::DeviceReportUpdateEvent;
mod device_state;
pub use device_state::{DeviceState, DeviceStateAccountState};
mod devices_list_response;
pub use devices_list_response::DevicesListResponse;
mod enrollment_token;
pub use enrollment_token::{EnrollmentToken, EnrollmentTokenEnrollmentTokenType};
mod enrollment_token_google_authentication_options;
pub use enrollment_token_google_authentication_options::{
    EnrollmentTokenGoogleAuthenticationOptions,
    EnrollmentTokenGoogleAuthenticationOptionsAuthenticationRequirement,
};
mod enterprise;
pub use enterprise::{
    Enterprise, EnterpriseEnterpriseType, EnterpriseManagedGoogleDomainType,
};
mod enterprise_account;
pub use enterprise_account::EnterpriseAccount;
mod enterprise_authentication_app_link_config;
pub use enterprise_authentication_app_link_config::EnterpriseAuthenticationAppLinkConfig;
mod enterprise_upgrade_event;
pub use enterprise_upgrade_event::{
    EnterpriseUpgradeEvent, EnterpriseUpgradeEventUpgradeState,
};
mod enterprises_list_response;
pub use enterprises_list_response::EnterprisesListResponse;
mod enterprises_send_test_push_notification_response;
pub use enterprises_send_test_push_notification_response::EnterprisesSendTestPushNotificationResponse;
mod entitlement;
pub use entitlement::{Entitlement, EntitlementReason};
mod entitlements_list_response;
pub use entitlements_list_response::EntitlementsListResponse;
mod generate_enterprise_upgrade_url_response;
pub use generate_enterprise_upgrade_url_response::GenerateEnterpriseUpgradeUrlResponse;
mod google_authentication_settings;
pub use google_authentication_settings::{
    GoogleAuthenticationSettings,
    GoogleAuthenticationSettingsGoogleAuthenticationRequired,
};
mod group_license;
pub use group_license::{
    GroupLicense, GroupLicenseAcquisitionKind, GroupLicenseApproval,
    GroupLicensePermissions,
};
mod group_license_users_list_response;
pub use group_license_users_list_response::GroupLicenseUsersListResponse;
mod group_licenses_list_response;
pub use group_licenses_list_response::GroupLicensesListResponse;
mod install;
pub use install::{Install, InstallInstallState};
mod install_failure_event;
pub use install_failure_event::{InstallFailureEvent, InstallFailureEventFailureReason};
mod installs_list_response;
pub use installs_list_response::InstallsListResponse;
mod keyed_app_state;
pub use keyed_app_state::{KeyedAppState, KeyedAppStateSeverity};
mod localized_text;
pub use localized_text::LocalizedText;
mod maintenance_window;
pub use maintenance_window::MaintenanceWindow;
mod managed_configuration;
pub use managed_configuration::ManagedConfiguration;
mod managed_configurations_for_device_list_response;
pub use managed_configurations_for_device_list_response::ManagedConfigurationsForDeviceListResponse;
mod managed_configurations_for_user_list_response;
pub use managed_configurations_for_user_list_response::ManagedConfigurationsForUserListResponse;
mod managed_configurations_settings;
pub use managed_configurations_settings::ManagedConfigurationsSettings;
mod managed_configurations_settings_list_response;
pub use managed_configurations_settings_list_response::ManagedConfigurationsSettingsListResponse;
mod managed_property;
pub use managed_property::ManagedProperty;
mod managed_property_bundle;
pub use managed_property_bundle::ManagedPropertyBundle;
mod new_device_event;
pub use new_device_event::{NewDeviceEvent, NewDeviceEventManagementType};
mod new_permissions_event;
pub use new_permissions_event::NewPermissionsEvent;
mod notification;
pub use notification::{Notification, NotificationNotificationType};
mod notification_set;
pub use notification_set::NotificationSet;
mod page_info;
pub use page_info::PageInfo;
mod permission;
pub use permission::Permission;
mod policy;
pub use policy::{
    Policy, PolicyAutoUpdatePolicy, PolicyDeviceReportPolicy,
    PolicyProductAvailabilityPolicy,
};
mod product;
pub use product::{
    Product, ProductAvailableTracks, ProductContentRating, ProductDistributionChannel,
    ProductFeatures, ProductProductPricing,
};
mod product_approval_event;
pub use product_approval_event::{ProductApprovalEvent, ProductApprovalEventApproved};
mod product_availability_change_event;
pub use product_availability_change_event::{
    ProductAvailabilityChangeEvent, ProductAvailabilityChangeEventAvailabilityStatus,
};
mod product_permission;
pub use product_permission::{ProductPermission, ProductPermissionState};
mod product_permissions;
pub use product_permissions::ProductPermissions;
mod product_policy;
pub use product_policy::{
    ProductPolicy, ProductPolicyAutoUpdateMode, ProductPolicyTracks,
};
mod product_set;
pub use product_set::{ProductSet, ProductSetProductSetBehavior};
mod product_signing_certificate;
pub use product_signing_certificate::ProductSigningCertificate;
mod product_visibility;
pub use product_visibility::{ProductVisibility, ProductVisibilityTracks};
mod products_approve_request;
pub use products_approve_request::{
    ProductsApproveRequest, ProductsApproveRequestApprovedPermissions,
};
mod products_generate_approval_url_response;
pub use products_generate_approval_url_response::ProductsGenerateApprovalUrlResponse;
mod products_list_response;
pub use products_list_response::ProductsListResponse;
mod service_account;
pub use service_account::ServiceAccount;
mod service_account_key;
pub use service_account_key::{ServiceAccountKey, ServiceAccountKeyType};
mod service_account_keys_list_response;
pub use service_account_keys_list_response::ServiceAccountKeysListResponse;
mod signup_info;
pub use signup_info::SignupInfo;
mod store_cluster;
pub use store_cluster::StoreCluster;
mod store_layout;
pub use store_layout::{StoreLayout, StoreLayoutStoreLayoutType};
mod store_layout_clusters_list_response;
pub use store_layout_clusters_list_response::StoreLayoutClustersListResponse;
mod store_layout_pages_list_response;
pub use store_layout_pages_list_response::StoreLayoutPagesListResponse;
mod store_page;
pub use store_page::StorePage;
mod token_pagination;
pub use token_pagination::TokenPagination;
mod track_info;
pub use track_info::TrackInfo;
mod user;
pub use user::{User, UserAccountType, UserManagementType};
mod users_list_response;
pub use users_list_response::UsersListResponse;
mod variable_set;
pub use variable_set::VariableSet;
mod web_app;
pub use web_app::{WebApp, WebAppDisplayMode};
mod web_app_icon;
pub use web_app_icon::WebAppIcon;
mod web_apps_list_response;
pub use web_apps_list_response::WebAppsListResponse;
