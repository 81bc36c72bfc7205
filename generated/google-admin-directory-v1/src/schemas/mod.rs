//! The data types of the Admin SDK API: requests, responses and what they contain.
mod alias;
pub use alias::Alias;
mod aliases;
pub use aliases::Aliases;
mod asp;
pub use asp::Asp;
mod asps;
pub use asps::Asps;
mod auxiliary_message;
pub use auxiliary_message::{AuxiliaryMessage, AuxiliaryMessageSeverity};
mod backlight_info;
pub use backlight_info::BacklightInfo;
mod batch_change_chrome_os_device_status_request;
pub use batch_change_chrome_os_device_status_request::{
    BatchChangeChromeOsDeviceStatusRequest,
    BatchChangeChromeOsDeviceStatusRequestChangeChromeOsDeviceStatusAction,
    BatchChangeChromeOsDeviceStatusRequestDeprovisionReason,
};
mod batch_change_chrome_os_device_status_response;
pub use batch_change_chrome_os_device_status_response::BatchChangeChromeOsDeviceStatusResponse;
mod batch_create_print_servers_request;
pub use batch_create_print_servers_request::BatchCreatePrintServersRequest;
mod batch_create_print_servers_response;
pub use batch_create_print_servers_response::BatchCreatePrintServersResponse;
mod batch_create_printers_request;
pub use batch_create_printers_request::BatchCreatePrintersRequest;
mod batch_create_printers_response;
pub use batch_create_printers_response::BatchCreatePrintersResponse;
mod batch_delete_print_servers_request;
pub use batch_delete_print_servers_request::BatchDeletePrintServersRequest;
mod batch_delete_print_servers_response;
pub use batch_delete_print_servers_response::BatchDeletePrintServersResponse;
mod batch_delete_printers_request;
pub use batch_delete_printers_request::BatchDeletePrintersRequest;
mod batch_delete_printers_response;
pub use batch_delete_printers_response::BatchDeletePrintersResponse;
mod bluetooth_adapter_info;
pub use bluetooth_adapter_info::BluetoothAdapterInfo;
mod building;
pub use building::Building;
mod building_address;
pub use building_address::BuildingAddress;
mod building_coordinates;
pub use building_coordinates::BuildingCoordinates;
mod buildings;
pub use buildings::Buildings;
mod byte_usage;
pub use byte_usage::ByteUsage;
mod calendar_resource;
pub use calendar_resource::CalendarResource;
mod calendar_resources;
pub use calendar_resources::CalendarResources;
mod change_chrome_os_device_status_result;
pub use change_chrome_os_device_status_result::ChangeChromeOsDeviceStatusResult;
mod change_chrome_os_device_status_succeeded;
pub use change_chrome_os_device_status_succeeded::ChangeChromeOsDeviceStatusSucceeded;
mod channel;
pub use channel::Channel;
mod chrome_os_device;
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
mod chrome_os_device_action;
pub use chrome_os_device_action::ChromeOsDeviceAction;
mod chrome_os_devices;
pub use chrome_os_devices::ChromeOsDevices;
mod chrome_os_move_devices_to_ou;
pub use chrome_os_move_devices_to_ou::ChromeOsMoveDevicesToOu;
mod count_chrome_os_devices_response;
pub use count_chrome_os_devices_response::CountChromeOsDevicesResponse;
mod create_print_server_request;
pub use create_print_server_request::CreatePrintServerRequest;
mod create_printer_request;
pub use create_printer_request::CreatePrinterRequest;
mod customer;
pub use customer::Customer;
mod customer_postal_address;
pub use customer_postal_address::CustomerPostalAddress;
mod directory_chromeosdevices_command;
pub use directory_chromeosdevices_command::{
    DirectoryChromeosdevicesCommand, DirectoryChromeosdevicesCommandState,
    DirectoryChromeosdevicesCommandType,
};
mod directory_chromeosdevices_command_result;
pub use directory_chromeosdevices_command_result::{
    DirectoryChromeosdevicesCommandResult, DirectoryChromeosdevicesCommandResultResult,
};
mod directory_chromeosdevices_issue_command_request;
pub use directory_chromeosdevices_issue_command_request::{
    DirectoryChromeosdevicesIssueCommandRequest,
    DirectoryChromeosdevicesIssueCommandRequestCommandType,
};
mod directory_chromeosdevices_issue_command_response;
pub use directory_chromeosdevices_issue_command_response::DirectoryChromeosdevicesIssueCommandResponse;
mod directory_users_create_guest_request;
pub use directory_users_create_guest_request::DirectoryUsersCreateGuestRequest;
mod domain_alias;
pub use domain_alias::DomainAlias;
mod domain_aliases;
pub use domain_aliases::DomainAliases;
mod domains;
pub use domains::Domains;
mod domains2;
pub use domains2::Domains2;
mod empty;
pub use empty::Empty;
mod expiration_details;
pub use expiration_details::ExpirationDetails;
mod external_id;
pub use external_id::ExternalId;
mod failure_info;
pub use failure_info::{FailureInfo, FailureInfoErrorCode};
mod fan_info;
pub use fan_info::FanInfo;
mod feature;
pub use feature::Feature;
mod feature_instance;
pub use feature_instance::FeatureInstance;
mod feature_rename;
pub use feature_rename::FeatureRename;
mod features;
pub use features::Features;
mod group;
pub use group::Group;
mod group_alias;
pub use group_alias::GroupAlias;
mod groups;
pub use groups::Groups;
mod guest_account_info;
pub use guest_account_info::GuestAccountInfo;
mod list_print_servers_response;
pub use list_print_servers_response::ListPrintServersResponse;
mod list_printer_models_response;
pub use list_printer_models_response::ListPrinterModelsResponse;
mod list_printers_response;
pub use list_printers_response::ListPrintersResponse;
mod member;
pub use member::Member;
mod members;
pub use members::Members;
mod members_has_member;
pub use members_has_member::MembersHasMember;
mod mobile_device;
pub use mobile_device::{MobileDevice, MobileDeviceApplications};
mod mobile_device_action;
pub use mobile_device_action::MobileDeviceAction;
mod mobile_devices;
pub use mobile_devices::MobileDevices;
mod org_unit;
pub use org_unit::OrgUnit;
mod org_units;
pub use org_units::OrgUnits;
mod os_update_status;
pub use os_update_status::{OsUpdateStatus, OsUpdateStatusState};
mod print_server;
pub use print_server::PrintServer;
mod print_server_failure_info;
pub use print_server_failure_info::{
    PrintServerFailureInfo, PrintServerFailureInfoErrorCode,
};
mod printer;
pub use printer::Printer;
mod printer_model;
pub use printer_model::PrinterModel;
mod privilege;
pub use privilege::Privilege;
mod privileges;
pub use privileges::Privileges;
mod role;
pub use role::{Role, RoleRolePrivileges};
mod role_assignment;
pub use role_assignment::{RoleAssignment, RoleAssignmentAssigneeType};
mod role_assignments;
pub use role_assignments::RoleAssignments;
mod roles;
pub use roles::Roles;
mod schema;
pub use schema::Schema;
mod schema_field_spec;
pub use schema_field_spec::{SchemaFieldSpec, SchemaFieldSpecNumericIndexingSpec};
mod schemas;
pub use schemas::Schemas;
mod status;
pub use status::Status;
mod token;
pub use token::Token;
mod tokens;
pub use tokens::Tokens;
mod user;
pub use user::User;
mod user_about;
pub use user_about::UserAbout;
mod user_address;
pub use user_address::UserAddress;
mod user_alias;
pub use user_alias::UserAlias;
mod user_custom_properties;
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
mod user_make_admin;
pub use user_make_admin::UserMakeAdmin;
mod user_name;
pub use user_name::UserName;
mod user_organization;
pub use user_organization::UserOrganization;
mod user_phone;
pub use user_phone::UserPhone;
mod user_photo;
pub use user_photo::UserPhoto;
mod user_posix_account;
pub use user_posix_account::UserPosixAccount;
mod user_relation;
pub use user_relation::UserRelation;
mod user_ssh_public_key;
pub use user_ssh_public_key::UserSshPublicKey;
mod user_undelete;
pub use user_undelete::UserUndelete;
mod user_website;
pub use user_website::UserWebsite;
mod users;
pub use users::Users;
mod verification_code;
pub use verification_code::VerificationCode;
mod verification_codes;
pub use verification_codes::VerificationCodes;
