//! The data types of the Admin SDK API: requests, responses and what they contain.

#[cfg(any(feature = "groups", feature = "users"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "groups", feature = "users"))))]
mod alias;
#[cfg(any(feature = "groups", feature = "users"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "groups", feature = "users"))))]
pub use alias::Alias;
#[cfg(any(feature = "groups", feature = "users"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "groups", feature = "users"))))]
mod aliases;
#[cfg(any(feature = "groups", feature = "users"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "groups", feature = "users"))))]
pub use aliases::Aliases;
#[cfg(feature = "asps")]
#[cfg_attr(docsrs, doc(cfg(feature = "asps")))]
mod asp;
#[cfg(feature = "asps")]
#[cfg_attr(docsrs, doc(cfg(feature = "asps")))]
pub use asp::Asp;
#[cfg(feature = "asps")]
#[cfg_attr(docsrs, doc(cfg(feature = "asps")))]
mod asps;
#[cfg(feature = "asps")]
#[cfg_attr(docsrs, doc(cfg(feature = "asps")))]
pub use asps::Asps;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod auxiliary_message;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use auxiliary_message::{AuxiliaryMessage, AuxiliaryMessageSeverity};
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod backlight_info;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use backlight_info::BacklightInfo;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod batch_change_chrome_os_device_status_request;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use batch_change_chrome_os_device_status_request::{
    BatchChangeChromeOsDeviceStatusRequest,
    BatchChangeChromeOsDeviceStatusRequestChangeChromeOsDeviceStatusAction,
    BatchChangeChromeOsDeviceStatusRequestDeprovisionReason,
};

#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod batch_change_chrome_os_device_status_response;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use batch_change_chrome_os_device_status_response::BatchChangeChromeOsDeviceStatusResponse;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod batch_create_print_servers_request;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use batch_create_print_servers_request::BatchCreatePrintServersRequest;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod batch_create_print_servers_response;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use batch_create_print_servers_response::BatchCreatePrintServersResponse;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod batch_create_printers_request;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use batch_create_printers_request::BatchCreatePrintersRequest;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod batch_create_printers_response;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use batch_create_printers_response::BatchCreatePrintersResponse;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod batch_delete_print_servers_request;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use batch_delete_print_servers_request::BatchDeletePrintServersRequest;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod batch_delete_print_servers_response;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use batch_delete_print_servers_response::BatchDeletePrintServersResponse;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod batch_delete_printers_request;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use batch_delete_printers_request::BatchDeletePrintersRequest;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod batch_delete_printers_response;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use batch_delete_printers_response::BatchDeletePrintersResponse;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod bluetooth_adapter_info;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use bluetooth_adapter_info::BluetoothAdapterInfo;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
mod building;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub use building::Building;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
mod building_address;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub use building_address::BuildingAddress;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
mod building_coordinates;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub use building_coordinates::BuildingCoordinates;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
mod buildings;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub use buildings::Buildings;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod byte_usage;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use byte_usage::ByteUsage;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
mod calendar_resource;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub use calendar_resource::CalendarResource;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
mod calendar_resources;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub use calendar_resources::CalendarResources;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod change_chrome_os_device_status_result;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use change_chrome_os_device_status_result::ChangeChromeOsDeviceStatusResult;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod change_chrome_os_device_status_succeeded;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use change_chrome_os_device_status_succeeded::ChangeChromeOsDeviceStatusSucceeded;
#[cfg(any(feature = "channels", feature = "users"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "channels", feature = "users"))))]
mod channel;
#[cfg(any(feature = "channels", feature = "users"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "channels", feature = "users"))))]
pub use channel::Channel;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod chrome_os_device;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use chrome_os_device::{
    ChromeOsDevice, ChromeOsDeviceActiveTimeRanges, ChromeOsDeviceChromeOsType,
    ChromeOsDeviceCpuInfo, ChromeOsDeviceCpuInfoLogicalCpus,
    ChromeOsDeviceCpuInfoLogicalCpusCStates, ChromeOsDeviceCpuStatusReports,
    ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo, ChromeOsDeviceDeprovisionReason,
    ChromeOsDeviceDeviceFiles, ChromeOsDeviceDeviceLicenseType,
    ChromeOsDeviceDiskVolumeReports, ChromeOsDeviceDiskVolumeReportsVolumeInfo,
    ChromeOsDeviceLastKnownNetwork, ChromeOsDeviceOsVersionCompliance,
    ChromeOsDeviceRecentUsers, ChromeOsDeviceScreenshotFiles,
    ChromeOsDeviceSystemRamFreeReports, ChromeOsDeviceTpmVersionInfo,
};

#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod chrome_os_device_action;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use chrome_os_device_action::ChromeOsDeviceAction;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod chrome_os_devices;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use chrome_os_devices::ChromeOsDevices;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod chrome_os_move_devices_to_ou;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use chrome_os_move_devices_to_ou::ChromeOsMoveDevicesToOu;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod count_chrome_os_devices_response;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use count_chrome_os_devices_response::CountChromeOsDevicesResponse;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod create_print_server_request;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use create_print_server_request::CreatePrintServerRequest;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod create_printer_request;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use create_printer_request::CreatePrinterRequest;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod customer;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use customer::Customer;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod customer_postal_address;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use customer_postal_address::CustomerPostalAddress;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod directory_chromeosdevices_command;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use directory_chromeosdevices_command::{
    DirectoryChromeosdevicesCommand, DirectoryChromeosdevicesCommandState,
    DirectoryChromeosdevicesCommandType,
};

#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod directory_chromeosdevices_command_result;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use directory_chromeosdevices_command_result::{
    DirectoryChromeosdevicesCommandResult, DirectoryChromeosdevicesCommandResultResult,
};

#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod directory_chromeosdevices_issue_command_request;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use directory_chromeosdevices_issue_command_request::{
    DirectoryChromeosdevicesIssueCommandRequest,
    DirectoryChromeosdevicesIssueCommandRequestCommandType,
};

#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod directory_chromeosdevices_issue_command_response;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use directory_chromeosdevices_issue_command_response::DirectoryChromeosdevicesIssueCommandResponse;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod directory_users_create_guest_request;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use directory_users_create_guest_request::DirectoryUsersCreateGuestRequest;
#[cfg(any(feature = "domain-aliases", feature = "domains"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "domain-aliases", feature = "domains"))))]
mod domain_alias;
#[cfg(any(feature = "domain-aliases", feature = "domains"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "domain-aliases", feature = "domains"))))]
pub use domain_alias::DomainAlias;
#[cfg(feature = "domain-aliases")]
#[cfg_attr(docsrs, doc(cfg(feature = "domain-aliases")))]
mod domain_aliases;
#[cfg(feature = "domain-aliases")]
#[cfg_attr(docsrs, doc(cfg(feature = "domain-aliases")))]
pub use domain_aliases::DomainAliases;
#[cfg(feature = "domains")]
#[cfg_attr(docsrs, doc(cfg(feature = "domains")))]
mod domains;
#[cfg(feature = "domains")]
#[cfg_attr(docsrs, doc(cfg(feature = "domains")))]
pub use domains::Domains;
#[cfg(feature = "domains")]
#[cfg_attr(docsrs, doc(cfg(feature = "domains")))]
mod domains2;
#[cfg(feature = "domains")]
#[cfg_attr(docsrs, doc(cfg(feature = "domains")))]
pub use domains2::Domains2;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod empty;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use empty::Empty;
#[cfg(feature = "role-assignments")]
#[cfg_attr(docsrs, doc(cfg(feature = "role-assignments")))]
mod expiration_details;
#[cfg(feature = "role-assignments")]
#[cfg_attr(docsrs, doc(cfg(feature = "role-assignments")))]
pub use expiration_details::ExpirationDetails;
#[cfg(feature = "groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "groups")))]
mod external_id;
#[cfg(feature = "groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "groups")))]
pub use external_id::ExternalId;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod failure_info;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use failure_info::{FailureInfo, FailureInfoErrorCode};
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod fan_info;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use fan_info::FanInfo;
mod feature;
pub use feature::Feature;
mod feature_instance;
pub use feature_instance::FeatureInstance;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
mod feature_rename;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub use feature_rename::FeatureRename;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
mod features;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub use features::Features;
#[cfg(feature = "groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "groups")))]
mod group;
#[cfg(feature = "groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "groups")))]
pub use group::Group;
mod group_alias;
pub use group_alias::GroupAlias;
#[cfg(feature = "groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "groups")))]
mod groups;
#[cfg(feature = "groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "groups")))]
pub use groups::Groups;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod guest_account_info;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use guest_account_info::GuestAccountInfo;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod list_print_servers_response;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use list_print_servers_response::ListPrintServersResponse;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod list_printer_models_response;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use list_printer_models_response::ListPrinterModelsResponse;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod list_printers_response;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use list_printers_response::ListPrintersResponse;
#[cfg(feature = "members")]
#[cfg_attr(docsrs, doc(cfg(feature = "members")))]
mod member;
#[cfg(feature = "members")]
#[cfg_attr(docsrs, doc(cfg(feature = "members")))]
pub use member::Member;
#[cfg(feature = "members")]
#[cfg_attr(docsrs, doc(cfg(feature = "members")))]
mod members;
#[cfg(feature = "members")]
#[cfg_attr(docsrs, doc(cfg(feature = "members")))]
pub use members::Members;
#[cfg(feature = "members")]
#[cfg_attr(docsrs, doc(cfg(feature = "members")))]
mod members_has_member;
#[cfg(feature = "members")]
#[cfg_attr(docsrs, doc(cfg(feature = "members")))]
pub use members_has_member::MembersHasMember;
#[cfg(feature = "mobiledevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "mobiledevices")))]
mod mobile_device;
#[cfg(feature = "mobiledevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "mobiledevices")))]
pub use mobile_device::{MobileDevice, MobileDeviceApplications};
#[cfg(feature = "mobiledevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "mobiledevices")))]
mod mobile_device_action;
#[cfg(feature = "mobiledevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "mobiledevices")))]
pub use mobile_device_action::MobileDeviceAction;
#[cfg(feature = "mobiledevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "mobiledevices")))]
mod mobile_devices;
#[cfg(feature = "mobiledevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "mobiledevices")))]
pub use mobile_devices::MobileDevices;
#[cfg(feature = "orgunits")]
#[cfg_attr(docsrs, doc(cfg(feature = "orgunits")))]
mod org_unit;
#[cfg(feature = "orgunits")]
#[cfg_attr(docsrs, doc(cfg(feature = "orgunits")))]
pub use org_unit::OrgUnit;
#[cfg(feature = "orgunits")]
#[cfg_attr(docsrs, doc(cfg(feature = "orgunits")))]
mod org_units;
#[cfg(feature = "orgunits")]
#[cfg_attr(docsrs, doc(cfg(feature = "orgunits")))]
pub use org_units::OrgUnits;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
mod os_update_status;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub use os_update_status::{OsUpdateStatus, OsUpdateStatusState};
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod print_server;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use print_server::PrintServer;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod print_server_failure_info;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use print_server_failure_info::{
    PrintServerFailureInfo, PrintServerFailureInfoErrorCode,
};

#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod printer;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use printer::Printer;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
mod printer_model;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use printer_model::PrinterModel;
#[cfg(feature = "privileges")]
#[cfg_attr(docsrs, doc(cfg(feature = "privileges")))]
mod privilege;
#[cfg(feature = "privileges")]
#[cfg_attr(docsrs, doc(cfg(feature = "privileges")))]
pub use privilege::Privilege;
#[cfg(feature = "privileges")]
#[cfg_attr(docsrs, doc(cfg(feature = "privileges")))]
mod privileges;
#[cfg(feature = "privileges")]
#[cfg_attr(docsrs, doc(cfg(feature = "privileges")))]
pub use privileges::Privileges;
#[cfg(feature = "roles")]
#[cfg_attr(docsrs, doc(cfg(feature = "roles")))]
mod role;
#[cfg(feature = "roles")]
#[cfg_attr(docsrs, doc(cfg(feature = "roles")))]
pub use role::{Role, RoleRolePrivileges};
#[cfg(feature = "role-assignments")]
#[cfg_attr(docsrs, doc(cfg(feature = "role-assignments")))]
mod role_assignment;
#[cfg(feature = "role-assignments")]
#[cfg_attr(docsrs, doc(cfg(feature = "role-assignments")))]
pub use role_assignment::{RoleAssignment, RoleAssignmentAssigneeType};
#[cfg(feature = "role-assignments")]
#[cfg_attr(docsrs, doc(cfg(feature = "role-assignments")))]
mod role_assignments;
#[cfg(feature = "role-assignments")]
#[cfg_attr(docsrs, doc(cfg(feature = "role-assignments")))]
pub use role_assignments::RoleAssignments;
#[cfg(feature = "roles")]
#[cfg_attr(docsrs, doc(cfg(feature = "roles")))]
mod roles;
#[cfg(feature = "roles")]
#[cfg_attr(docsrs, doc(cfg(feature = "roles")))]
pub use roles::Roles;
#[cfg(feature = "schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemas")))]
mod schema;
#[cfg(feature = "schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemas")))]
pub use schema::Schema;
#[cfg(feature = "schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemas")))]
mod schema_field_spec;
#[cfg(feature = "schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemas")))]
pub use schema_field_spec::{SchemaFieldSpec, SchemaFieldSpecNumericIndexingSpec};
#[cfg(feature = "schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemas")))]
mod schemas;
#[cfg(feature = "schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemas")))]
pub use schemas::Schemas;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
mod status;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub use status::Status;
#[cfg(feature = "tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokens")))]
mod token;
#[cfg(feature = "tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokens")))]
pub use token::Token;
#[cfg(feature = "tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokens")))]
mod tokens;
#[cfg(feature = "tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokens")))]
pub use tokens::Tokens;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod user;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use user::User;
mod user_about;
pub use user_about::UserAbout;
mod user_address;
pub use user_address::UserAddress;
mod user_alias;
pub use user_alias::UserAlias;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod user_custom_properties;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use user_custom_properties::UserCustomProperties;
mod user_email;
pub use user_email::{UserEmail, UserEmailPublicKeyEncryptionCertificates};
mod user_external_id;
pub use user_external_id::UserExternalId;
mod user_gender;
pub use user_gender::UserGender;
mod user_im;
pub use user_im::UserIm;
mod user_keyword;
pub use user_keyword::UserKeyword;
mod user_language;
pub use user_language::UserLanguage;
mod user_location;
pub use user_location::UserLocation;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod user_make_admin;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use user_make_admin::UserMakeAdmin;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod user_name;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use user_name::UserName;
mod user_organization;
pub use user_organization::UserOrganization;
mod user_phone;
pub use user_phone::UserPhone;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod user_photo;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use user_photo::UserPhoto;
mod user_posix_account;
pub use user_posix_account::UserPosixAccount;
mod user_relation;
pub use user_relation::UserRelation;
mod user_ssh_public_key;
pub use user_ssh_public_key::UserSshPublicKey;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod user_undelete;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use user_undelete::UserUndelete;
mod user_website;
pub use user_website::UserWebsite;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
mod users;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub use users::Users;
#[cfg(feature = "verification-codes")]
#[cfg_attr(docsrs, doc(cfg(feature = "verification-codes")))]
mod verification_code;
#[cfg(feature = "verification-codes")]
#[cfg_attr(docsrs, doc(cfg(feature = "verification-codes")))]
pub use verification_code::VerificationCode;
#[cfg(feature = "verification-codes")]
#[cfg_attr(docsrs, doc(cfg(feature = "verification-codes")))]
mod verification_codes;
#[cfg(feature = "verification-codes")]
#[cfg_attr(docsrs, doc(cfg(feature = "verification-codes")))]
pub use verification_codes::VerificationCodes;
