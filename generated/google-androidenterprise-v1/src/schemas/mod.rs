//! The data types of the Google Play EMM API: requests, responses and what they contain.

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator::Administrator;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator_web_token;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator_web_token::AdministratorWebToken;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator_web_token_spec;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator_web_token_spec::{
    AdministratorWebTokenSpec, AdministratorWebTokenSpecPermission,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator_web_token_spec_managed_configurations;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator_web_token_spec_managed_configurations::AdministratorWebTokenSpecManagedConfigurations;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator_web_token_spec_play_search;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator_web_token_spec_play_search::AdministratorWebTokenSpecPlaySearch;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator_web_token_spec_private_apps;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator_web_token_spec_private_apps::AdministratorWebTokenSpecPrivateApps;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator_web_token_spec_store_builder;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator_web_token_spec_store_builder::AdministratorWebTokenSpecStoreBuilder;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator_web_token_spec_web_apps;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator_web_token_spec_web_apps::AdministratorWebTokenSpecWebApps;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod administrator_web_token_spec_zero_touch;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use administrator_web_token_spec_zero_touch::AdministratorWebTokenSpecZeroTouch;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod app_restrictions_schema;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use app_restrictions_schema::AppRestrictionsSchema;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod app_restrictions_schema_change_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use app_restrictions_schema_change_event::AppRestrictionsSchemaChangeEvent;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod app_restrictions_schema_restriction;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use app_restrictions_schema_restriction::{
    AppRestrictionsSchemaRestriction, AppRestrictionsSchemaRestrictionRestrictionType,
};

#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod app_restrictions_schema_restriction_restriction_value;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use app_restrictions_schema_restriction_restriction_value::{
    AppRestrictionsSchemaRestrictionRestrictionValue,
    AppRestrictionsSchemaRestrictionRestrictionValueType,
};

#[cfg(any(feature = "devices", feature = "enterprises"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "devices", feature = "enterprises"))))]
mod app_state;
#[cfg(any(feature = "devices", feature = "enterprises"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "devices", feature = "enterprises"))))]
pub use app_state::AppState;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod app_update_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use app_update_event::AppUpdateEvent;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod app_version;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use app_version::{AppVersion, AppVersionTrack};
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod approval_url_info;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use approval_url_info::ApprovalUrlInfo;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod authentication_token;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use authentication_token::AuthenticationToken;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod auto_install_constraint;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use auto_install_constraint::{
    AutoInstallConstraint, AutoInstallConstraintChargingStateConstraint,
    AutoInstallConstraintDeviceIdleStateConstraint,
    AutoInstallConstraintNetworkTypeConstraint,
};

#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod auto_install_policy;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use auto_install_policy::{AutoInstallPolicy, AutoInstallPolicyAutoInstallMode};
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
mod configuration_variables;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
pub use configuration_variables::ConfigurationVariables;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod device;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use device::{Device, DeviceManagementType};
#[cfg(any(feature = "devices", feature = "enterprises"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "devices", feature = "enterprises"))))]
mod device_report;
#[cfg(any(feature = "devices", feature = "enterprises"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "devices", feature = "enterprises"))))]
pub use device_report::DeviceReport;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod device_report_update_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use device_report_update_event::DeviceReportUpdateEvent;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod device_state;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use device_state::{DeviceState, DeviceStateAccountState};
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod devices_list_response;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use devices_list_response::DevicesListResponse;
#[cfg(feature = "enrollment-tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "enrollment-tokens")))]
mod enrollment_token;
#[cfg(feature = "enrollment-tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "enrollment-tokens")))]
pub use enrollment_token::{EnrollmentToken, EnrollmentTokenEnrollmentTokenType};
#[cfg(feature = "enrollment-tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "enrollment-tokens")))]
mod enrollment_token_google_authentication_options;
#[cfg(feature = "enrollment-tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "enrollment-tokens")))]
pub use enrollment_token_google_authentication_options::{
    EnrollmentTokenGoogleAuthenticationOptions,
    EnrollmentTokenGoogleAuthenticationOptionsAuthenticationRequirement,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod enterprise;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use enterprise::{
    Enterprise, EnterpriseEnterpriseType, EnterpriseManagedGoogleDomainType,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod enterprise_account;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use enterprise_account::EnterpriseAccount;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod enterprise_authentication_app_link_config;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use enterprise_authentication_app_link_config::EnterpriseAuthenticationAppLinkConfig;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod enterprise_upgrade_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use enterprise_upgrade_event::{
    EnterpriseUpgradeEvent, EnterpriseUpgradeEventUpgradeState,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod enterprises_list_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use enterprises_list_response::EnterprisesListResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod enterprises_send_test_push_notification_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use enterprises_send_test_push_notification_response::EnterprisesSendTestPushNotificationResponse;
#[cfg(feature = "entitlements")]
#[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
mod entitlement;
#[cfg(feature = "entitlements")]
#[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
pub use entitlement::{Entitlement, EntitlementReason};
#[cfg(feature = "entitlements")]
#[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
mod entitlements_list_response;
#[cfg(feature = "entitlements")]
#[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
pub use entitlements_list_response::EntitlementsListResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod generate_enterprise_upgrade_url_response;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use generate_enterprise_upgrade_url_response::GenerateEnterpriseUpgradeUrlResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod google_authentication_settings;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use google_authentication_settings::{
    GoogleAuthenticationSettings,
    GoogleAuthenticationSettingsGoogleAuthenticationRequired,
};

#[cfg(feature = "grouplicenses")]
#[cfg_attr(docsrs, doc(cfg(feature = "grouplicenses")))]
mod group_license;
#[cfg(feature = "grouplicenses")]
#[cfg_attr(docsrs, doc(cfg(feature = "grouplicenses")))]
pub use group_license::{
    GroupLicense, GroupLicenseAcquisitionKind, GroupLicenseApproval,
    GroupLicensePermissions,
};

#[cfg(feature = "grouplicenseusers")]
#[cfg_attr(docsrs, doc(cfg(feature = "grouplicenseusers")))]
mod group_license_users_list_response;
#[cfg(feature = "grouplicenseusers")]
#[cfg_attr(docsrs, doc(cfg(feature = "grouplicenseusers")))]
pub use group_license_users_list_response::GroupLicenseUsersListResponse;
#[cfg(feature = "grouplicenses")]
#[cfg_attr(docsrs, doc(cfg(feature = "grouplicenses")))]
mod group_licenses_list_response;
#[cfg(feature = "grouplicenses")]
#[cfg_attr(docsrs, doc(cfg(feature = "grouplicenses")))]
pub use group_licenses_list_response::GroupLicensesListResponse;
#[cfg(feature = "installs")]
#[cfg_attr(docsrs, doc(cfg(feature = "installs")))]
mod install;
#[cfg(feature = "installs")]
#[cfg_attr(docsrs, doc(cfg(feature = "installs")))]
pub use install::{Install, InstallInstallState};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod install_failure_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use install_failure_event::{InstallFailureEvent, InstallFailureEventFailureReason};
#[cfg(feature = "installs")]
#[cfg_attr(docsrs, doc(cfg(feature = "installs")))]
mod installs_list_response;
#[cfg(feature = "installs")]
#[cfg_attr(docsrs, doc(cfg(feature = "installs")))]
pub use installs_list_response::InstallsListResponse;
#[cfg(any(feature = "devices", feature = "enterprises"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "devices", feature = "enterprises"))))]
mod keyed_app_state;
#[cfg(any(feature = "devices", feature = "enterprises"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "devices", feature = "enterprises"))))]
pub use keyed_app_state::{KeyedAppState, KeyedAppStateSeverity};
#[cfg(any(feature = "storelayoutclusters", feature = "storelayoutpages"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "storelayoutclusters", feature = "storelayoutpages")))
)]
mod localized_text;
#[cfg(any(feature = "storelayoutclusters", feature = "storelayoutpages"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "storelayoutclusters", feature = "storelayoutpages")))
)]
pub use localized_text::LocalizedText;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod maintenance_window;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use maintenance_window::MaintenanceWindow;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
mod managed_configuration;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
pub use managed_configuration::ManagedConfiguration;
#[cfg(feature = "managedconfigurationsfordevice")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationsfordevice")))]
mod managed_configurations_for_device_list_response;
#[cfg(feature = "managedconfigurationsfordevice")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationsfordevice")))]
pub use managed_configurations_for_device_list_response::ManagedConfigurationsForDeviceListResponse;
#[cfg(feature = "managedconfigurationsforuser")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationsforuser")))]
mod managed_configurations_for_user_list_response;
#[cfg(feature = "managedconfigurationsforuser")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationsforuser")))]
pub use managed_configurations_for_user_list_response::ManagedConfigurationsForUserListResponse;
#[cfg(feature = "managedconfigurationssettings")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationssettings")))]
mod managed_configurations_settings;
#[cfg(feature = "managedconfigurationssettings")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationssettings")))]
pub use managed_configurations_settings::ManagedConfigurationsSettings;
#[cfg(feature = "managedconfigurationssettings")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationssettings")))]
mod managed_configurations_settings_list_response;
#[cfg(feature = "managedconfigurationssettings")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationssettings")))]
pub use managed_configurations_settings_list_response::ManagedConfigurationsSettingsListResponse;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
mod managed_property;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
pub use managed_property::ManagedProperty;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
mod managed_property_bundle;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
pub use managed_property_bundle::ManagedPropertyBundle;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod new_device_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use new_device_event::{NewDeviceEvent, NewDeviceEventManagementType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod new_permissions_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use new_permissions_event::NewPermissionsEvent;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod notification;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use notification::{Notification, NotificationNotificationType};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod notification_set;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use notification_set::NotificationSet;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod page_info;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use page_info::PageInfo;
#[cfg(feature = "permissions")]
#[cfg_attr(docsrs, doc(cfg(feature = "permissions")))]
mod permission;
#[cfg(feature = "permissions")]
#[cfg_attr(docsrs, doc(cfg(feature = "permissions")))]
pub use permission::Permission;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod policy;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use policy::{
    Policy, PolicyAutoUpdatePolicy, PolicyDeviceReportPolicy,
    PolicyProductAvailabilityPolicy,
};

#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod product;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use product::{
    Product, ProductAvailableTracks, ProductContentRating, ProductDistributionChannel,
    ProductFeatures, ProductProductPricing,
};

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod product_approval_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use product_approval_event::{ProductApprovalEvent, ProductApprovalEventApproved};
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod product_availability_change_event;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use product_availability_change_event::{
    ProductAvailabilityChangeEvent, ProductAvailabilityChangeEventAvailabilityStatus,
};

#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod product_permission;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use product_permission::{ProductPermission, ProductPermissionState};
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod product_permissions;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use product_permissions::ProductPermissions;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
mod product_policy;
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub use product_policy::{
    ProductPolicy, ProductPolicyAutoUpdateMode, ProductPolicyTracks,
};

#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod product_set;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use product_set::{ProductSet, ProductSetProductSetBehavior};
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod product_signing_certificate;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use product_signing_certificate::ProductSigningCertificate;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod product_visibility;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use product_visibility::{ProductVisibility, ProductVisibilityTracks};
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod products_approve_request;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use products_approve_request::{
    ProductsApproveRequest, ProductsApproveRequestApprovedPermissions,
};

#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod products_generate_approval_url_response;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use products_generate_approval_url_response::ProductsGenerateApprovalUrlResponse;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod products_list_response;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use products_list_response::ProductsListResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod service_account;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use service_account::ServiceAccount;
#[cfg(any(feature = "enterprises", feature = "serviceaccountkeys"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "enterprises", feature = "serviceaccountkeys")))
)]
mod service_account_key;
#[cfg(any(feature = "enterprises", feature = "serviceaccountkeys"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "enterprises", feature = "serviceaccountkeys")))
)]
pub use service_account_key::{ServiceAccountKey, ServiceAccountKeyType};
#[cfg(feature = "serviceaccountkeys")]
#[cfg_attr(docsrs, doc(cfg(feature = "serviceaccountkeys")))]
mod service_account_keys_list_response;
#[cfg(feature = "serviceaccountkeys")]
#[cfg_attr(docsrs, doc(cfg(feature = "serviceaccountkeys")))]
pub use service_account_keys_list_response::ServiceAccountKeysListResponse;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod signup_info;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use signup_info::SignupInfo;
#[cfg(feature = "storelayoutclusters")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutclusters")))]
mod store_cluster;
#[cfg(feature = "storelayoutclusters")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutclusters")))]
pub use store_cluster::StoreCluster;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
mod store_layout;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub use store_layout::{StoreLayout, StoreLayoutStoreLayoutType};
#[cfg(feature = "storelayoutclusters")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutclusters")))]
mod store_layout_clusters_list_response;
#[cfg(feature = "storelayoutclusters")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutclusters")))]
pub use store_layout_clusters_list_response::StoreLayoutClustersListResponse;
#[cfg(feature = "storelayoutpages")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutpages")))]
mod store_layout_pages_list_response;
#[cfg(feature = "storelayoutpages")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutpages")))]
pub use store_layout_pages_list_response::StoreLayoutPagesListResponse;
#[cfg(feature = "storelayoutpages")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutpages")))]
mod store_page;
#[cfg(feature = "storelayoutpages")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutpages")))]
pub use store_page::StorePage;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod token_pagination;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use token_pagination::TokenPagination;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
mod track_info;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub use track_info::TrackInfo;
#[cfg(any(feature = "grouplicenseusers", feature = "users"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "grouplicenseusers", feature = "users"))))]
mod user;
#[cfg(any(feature = "grouplicenseusers", feature = "users"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "grouplicenseusers", feature = "users"))))]
pub use user::{User, UserAccountType, UserManagementType};
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod users_list_response;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use users_list_response::UsersListResponse;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
mod variable_set;
#[cfg(
    any(
        feature = "devices",
        feature = "managedconfigurationsfordevice",
        feature = "managedconfigurationsforuser"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "devices",
                feature = "managedconfigurationsfordevice",
                feature = "managedconfigurationsforuser"
            )
        )
    )
)]
pub use variable_set::VariableSet;
#[cfg(feature = "webapps")]
#[cfg_attr(docsrs, doc(cfg(feature = "webapps")))]
mod web_app;
#[cfg(feature = "webapps")]
#[cfg_attr(docsrs, doc(cfg(feature = "webapps")))]
pub use web_app::{WebApp, WebAppDisplayMode};
#[cfg(feature = "webapps")]
#[cfg_attr(docsrs, doc(cfg(feature = "webapps")))]
mod web_app_icon;
#[cfg(feature = "webapps")]
#[cfg_attr(docsrs, doc(cfg(feature = "webapps")))]
pub use web_app_icon::WebAppIcon;
#[cfg(feature = "webapps")]
#[cfg_attr(docsrs, doc(cfg(feature = "webapps")))]
mod web_apps_list_response;
#[cfg(feature = "webapps")]
#[cfg_attr(docsrs, doc(cfg(feature = "webapps")))]
pub use web_apps_list_response::WebAppsListResponse;
