use crate::runtime::{wire, Timestamp};

/// Google Workspace Mobile Management includes Android, [Google
/// Sync](https://support.google.com/a/answer/135937), and iOS devices. For more information
/// about common group mobile device API tasks, see the [Developer's
/// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-mobile-devices.html).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MobileDevice {
    /// Adb (USB debugging) enabled or disabled on device (Read-only)
    pub adb_status: Option<bool>,
    /// The list of applications installed on an Android mobile device. It is not applicable to
    /// Google Sync and iOS devices. The list includes any Android applications that access Google
    /// Workspace data. When updating an applications list, it is important to note that updates
    /// replace the existing list. If the Android device has two existing applications and the API
    /// updates the list with five applications, the is now the updated list of five applications.
    pub applications: Option<Vec<crate::schemas::MobileDeviceApplications>>,
    /// The device's baseband version.
    pub baseband_version: Option<String>,
    /// Mobile Device Bootloader version (Read-only)
    pub bootloader_version: Option<String>,
    /// Mobile Device Brand (Read-only)
    pub brand: Option<String>,
    /// The device's operating system build number.
    pub build_number: Option<String>,
    /// The default locale used on the device.
    pub default_language: Option<String>,
    /// Developer options enabled or disabled on device (Read-only)
    pub developer_options_status: Option<bool>,
    /// The compromised device status.
    pub device_compromised_status: Option<String>,
    /// The serial number for a Google Sync mobile device. For Android and iOS devices, this is a
    /// software generated unique identifier.
    pub device_id: Option<String>,
    /// DevicePasswordStatus (Read-only)
    pub device_password_status: Option<String>,
    /// The list of the owner's email addresses. If your application needs the current list of user
    /// emails, use the
    /// [get](https://developers.google.com/workspace/admin/directory/v1/reference/mobiledevices/get.html)
    /// method. For additional information, see the [retrieve a
    /// user](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#get_user)
    /// method.
    pub email: Option<Vec<String>>,
    /// Mobile Device Encryption Status (Read-only)
    pub encryption_status: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// Date and time the device was first synchronized with the policy settings in the G Suite
    /// administrator control panel (Read-only)
    pub first_sync: Option<Timestamp>,
    /// Mobile Device Hardware (Read-only)
    pub hardware: Option<String>,
    /// The IMEI/MEID unique identifier for Android hardware. It is not applicable to Google Sync
    /// devices. When adding an Android mobile device, this is an optional property. When updating
    /// one of these devices, this is a read-only property.
    pub hardware_id: Option<String>,
    /// The device's IMEI number.
    pub imei: Option<String>,
    /// The device's kernel version.
    pub kernel_version: Option<String>,
    /// The type of the API resource. For Mobiledevices resources, the value is
    /// `admin#directory#mobiledevice`.
    pub kind: Option<String>,
    /// Date and time the device was last synchronized with the policy settings in the G Suite
    /// administrator control panel (Read-only)
    pub last_sync: Option<Timestamp>,
    /// Boolean indicating if this account is on owner/primary profile or not.
    pub managed_account_is_on_owner_profile: Option<bool>,
    /// Mobile Device manufacturer (Read-only)
    pub manufacturer: Option<String>,
    /// The device's MEID number.
    pub meid: Option<String>,
    /// The mobile device's model name, for example Nexus S. This property can be
    /// [updated](https://developers.google.com/workspace/admin/directory/v1/reference/mobiledevices/update.html).
    /// For more information, see the [Developer's
    /// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-mobile=devices#update_mobile_device).
    pub model: Option<String>,
    /// The list of the owner's user names. If your application needs the current list of device
    /// owner names, use the
    /// [get](https://developers.google.com/workspace/admin/directory/v1/reference/mobiledevices/get.html)
    /// method. For more information about retrieving mobile device user information, see the
    /// [Developer's
    /// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#get_user).
    pub name: Option<Vec<String>>,
    /// Mobile Device mobile or network operator (if available) (Read-only)
    pub network_operator: Option<String>,
    /// The mobile device's operating system, for example IOS 4.3 or Android 2.3.5. This property
    /// can be
    /// [updated](https://developers.google.com/workspace/admin/directory/v1/reference/mobiledevices/update.html).
    /// For more information, see the [Developer's
    /// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-mobile-devices#update_mobile_device).
    pub os: Option<String>,
    /// The list of accounts added on device (Read-only)
    pub other_accounts_info: Option<Vec<String>>,
    /// DMAgentPermission (Read-only)
    pub privilege: Option<String>,
    /// Mobile Device release version version (Read-only)
    pub release_version: Option<String>,
    /// The unique ID the API service uses to identify the mobile device.
    pub resource_id: Option<String>,
    /// Mobile Device Security patch level (Read-only)
    pub security_patch_level: Option<i64>,
    /// The device's serial number.
    pub serial_number: Option<String>,
    /// The device's status.
    pub status: Option<String>,
    /// Work profile supported on device (Read-only)
    pub supports_work_profile: Option<bool>,
    /// The type of mobile device.
    pub type_: Option<String>,
    /// Unknown sources enabled or disabled on device (Read-only)
    pub unknown_sources_status: Option<bool>,
    /// Gives information about the device such as `os` version. This property can be
    /// [updated](https://developers.google.com/workspace/admin/directory/v1/reference/mobiledevices/update.html).
    /// For more information, see the [Developer's
    /// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-mobile-devices#update_mobile_device).
    pub user_agent: Option<String>,
    /// The device's MAC address on Wi-Fi networks.
    pub wifi_mac_address: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MobileDevice {
    /// Sets `adbStatus` (chainable).
    pub fn set_adb_status(mut self, value: impl Into<bool>) -> Self {
        self.adb_status = Some(value.into());
        self.unknown_fields.remove("adbStatus");
        self
    }

    /// Sends `adbStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_adb_status` takes it back.
    #[inline]
    pub fn clear_adb_status(mut self) -> Self {
        self.adb_status = None;
        self.unknown_fields.insert("adbStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `applications` (chainable).
    pub fn set_applications(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::MobileDeviceApplications>,
        >,
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

    /// Sets `basebandVersion` (chainable).
    pub fn set_baseband_version(mut self, value: impl Into<String>) -> Self {
        self.baseband_version = Some(value.into());
        self.unknown_fields.remove("basebandVersion");
        self
    }

    /// Sends `basebandVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_baseband_version` takes it back.
    #[inline]
    pub fn clear_baseband_version(mut self) -> Self {
        self.baseband_version = None;
        self.unknown_fields
            .insert("basebandVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `bootloaderVersion` (chainable).
    pub fn set_bootloader_version(mut self, value: impl Into<String>) -> Self {
        self.bootloader_version = Some(value.into());
        self.unknown_fields.remove("bootloaderVersion");
        self
    }

    /// Sends `bootloaderVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_bootloader_version` takes it back.
    #[inline]
    pub fn clear_bootloader_version(mut self) -> Self {
        self.bootloader_version = None;
        self.unknown_fields
            .insert("bootloaderVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `brand` (chainable).
    pub fn set_brand(mut self, value: impl Into<String>) -> Self {
        self.brand = Some(value.into());
        self.unknown_fields.remove("brand");
        self
    }

    /// Sends `brand` as JSON `null`, which clears it on the server (chainable); `set_brand` takes
    /// it back.
    #[inline]
    pub fn clear_brand(mut self) -> Self {
        self.brand = None;
        self.unknown_fields.insert("brand".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `buildNumber` (chainable).
    pub fn set_build_number(mut self, value: impl Into<String>) -> Self {
        self.build_number = Some(value.into());
        self.unknown_fields.remove("buildNumber");
        self
    }

    /// Sends `buildNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_build_number` takes it back.
    #[inline]
    pub fn clear_build_number(mut self) -> Self {
        self.build_number = None;
        self.unknown_fields.insert("buildNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultLanguage` (chainable).
    pub fn set_default_language(mut self, value: impl Into<String>) -> Self {
        self.default_language = Some(value.into());
        self.unknown_fields.remove("defaultLanguage");
        self
    }

    /// Sends `defaultLanguage` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_language` takes it back.
    #[inline]
    pub fn clear_default_language(mut self) -> Self {
        self.default_language = None;
        self.unknown_fields
            .insert("defaultLanguage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `developerOptionsStatus` (chainable).
    pub fn set_developer_options_status(mut self, value: impl Into<bool>) -> Self {
        self.developer_options_status = Some(value.into());
        self.unknown_fields.remove("developerOptionsStatus");
        self
    }

    /// Sends `developerOptionsStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_developer_options_status` takes it back.
    #[inline]
    pub fn clear_developer_options_status(mut self) -> Self {
        self.developer_options_status = None;
        self.unknown_fields
            .insert("developerOptionsStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceCompromisedStatus` (chainable).
    pub fn set_device_compromised_status(mut self, value: impl Into<String>) -> Self {
        self.device_compromised_status = Some(value.into());
        self.unknown_fields.remove("deviceCompromisedStatus");
        self
    }

    /// Sends `deviceCompromisedStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_compromised_status` takes it back.
    #[inline]
    pub fn clear_device_compromised_status(mut self) -> Self {
        self.device_compromised_status = None;
        self.unknown_fields
            .insert("deviceCompromisedStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceId` (chainable).
    pub fn set_device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self.unknown_fields.remove("deviceId");
        self
    }

    /// Sends `deviceId` as JSON `null`, which clears it on the server (chainable); `set_device_id`
    /// takes it back.
    #[inline]
    pub fn clear_device_id(mut self) -> Self {
        self.device_id = None;
        self.unknown_fields.insert("deviceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `devicePasswordStatus` (chainable).
    pub fn set_device_password_status(mut self, value: impl Into<String>) -> Self {
        self.device_password_status = Some(value.into());
        self.unknown_fields.remove("devicePasswordStatus");
        self
    }

    /// Sends `devicePasswordStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_password_status` takes it back.
    #[inline]
    pub fn clear_device_password_status(mut self) -> Self {
        self.device_password_status = None;
        self.unknown_fields
            .insert("devicePasswordStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `email` (chainable).
    pub fn set_email(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.email = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("email");
        self
    }

    /// Sends `email` as JSON `null`, which clears it on the server (chainable); `set_email` takes
    /// it back.
    #[inline]
    pub fn clear_email(mut self) -> Self {
        self.email = None;
        self.unknown_fields.insert("email".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `encryptionStatus` (chainable).
    pub fn set_encryption_status(mut self, value: impl Into<String>) -> Self {
        self.encryption_status = Some(value.into());
        self.unknown_fields.remove("encryptionStatus");
        self
    }

    /// Sends `encryptionStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_encryption_status` takes it back.
    #[inline]
    pub fn clear_encryption_status(mut self) -> Self {
        self.encryption_status = None;
        self.unknown_fields
            .insert("encryptionStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `firstSync` (chainable).
    pub fn set_first_sync(mut self, value: impl Into<Timestamp>) -> Self {
        self.first_sync = Some(value.into());
        self.unknown_fields.remove("firstSync");
        self
    }

    /// Sends `firstSync` as JSON `null`, which clears it on the server (chainable);
    /// `set_first_sync` takes it back.
    #[inline]
    pub fn clear_first_sync(mut self) -> Self {
        self.first_sync = None;
        self.unknown_fields.insert("firstSync".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hardware` (chainable).
    pub fn set_hardware(mut self, value: impl Into<String>) -> Self {
        self.hardware = Some(value.into());
        self.unknown_fields.remove("hardware");
        self
    }

    /// Sends `hardware` as JSON `null`, which clears it on the server (chainable); `set_hardware`
    /// takes it back.
    #[inline]
    pub fn clear_hardware(mut self) -> Self {
        self.hardware = None;
        self.unknown_fields.insert("hardware".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hardwareId` (chainable).
    pub fn set_hardware_id(mut self, value: impl Into<String>) -> Self {
        self.hardware_id = Some(value.into());
        self.unknown_fields.remove("hardwareId");
        self
    }

    /// Sends `hardwareId` as JSON `null`, which clears it on the server (chainable);
    /// `set_hardware_id` takes it back.
    #[inline]
    pub fn clear_hardware_id(mut self) -> Self {
        self.hardware_id = None;
        self.unknown_fields.insert("hardwareId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `imei` (chainable).
    pub fn set_imei(mut self, value: impl Into<String>) -> Self {
        self.imei = Some(value.into());
        self.unknown_fields.remove("imei");
        self
    }

    /// Sends `imei` as JSON `null`, which clears it on the server (chainable); `set_imei` takes it
    /// back.
    #[inline]
    pub fn clear_imei(mut self) -> Self {
        self.imei = None;
        self.unknown_fields.insert("imei".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kernelVersion` (chainable).
    pub fn set_kernel_version(mut self, value: impl Into<String>) -> Self {
        self.kernel_version = Some(value.into());
        self.unknown_fields.remove("kernelVersion");
        self
    }

    /// Sends `kernelVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_kernel_version` takes it back.
    #[inline]
    pub fn clear_kernel_version(mut self) -> Self {
        self.kernel_version = None;
        self.unknown_fields.insert("kernelVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastSync` (chainable).
    pub fn set_last_sync(mut self, value: impl Into<Timestamp>) -> Self {
        self.last_sync = Some(value.into());
        self.unknown_fields.remove("lastSync");
        self
    }

    /// Sends `lastSync` as JSON `null`, which clears it on the server (chainable); `set_last_sync`
    /// takes it back.
    #[inline]
    pub fn clear_last_sync(mut self) -> Self {
        self.last_sync = None;
        self.unknown_fields.insert("lastSync".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managedAccountIsOnOwnerProfile` (chainable).
    pub fn set_managed_account_is_on_owner_profile(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.managed_account_is_on_owner_profile = Some(value.into());
        self.unknown_fields.remove("managedAccountIsOnOwnerProfile");
        self
    }

    /// Sends `managedAccountIsOnOwnerProfile` as JSON `null`, which clears it on the server
    /// (chainable); `set_managed_account_is_on_owner_profile` takes it back.
    #[inline]
    pub fn clear_managed_account_is_on_owner_profile(mut self) -> Self {
        self.managed_account_is_on_owner_profile = None;
        self.unknown_fields
            .insert(
                "managedAccountIsOnOwnerProfile".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `manufacturer` (chainable).
    pub fn set_manufacturer(mut self, value: impl Into<String>) -> Self {
        self.manufacturer = Some(value.into());
        self.unknown_fields.remove("manufacturer");
        self
    }

    /// Sends `manufacturer` as JSON `null`, which clears it on the server (chainable);
    /// `set_manufacturer` takes it back.
    #[inline]
    pub fn clear_manufacturer(mut self) -> Self {
        self.manufacturer = None;
        self.unknown_fields.insert("manufacturer".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `meid` (chainable).
    pub fn set_meid(mut self, value: impl Into<String>) -> Self {
        self.meid = Some(value.into());
        self.unknown_fields.remove("meid");
        self
    }

    /// Sends `meid` as JSON `null`, which clears it on the server (chainable); `set_meid` takes it
    /// back.
    #[inline]
    pub fn clear_meid(mut self) -> Self {
        self.meid = None;
        self.unknown_fields.insert("meid".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `model` (chainable).
    pub fn set_model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self.unknown_fields.remove("model");
        self
    }

    /// Sends `model` as JSON `null`, which clears it on the server (chainable); `set_model` takes
    /// it back.
    #[inline]
    pub fn clear_model(mut self) -> Self {
        self.model = None;
        self.unknown_fields.insert("model".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.name = Some(value.into_iter().map(Into::into).collect());
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

    /// Sets `networkOperator` (chainable).
    pub fn set_network_operator(mut self, value: impl Into<String>) -> Self {
        self.network_operator = Some(value.into());
        self.unknown_fields.remove("networkOperator");
        self
    }

    /// Sends `networkOperator` as JSON `null`, which clears it on the server (chainable);
    /// `set_network_operator` takes it back.
    #[inline]
    pub fn clear_network_operator(mut self) -> Self {
        self.network_operator = None;
        self.unknown_fields
            .insert("networkOperator".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `os` (chainable).
    pub fn set_os(mut self, value: impl Into<String>) -> Self {
        self.os = Some(value.into());
        self.unknown_fields.remove("os");
        self
    }

    /// Sends `os` as JSON `null`, which clears it on the server (chainable); `set_os` takes it
    /// back.
    #[inline]
    pub fn clear_os(mut self) -> Self {
        self.os = None;
        self.unknown_fields.insert("os".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `otherAccountsInfo` (chainable).
    pub fn set_other_accounts_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.other_accounts_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("otherAccountsInfo");
        self
    }

    /// Sends `otherAccountsInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_other_accounts_info` takes it back.
    #[inline]
    pub fn clear_other_accounts_info(mut self) -> Self {
        self.other_accounts_info = None;
        self.unknown_fields
            .insert("otherAccountsInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `privilege` (chainable).
    pub fn set_privilege(mut self, value: impl Into<String>) -> Self {
        self.privilege = Some(value.into());
        self.unknown_fields.remove("privilege");
        self
    }

    /// Sends `privilege` as JSON `null`, which clears it on the server (chainable); `set_privilege`
    /// takes it back.
    #[inline]
    pub fn clear_privilege(mut self) -> Self {
        self.privilege = None;
        self.unknown_fields.insert("privilege".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `releaseVersion` (chainable).
    pub fn set_release_version(mut self, value: impl Into<String>) -> Self {
        self.release_version = Some(value.into());
        self.unknown_fields.remove("releaseVersion");
        self
    }

    /// Sends `releaseVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_release_version` takes it back.
    #[inline]
    pub fn clear_release_version(mut self) -> Self {
        self.release_version = None;
        self.unknown_fields.insert("releaseVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resourceId` (chainable).
    pub fn set_resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self.unknown_fields.remove("resourceId");
        self
    }

    /// Sends `resourceId` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_id` takes it back.
    #[inline]
    pub fn clear_resource_id(mut self) -> Self {
        self.resource_id = None;
        self.unknown_fields.insert("resourceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `securityPatchLevel` (chainable).
    pub fn set_security_patch_level(mut self, value: impl Into<i64>) -> Self {
        self.security_patch_level = Some(value.into());
        self.unknown_fields.remove("securityPatchLevel");
        self
    }

    /// Sends `securityPatchLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_security_patch_level` takes it back.
    #[inline]
    pub fn clear_security_patch_level(mut self) -> Self {
        self.security_patch_level = None;
        self.unknown_fields
            .insert("securityPatchLevel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `serialNumber` (chainable).
    pub fn set_serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self.unknown_fields.remove("serialNumber");
        self
    }

    /// Sends `serialNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_serial_number` takes it back.
    #[inline]
    pub fn clear_serial_number(mut self) -> Self {
        self.serial_number = None;
        self.unknown_fields.insert("serialNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `status` (chainable).
    pub fn set_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self.unknown_fields.remove("status");
        self
    }

    /// Sends `status` as JSON `null`, which clears it on the server (chainable); `set_status` takes
    /// it back.
    #[inline]
    pub fn clear_status(mut self) -> Self {
        self.status = None;
        self.unknown_fields.insert("status".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `supportsWorkProfile` (chainable).
    pub fn set_supports_work_profile(mut self, value: impl Into<bool>) -> Self {
        self.supports_work_profile = Some(value.into());
        self.unknown_fields.remove("supportsWorkProfile");
        self
    }

    /// Sends `supportsWorkProfile` as JSON `null`, which clears it on the server (chainable);
    /// `set_supports_work_profile` takes it back.
    #[inline]
    pub fn clear_supports_work_profile(mut self) -> Self {
        self.supports_work_profile = None;
        self.unknown_fields
            .insert("supportsWorkProfile".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `unknownSourcesStatus` (chainable).
    pub fn set_unknown_sources_status(mut self, value: impl Into<bool>) -> Self {
        self.unknown_sources_status = Some(value.into());
        self.unknown_fields.remove("unknownSourcesStatus");
        self
    }

    /// Sends `unknownSourcesStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_unknown_sources_status` takes it back.
    #[inline]
    pub fn clear_unknown_sources_status(mut self) -> Self {
        self.unknown_sources_status = None;
        self.unknown_fields
            .insert("unknownSourcesStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userAgent` (chainable).
    pub fn set_user_agent(mut self, value: impl Into<String>) -> Self {
        self.user_agent = Some(value.into());
        self.unknown_fields.remove("userAgent");
        self
    }

    /// Sends `userAgent` as JSON `null`, which clears it on the server (chainable);
    /// `set_user_agent` takes it back.
    #[inline]
    pub fn clear_user_agent(mut self) -> Self {
        self.user_agent = None;
        self.unknown_fields.insert("userAgent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiMacAddress` (chainable).
    pub fn set_wifi_mac_address(mut self, value: impl Into<String>) -> Self {
        self.wifi_mac_address = Some(value.into());
        self.unknown_fields.remove("wifiMacAddress");
        self
    }

    /// Sends `wifiMacAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_mac_address` takes it back.
    #[inline]
    pub fn clear_wifi_mac_address(mut self) -> Self {
        self.wifi_mac_address = None;
        self.unknown_fields.insert("wifiMacAddress".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for MobileDevice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.adb_status {
            map.serialize_entry("adbStatus", value)?;
        }
        if let Some(value) = &self.applications {
            map.serialize_entry("applications", value)?;
        }
        if let Some(value) = &self.baseband_version {
            map.serialize_entry("basebandVersion", value)?;
        }
        if let Some(value) = &self.bootloader_version {
            map.serialize_entry("bootloaderVersion", value)?;
        }
        if let Some(value) = &self.brand {
            map.serialize_entry("brand", value)?;
        }
        if let Some(value) = &self.build_number {
            map.serialize_entry("buildNumber", value)?;
        }
        if let Some(value) = &self.default_language {
            map.serialize_entry("defaultLanguage", value)?;
        }
        if let Some(value) = &self.developer_options_status {
            map.serialize_entry("developerOptionsStatus", value)?;
        }
        if let Some(value) = &self.device_compromised_status {
            map.serialize_entry("deviceCompromisedStatus", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("deviceId", value)?;
        }
        if let Some(value) = &self.device_password_status {
            map.serialize_entry("devicePasswordStatus", value)?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.encryption_status {
            map.serialize_entry("encryptionStatus", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.first_sync {
            map.serialize_entry("firstSync", value)?;
        }
        if let Some(value) = &self.hardware {
            map.serialize_entry("hardware", value)?;
        }
        if let Some(value) = &self.hardware_id {
            map.serialize_entry("hardwareId", value)?;
        }
        if let Some(value) = &self.imei {
            map.serialize_entry("imei", value)?;
        }
        if let Some(value) = &self.kernel_version {
            map.serialize_entry("kernelVersion", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.last_sync {
            map.serialize_entry("lastSync", value)?;
        }
        if let Some(value) = &self.managed_account_is_on_owner_profile {
            map.serialize_entry("managedAccountIsOnOwnerProfile", value)?;
        }
        if let Some(value) = &self.manufacturer {
            map.serialize_entry("manufacturer", value)?;
        }
        if let Some(value) = &self.meid {
            map.serialize_entry("meid", value)?;
        }
        if let Some(value) = &self.model {
            map.serialize_entry("model", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.network_operator {
            map.serialize_entry("networkOperator", value)?;
        }
        if let Some(value) = &self.os {
            map.serialize_entry("os", value)?;
        }
        if let Some(value) = &self.other_accounts_info {
            map.serialize_entry("otherAccountsInfo", value)?;
        }
        if let Some(value) = &self.privilege {
            map.serialize_entry("privilege", value)?;
        }
        if let Some(value) = &self.release_version {
            map.serialize_entry("releaseVersion", value)?;
        }
        if let Some(value) = &self.resource_id {
            map.serialize_entry("resourceId", value)?;
        }
        if self.security_patch_level.is_some() {
            map.serialize_entry(
                "securityPatchLevel",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.security_patch_level),
            )?;
        }
        if let Some(value) = &self.serial_number {
            map.serialize_entry("serialNumber", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.supports_work_profile {
            map.serialize_entry("supportsWorkProfile", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.unknown_sources_status {
            map.serialize_entry("unknownSourcesStatus", value)?;
        }
        if let Some(value) = &self.user_agent {
            map.serialize_entry("userAgent", value)?;
        }
        if let Some(value) = &self.wifi_mac_address {
            map.serialize_entry("wifiMacAddress", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MobileDevice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MobileDevice {
    const NAME: &'static str = "MobileDevice";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "adbStatus" => self.adb_status = map.next_value()?,
            "applications" => self.applications = map.next_value()?,
            "basebandVersion" => self.baseband_version = map.next_value()?,
            "bootloaderVersion" => self.bootloader_version = map.next_value()?,
            "brand" => self.brand = map.next_value()?,
            "buildNumber" => self.build_number = map.next_value()?,
            "defaultLanguage" => self.default_language = map.next_value()?,
            "developerOptionsStatus" => self.developer_options_status = map.next_value()?,
            "deviceCompromisedStatus" => {
                self.device_compromised_status = map.next_value()?;
            }
            "deviceId" => self.device_id = map.next_value()?,
            "devicePasswordStatus" => self.device_password_status = map.next_value()?,
            "email" => self.email = map.next_value()?,
            "encryptionStatus" => self.encryption_status = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "firstSync" => self.first_sync = map.next_value()?,
            "hardware" => self.hardware = map.next_value()?,
            "hardwareId" => self.hardware_id = map.next_value()?,
            "imei" => self.imei = map.next_value()?,
            "kernelVersion" => self.kernel_version = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "lastSync" => self.last_sync = map.next_value()?,
            "managedAccountIsOnOwnerProfile" => {
                self.managed_account_is_on_owner_profile = map.next_value()?;
            }
            "manufacturer" => self.manufacturer = map.next_value()?,
            "meid" => self.meid = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "networkOperator" => self.network_operator = map.next_value()?,
            "os" => self.os = map.next_value()?,
            "otherAccountsInfo" => self.other_accounts_info = map.next_value()?,
            "privilege" => self.privilege = map.next_value()?,
            "releaseVersion" => self.release_version = map.next_value()?,
            "resourceId" => self.resource_id = map.next_value()?,
            "securityPatchLevel" => {
                self.security_patch_level = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "serialNumber" => self.serial_number = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "supportsWorkProfile" => self.supports_work_profile = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            "unknownSourcesStatus" => self.unknown_sources_status = map.next_value()?,
            "userAgent" => self.user_agent = map.next_value()?,
            "wifiMacAddress" => self.wifi_mac_address = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MobileDeviceApplications {
    /// The application's display name. An example is `Browser`.
    pub display_name: Option<String>,
    /// The application's package name. An example is `com.android.browser`.
    pub package_name: Option<String>,
    /// The list of permissions of this application. These can be either a standard Android
    /// permission or one defined by the application, and are found in an application's [Android
    /// manifest](https://developer.android.com/guide/topics/manifest/uses-permission-element.html).
    /// Examples of a Calendar application's permissions are `READ_CALENDAR`, or `MANAGE_ACCOUNTS`.
    pub permission: Option<Vec<String>>,
    /// The application's version code. An example is `13`.
    pub version_code: Option<i32>,
    /// The application's version name. An example is `3.2-140714`.
    pub version_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MobileDeviceApplications {
    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
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

    /// Sets `permission` (chainable).
    pub fn set_permission(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.permission = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("permission");
        self
    }

    /// Sends `permission` as JSON `null`, which clears it on the server (chainable);
    /// `set_permission` takes it back.
    #[inline]
    pub fn clear_permission(mut self) -> Self {
        self.permission = None;
        self.unknown_fields.insert("permission".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `versionCode` (chainable).
    pub fn set_version_code(mut self, value: impl Into<i32>) -> Self {
        self.version_code = Some(value.into());
        self.unknown_fields.remove("versionCode");
        self
    }

    /// Sends `versionCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_version_code` takes it back.
    #[inline]
    pub fn clear_version_code(mut self) -> Self {
        self.version_code = None;
        self.unknown_fields.insert("versionCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `versionName` (chainable).
    pub fn set_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = Some(value.into());
        self.unknown_fields.remove("versionName");
        self
    }

    /// Sends `versionName` as JSON `null`, which clears it on the server (chainable);
    /// `set_version_name` takes it back.
    #[inline]
    pub fn clear_version_name(mut self) -> Self {
        self.version_name = None;
        self.unknown_fields.insert("versionName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for MobileDeviceApplications {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        if let Some(value) = &self.permission {
            map.serialize_entry("permission", value)?;
        }
        if let Some(value) = &self.version_code {
            map.serialize_entry("versionCode", value)?;
        }
        if let Some(value) = &self.version_name {
            map.serialize_entry("versionName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MobileDeviceApplications {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MobileDeviceApplications {
    const NAME: &'static str = "MobileDeviceApplications";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayName" => self.display_name = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            "permission" => self.permission = map.next_value()?,
            "versionCode" => self.version_code = map.next_value()?,
            "versionName" => self.version_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
