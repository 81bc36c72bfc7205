use crate::runtime::{impl_open_enum, wire, Duration, Timestamp};

/// Google Chrome devices run on the [Chrome OS](https://support.google.com/chromeos). For more
/// information about common API tasks, see the [Developer's
/// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-chrome-devices).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDevice {
    /// A list of active time ranges (Read-only).
    pub active_time_ranges: Option<Vec<crate::schemas::ChromeOsDeviceActiveTimeRanges>>,
    /// The asset identifier as noted by an administrator or specified during enrollment.
    pub annotated_asset_id: Option<String>,
    /// The address or location of the device as noted by the administrator. Maximum length is `200`
    /// characters. Empty values are allowed.
    pub annotated_location: Option<String>,
    /// The user of the device as noted by the administrator. Maximum length is 100 characters.
    /// Empty values are allowed.
    pub annotated_user: Option<String>,
    /// (Read-only) The timestamp after which the device will stop receiving Chrome updates or
    /// support. Please use "autoUpdateThrough" instead.
    ///
    /// Deprecated.
    pub auto_update_expiration: Option<i64>,
    /// Output only. The timestamp after which the device will stop receiving Chrome updates or
    /// support.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub auto_update_through: Option<String>,
    /// Output only. Contains backlight information for the device.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub backlight_info: Option<Vec<crate::schemas::BacklightInfo>>,
    /// Output only. Information about Bluetooth adapters of the device.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub bluetooth_adapter_info: Option<Vec<crate::schemas::BluetoothAdapterInfo>>,
    /// The boot mode for the device. The possible values are: * `Verified`: The device is running a
    /// valid version of the Chrome OS. * `Dev`: The devices's developer hardware switch is enabled.
    /// When booted, the device has a command line shell. For an example of a developer switch, see
    /// the [Chromebook developer
    /// information](https://www.chromium.org/chromium-os/developer-information-for-chrome-os-devices/samsung-series-5-chromebook#TOC-Developer-switch).
    pub boot_mode: Option<String>,
    /// Output only. Chrome OS type of the device.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub chrome_os_type: Option<crate::schemas::ChromeOsDeviceChromeOsType>,
    /// Information regarding CPU specs in the device.
    pub cpu_info: Option<Vec<crate::schemas::ChromeOsDeviceCpuInfo>>,
    /// Reports of CPU utilization and temperature (Read-only)
    pub cpu_status_reports: Option<Vec<crate::schemas::ChromeOsDeviceCpuStatusReports>>,
    /// (Read-only) Deprovision reason.
    pub deprovision_reason: Option<crate::schemas::ChromeOsDeviceDeprovisionReason>,
    /// A list of device files to download (Read-only)
    pub device_files: Option<Vec<crate::schemas::ChromeOsDeviceDeviceFiles>>,
    /// The unique ID of the Chrome device.
    pub device_id: Option<String>,
    /// Output only. Device license type.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub device_license_type: Option<crate::schemas::ChromeOsDeviceDeviceLicenseType>,
    /// Output only. How much disk space the device has available and is currently using.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub disk_space_usage: Option<crate::schemas::ByteUsage>,
    /// Reports of disk space and other info about mounted/connected volumes.
    pub disk_volume_reports: Option<
        Vec<crate::schemas::ChromeOsDeviceDiskVolumeReports>,
    >,
    /// (Read-only) Built-in MAC address for the docking station that the device connected to.
    /// Factory sets Media access control address (MAC address) assigned for use by a dock. It is
    /// reserved specifically for MAC pass through device policy. The format is twelve (12)
    /// hexadecimal digits without any delimiter (uppercase letters). This is only relevant for some
    /// devices.
    pub dock_mac_address: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// The device's MAC address on the ethernet network interface.
    pub ethernet_mac_address: Option<String>,
    /// (Read-only) MAC address used by the Chromebook’s internal ethernet port, and for onboard
    /// network (ethernet) interface. The format is twelve (12) hexadecimal digits without any
    /// delimiter (uppercase letters). This is only relevant for some devices.
    pub ethernet_mac_address0: Option<String>,
    /// Output only. Whether or not the device requires the extended support opt in.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub extended_support_eligible: Option<bool>,
    /// Output only. Whether extended support policy is enabled on the device.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub extended_support_enabled: Option<bool>,
    /// Output only. Date of the device when extended support policy for automatic updates starts.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub extended_support_start: Option<String>,
    /// Output only. Fan information for the device.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub fan_info: Option<Vec<crate::schemas::FanInfo>>,
    /// The Chrome device's firmware version.
    pub firmware_version: Option<String>,
    /// Date and time for the first time the device was enrolled.
    pub first_enrollment_time: Option<String>,
    /// The type of resource. For the Chromeosdevices resource, the value is
    /// `admin#directory#chromeosdevice`.
    pub kind: Option<String>,
    /// (Read-only) Date and time for the last deprovision of the device.
    pub last_deprovision_timestamp: Option<String>,
    /// Date and time the device was last enrolled (Read-only)
    pub last_enrollment_time: Option<Timestamp>,
    /// Contains last known network (Read-only)
    pub last_known_network: Option<Vec<crate::schemas::ChromeOsDeviceLastKnownNetwork>>,
    /// Date and time the device was last synchronized with the policy settings in the G Suite
    /// administrator control panel (Read-only)
    pub last_sync: Option<Timestamp>,
    /// The device's wireless MAC address. If the device does not have this information, it is not
    /// included in the response.
    pub mac_address: Option<String>,
    /// (Read-only) The date the device was manufactured in yyyy-mm-dd format.
    pub manufacture_date: Option<String>,
    /// The Mobile Equipment Identifier (MEID) or the International Mobile Equipment Identity (IMEI)
    /// for the 3G mobile card in a mobile device. A MEID/IMEI is typically used when adding a
    /// device to a wireless carrier's post-pay service plan. If the device does not have this
    /// information, this property is not included in the response. For more information on how to
    /// export a MEID/IMEI list, see the [Developer's
    /// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-chrome-devices.html#export_meid).
    pub meid: Option<String>,
    /// The device's model information. If the device does not have this information, this property
    /// is not included in the response.
    pub model: Option<String>,
    /// Notes about this device added by the administrator. This property can be
    /// [searched](https://support.google.com/chrome/a/answer/1698333) with the
    /// [list](https://developers.google.com/workspace/admin/directory/v1/reference/chromeosdevices/list)
    /// method's `query` parameter. Maximum length is 500 characters. Empty values are allowed.
    pub notes: Option<String>,
    /// The device's order number. Only devices directly purchased from Google have an order number.
    pub order_number: Option<String>,
    /// The unique ID of the organizational unit. orgUnitPath is the human readable version of
    /// orgUnitId. While orgUnitPath may change by renaming an organizational unit within the path,
    /// orgUnitId is unchangeable for one organizational unit. This property can be
    /// [updated](https://developers.google.com/workspace/admin/directory/v1/guides/manage-chrome-devices#move_chrome_devices_to_ou)
    /// using the API. For more information about how to create an organizational structure for your
    /// device, see the [administration help center](https://support.google.com/a/answer/182433).
    pub org_unit_id: Option<String>,
    /// The full parent path with the organizational unit's name associated with the device. Path
    /// names are case insensitive. If the parent organizational unit is the top-level organization,
    /// it is represented as a forward slash, `/`. This property can be
    /// [updated](https://developers.google.com/workspace/admin/directory/v1/guides/manage-chrome-devices#move_chrome_devices_to_ou)
    /// using the API. For more information about how to create an organizational structure for your
    /// device, see the [administration help center](https://support.google.com/a/answer/182433).
    pub org_unit_path: Option<String>,
    /// The status of the OS updates for the device.
    pub os_update_status: Option<crate::schemas::OsUpdateStatus>,
    /// The Chrome device's operating system version.
    pub os_version: Option<String>,
    /// Output only. Device policy compliance status of the OS version.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub os_version_compliance: Option<crate::schemas::ChromeOsDeviceOsVersionCompliance>,
    /// The Chrome device's platform version.
    pub platform_version: Option<String>,
    /// A list of recent device users, in descending order, by last login time.
    pub recent_users: Option<Vec<crate::schemas::ChromeOsDeviceRecentUsers>>,
    /// A list of screenshot files to download. Type is always "SCREENSHOT_FILE". (Read-only)
    pub screenshot_files: Option<Vec<crate::schemas::ChromeOsDeviceScreenshotFiles>>,
    /// The Chrome device serial number entered when the device was enabled. This value is the same
    /// as the Admin console's *Serial Number* in the *Chrome OS Devices* tab.
    pub serial_number: Option<String>,
    /// The status of the device.
    pub status: Option<String>,
    /// Final date the device will be supported (Read-only)
    pub support_end_date: Option<Timestamp>,
    /// Reports of amounts of available RAM memory (Read-only)
    pub system_ram_free_reports: Option<
        Vec<crate::schemas::ChromeOsDeviceSystemRamFreeReports>,
    >,
    /// Total RAM on the device \[in bytes\] (Read-only)
    pub system_ram_total: Option<i64>,
    /// Trusted Platform Module (TPM) (Read-only)
    pub tpm_version_info: Option<crate::schemas::ChromeOsDeviceTpmVersionInfo>,
    /// Determines if the device will auto renew its support after the support end date. This is a
    /// read-only property.
    pub will_auto_renew: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDevice {
    /// Sets `activeTimeRanges` (chainable).
    pub fn set_active_time_ranges(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceActiveTimeRanges>,
        >,
    ) -> Self {
        self.active_time_ranges = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("activeTimeRanges");
        self
    }

    /// Sends `activeTimeRanges` as JSON `null`, which clears it on the server (chainable);
    /// `set_active_time_ranges` takes it back.
    #[inline]
    pub fn clear_active_time_ranges(mut self) -> Self {
        self.active_time_ranges = None;
        self.unknown_fields
            .insert("activeTimeRanges".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `annotatedAssetId` (chainable).
    pub fn set_annotated_asset_id(mut self, value: impl Into<String>) -> Self {
        self.annotated_asset_id = Some(value.into());
        self.unknown_fields.remove("annotatedAssetId");
        self
    }

    /// Sends `annotatedAssetId` as JSON `null`, which clears it on the server (chainable);
    /// `set_annotated_asset_id` takes it back.
    #[inline]
    pub fn clear_annotated_asset_id(mut self) -> Self {
        self.annotated_asset_id = None;
        self.unknown_fields
            .insert("annotatedAssetId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `annotatedLocation` (chainable).
    pub fn set_annotated_location(mut self, value: impl Into<String>) -> Self {
        self.annotated_location = Some(value.into());
        self.unknown_fields.remove("annotatedLocation");
        self
    }

    /// Sends `annotatedLocation` as JSON `null`, which clears it on the server (chainable);
    /// `set_annotated_location` takes it back.
    #[inline]
    pub fn clear_annotated_location(mut self) -> Self {
        self.annotated_location = None;
        self.unknown_fields
            .insert("annotatedLocation".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `annotatedUser` (chainable).
    pub fn set_annotated_user(mut self, value: impl Into<String>) -> Self {
        self.annotated_user = Some(value.into());
        self.unknown_fields.remove("annotatedUser");
        self
    }

    /// Sends `annotatedUser` as JSON `null`, which clears it on the server (chainable);
    /// `set_annotated_user` takes it back.
    #[inline]
    pub fn clear_annotated_user(mut self) -> Self {
        self.annotated_user = None;
        self.unknown_fields.insert("annotatedUser".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autoUpdateExpiration` (chainable).
    pub fn set_auto_update_expiration(mut self, value: impl Into<i64>) -> Self {
        self.auto_update_expiration = Some(value.into());
        self.unknown_fields.remove("autoUpdateExpiration");
        self
    }

    /// Sends `autoUpdateExpiration` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_update_expiration` takes it back.
    #[inline]
    pub fn clear_auto_update_expiration(mut self) -> Self {
        self.auto_update_expiration = None;
        self.unknown_fields
            .insert("autoUpdateExpiration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autoUpdateThrough` (chainable).
    pub fn set_auto_update_through(mut self, value: impl Into<String>) -> Self {
        self.auto_update_through = Some(value.into());
        self.unknown_fields.remove("autoUpdateThrough");
        self
    }

    /// Sends `autoUpdateThrough` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_update_through` takes it back.
    #[inline]
    pub fn clear_auto_update_through(mut self) -> Self {
        self.auto_update_through = None;
        self.unknown_fields
            .insert("autoUpdateThrough".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `backlightInfo` (chainable).
    pub fn set_backlight_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::BacklightInfo>>,
    ) -> Self {
        self.backlight_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("backlightInfo");
        self
    }

    /// Sends `backlightInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_backlight_info` takes it back.
    #[inline]
    pub fn clear_backlight_info(mut self) -> Self {
        self.backlight_info = None;
        self.unknown_fields.insert("backlightInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `bluetoothAdapterInfo` (chainable).
    pub fn set_bluetooth_adapter_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::BluetoothAdapterInfo>>,
    ) -> Self {
        self.bluetooth_adapter_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("bluetoothAdapterInfo");
        self
    }

    /// Sends `bluetoothAdapterInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_bluetooth_adapter_info` takes it back.
    #[inline]
    pub fn clear_bluetooth_adapter_info(mut self) -> Self {
        self.bluetooth_adapter_info = None;
        self.unknown_fields
            .insert("bluetoothAdapterInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `bootMode` (chainable).
    pub fn set_boot_mode(mut self, value: impl Into<String>) -> Self {
        self.boot_mode = Some(value.into());
        self.unknown_fields.remove("bootMode");
        self
    }

    /// Sends `bootMode` as JSON `null`, which clears it on the server (chainable); `set_boot_mode`
    /// takes it back.
    #[inline]
    pub fn clear_boot_mode(mut self) -> Self {
        self.boot_mode = None;
        self.unknown_fields.insert("bootMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `chromeOsType` (chainable).
    pub fn set_chrome_os_type(
        mut self,
        value: impl Into<crate::schemas::ChromeOsDeviceChromeOsType>,
    ) -> Self {
        self.chrome_os_type = Some(value.into());
        self.unknown_fields.remove("chromeOsType");
        self
    }

    /// Sends `chromeOsType` as JSON `null`, which clears it on the server (chainable);
    /// `set_chrome_os_type` takes it back.
    #[inline]
    pub fn clear_chrome_os_type(mut self) -> Self {
        self.chrome_os_type = None;
        self.unknown_fields.insert("chromeOsType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cpuInfo` (chainable).
    pub fn set_cpu_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ChromeOsDeviceCpuInfo>>,
    ) -> Self {
        self.cpu_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cpuInfo");
        self
    }

    /// Sends `cpuInfo` as JSON `null`, which clears it on the server (chainable); `set_cpu_info`
    /// takes it back.
    #[inline]
    pub fn clear_cpu_info(mut self) -> Self {
        self.cpu_info = None;
        self.unknown_fields.insert("cpuInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cpuStatusReports` (chainable).
    pub fn set_cpu_status_reports(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceCpuStatusReports>,
        >,
    ) -> Self {
        self.cpu_status_reports = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cpuStatusReports");
        self
    }

    /// Sends `cpuStatusReports` as JSON `null`, which clears it on the server (chainable);
    /// `set_cpu_status_reports` takes it back.
    #[inline]
    pub fn clear_cpu_status_reports(mut self) -> Self {
        self.cpu_status_reports = None;
        self.unknown_fields
            .insert("cpuStatusReports".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deprovisionReason` (chainable).
    pub fn set_deprovision_reason(
        mut self,
        value: impl Into<crate::schemas::ChromeOsDeviceDeprovisionReason>,
    ) -> Self {
        self.deprovision_reason = Some(value.into());
        self.unknown_fields.remove("deprovisionReason");
        self
    }

    /// Sends `deprovisionReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_deprovision_reason` takes it back.
    #[inline]
    pub fn clear_deprovision_reason(mut self) -> Self {
        self.deprovision_reason = None;
        self.unknown_fields
            .insert("deprovisionReason".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceFiles` (chainable).
    pub fn set_device_files(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceDeviceFiles>,
        >,
    ) -> Self {
        self.device_files = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("deviceFiles");
        self
    }

    /// Sends `deviceFiles` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_files` takes it back.
    #[inline]
    pub fn clear_device_files(mut self) -> Self {
        self.device_files = None;
        self.unknown_fields.insert("deviceFiles".to_owned(), serde_json::Value::Null);
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

    /// Sets `deviceLicenseType` (chainable).
    pub fn set_device_license_type(
        mut self,
        value: impl Into<crate::schemas::ChromeOsDeviceDeviceLicenseType>,
    ) -> Self {
        self.device_license_type = Some(value.into());
        self.unknown_fields.remove("deviceLicenseType");
        self
    }

    /// Sends `deviceLicenseType` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_license_type` takes it back.
    #[inline]
    pub fn clear_device_license_type(mut self) -> Self {
        self.device_license_type = None;
        self.unknown_fields
            .insert("deviceLicenseType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `diskSpaceUsage` (chainable).
    pub fn set_disk_space_usage(
        mut self,
        value: impl Into<crate::schemas::ByteUsage>,
    ) -> Self {
        self.disk_space_usage = Some(value.into());
        self.unknown_fields.remove("diskSpaceUsage");
        self
    }

    /// Sends `diskSpaceUsage` as JSON `null`, which clears it on the server (chainable);
    /// `set_disk_space_usage` takes it back.
    #[inline]
    pub fn clear_disk_space_usage(mut self) -> Self {
        self.disk_space_usage = None;
        self.unknown_fields.insert("diskSpaceUsage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `diskVolumeReports` (chainable).
    pub fn set_disk_volume_reports(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceDiskVolumeReports>,
        >,
    ) -> Self {
        self.disk_volume_reports = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("diskVolumeReports");
        self
    }

    /// Sends `diskVolumeReports` as JSON `null`, which clears it on the server (chainable);
    /// `set_disk_volume_reports` takes it back.
    #[inline]
    pub fn clear_disk_volume_reports(mut self) -> Self {
        self.disk_volume_reports = None;
        self.unknown_fields
            .insert("diskVolumeReports".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dockMacAddress` (chainable).
    pub fn set_dock_mac_address(mut self, value: impl Into<String>) -> Self {
        self.dock_mac_address = Some(value.into());
        self.unknown_fields.remove("dockMacAddress");
        self
    }

    /// Sends `dockMacAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_dock_mac_address` takes it back.
    #[inline]
    pub fn clear_dock_mac_address(mut self) -> Self {
        self.dock_mac_address = None;
        self.unknown_fields.insert("dockMacAddress".to_owned(), serde_json::Value::Null);
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

    /// Sets `ethernetMacAddress` (chainable).
    pub fn set_ethernet_mac_address(mut self, value: impl Into<String>) -> Self {
        self.ethernet_mac_address = Some(value.into());
        self.unknown_fields.remove("ethernetMacAddress");
        self
    }

    /// Sends `ethernetMacAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_ethernet_mac_address` takes it back.
    #[inline]
    pub fn clear_ethernet_mac_address(mut self) -> Self {
        self.ethernet_mac_address = None;
        self.unknown_fields
            .insert("ethernetMacAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ethernetMacAddress0` (chainable).
    pub fn set_ethernet_mac_address0(mut self, value: impl Into<String>) -> Self {
        self.ethernet_mac_address0 = Some(value.into());
        self.unknown_fields.remove("ethernetMacAddress0");
        self
    }

    /// Sends `ethernetMacAddress0` as JSON `null`, which clears it on the server (chainable);
    /// `set_ethernet_mac_address0` takes it back.
    #[inline]
    pub fn clear_ethernet_mac_address0(mut self) -> Self {
        self.ethernet_mac_address0 = None;
        self.unknown_fields
            .insert("ethernetMacAddress0".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `extendedSupportEligible` (chainable).
    pub fn set_extended_support_eligible(mut self, value: impl Into<bool>) -> Self {
        self.extended_support_eligible = Some(value.into());
        self.unknown_fields.remove("extendedSupportEligible");
        self
    }

    /// Sends `extendedSupportEligible` as JSON `null`, which clears it on the server (chainable);
    /// `set_extended_support_eligible` takes it back.
    #[inline]
    pub fn clear_extended_support_eligible(mut self) -> Self {
        self.extended_support_eligible = None;
        self.unknown_fields
            .insert("extendedSupportEligible".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `extendedSupportEnabled` (chainable).
    pub fn set_extended_support_enabled(mut self, value: impl Into<bool>) -> Self {
        self.extended_support_enabled = Some(value.into());
        self.unknown_fields.remove("extendedSupportEnabled");
        self
    }

    /// Sends `extendedSupportEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_extended_support_enabled` takes it back.
    #[inline]
    pub fn clear_extended_support_enabled(mut self) -> Self {
        self.extended_support_enabled = None;
        self.unknown_fields
            .insert("extendedSupportEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `extendedSupportStart` (chainable).
    pub fn set_extended_support_start(mut self, value: impl Into<String>) -> Self {
        self.extended_support_start = Some(value.into());
        self.unknown_fields.remove("extendedSupportStart");
        self
    }

    /// Sends `extendedSupportStart` as JSON `null`, which clears it on the server (chainable);
    /// `set_extended_support_start` takes it back.
    #[inline]
    pub fn clear_extended_support_start(mut self) -> Self {
        self.extended_support_start = None;
        self.unknown_fields
            .insert("extendedSupportStart".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fanInfo` (chainable).
    pub fn set_fan_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::FanInfo>>,
    ) -> Self {
        self.fan_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("fanInfo");
        self
    }

    /// Sends `fanInfo` as JSON `null`, which clears it on the server (chainable); `set_fan_info`
    /// takes it back.
    #[inline]
    pub fn clear_fan_info(mut self) -> Self {
        self.fan_info = None;
        self.unknown_fields.insert("fanInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `firmwareVersion` (chainable).
    pub fn set_firmware_version(mut self, value: impl Into<String>) -> Self {
        self.firmware_version = Some(value.into());
        self.unknown_fields.remove("firmwareVersion");
        self
    }

    /// Sends `firmwareVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_firmware_version` takes it back.
    #[inline]
    pub fn clear_firmware_version(mut self) -> Self {
        self.firmware_version = None;
        self.unknown_fields
            .insert("firmwareVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `firstEnrollmentTime` (chainable).
    pub fn set_first_enrollment_time(mut self, value: impl Into<String>) -> Self {
        self.first_enrollment_time = Some(value.into());
        self.unknown_fields.remove("firstEnrollmentTime");
        self
    }

    /// Sends `firstEnrollmentTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_first_enrollment_time` takes it back.
    #[inline]
    pub fn clear_first_enrollment_time(mut self) -> Self {
        self.first_enrollment_time = None;
        self.unknown_fields
            .insert("firstEnrollmentTime".to_owned(), serde_json::Value::Null);
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

    /// Sets `lastDeprovisionTimestamp` (chainable).
    pub fn set_last_deprovision_timestamp(mut self, value: impl Into<String>) -> Self {
        self.last_deprovision_timestamp = Some(value.into());
        self.unknown_fields.remove("lastDeprovisionTimestamp");
        self
    }

    /// Sends `lastDeprovisionTimestamp` as JSON `null`, which clears it on the server (chainable);
    /// `set_last_deprovision_timestamp` takes it back.
    #[inline]
    pub fn clear_last_deprovision_timestamp(mut self) -> Self {
        self.last_deprovision_timestamp = None;
        self.unknown_fields
            .insert("lastDeprovisionTimestamp".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastEnrollmentTime` (chainable).
    pub fn set_last_enrollment_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.last_enrollment_time = Some(value.into());
        self.unknown_fields.remove("lastEnrollmentTime");
        self
    }

    /// Sends `lastEnrollmentTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_last_enrollment_time` takes it back.
    #[inline]
    pub fn clear_last_enrollment_time(mut self) -> Self {
        self.last_enrollment_time = None;
        self.unknown_fields
            .insert("lastEnrollmentTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastKnownNetwork` (chainable).
    pub fn set_last_known_network(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceLastKnownNetwork>,
        >,
    ) -> Self {
        self.last_known_network = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("lastKnownNetwork");
        self
    }

    /// Sends `lastKnownNetwork` as JSON `null`, which clears it on the server (chainable);
    /// `set_last_known_network` takes it back.
    #[inline]
    pub fn clear_last_known_network(mut self) -> Self {
        self.last_known_network = None;
        self.unknown_fields
            .insert("lastKnownNetwork".to_owned(), serde_json::Value::Null);
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

    /// Sets `macAddress` (chainable).
    pub fn set_mac_address(mut self, value: impl Into<String>) -> Self {
        self.mac_address = Some(value.into());
        self.unknown_fields.remove("macAddress");
        self
    }

    /// Sends `macAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_mac_address` takes it back.
    #[inline]
    pub fn clear_mac_address(mut self) -> Self {
        self.mac_address = None;
        self.unknown_fields.insert("macAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `manufactureDate` (chainable).
    pub fn set_manufacture_date(mut self, value: impl Into<String>) -> Self {
        self.manufacture_date = Some(value.into());
        self.unknown_fields.remove("manufactureDate");
        self
    }

    /// Sends `manufactureDate` as JSON `null`, which clears it on the server (chainable);
    /// `set_manufacture_date` takes it back.
    #[inline]
    pub fn clear_manufacture_date(mut self) -> Self {
        self.manufacture_date = None;
        self.unknown_fields
            .insert("manufactureDate".to_owned(), serde_json::Value::Null);
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

    /// Sets `notes` (chainable).
    pub fn set_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self.unknown_fields.remove("notes");
        self
    }

    /// Sends `notes` as JSON `null`, which clears it on the server (chainable); `set_notes` takes
    /// it back.
    #[inline]
    pub fn clear_notes(mut self) -> Self {
        self.notes = None;
        self.unknown_fields.insert("notes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `orderNumber` (chainable).
    pub fn set_order_number(mut self, value: impl Into<String>) -> Self {
        self.order_number = Some(value.into());
        self.unknown_fields.remove("orderNumber");
        self
    }

    /// Sends `orderNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_order_number` takes it back.
    #[inline]
    pub fn clear_order_number(mut self) -> Self {
        self.order_number = None;
        self.unknown_fields.insert("orderNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `orgUnitId` (chainable).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self.unknown_fields.remove("orgUnitId");
        self
    }

    /// Sends `orgUnitId` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_id` takes it back.
    #[inline]
    pub fn clear_org_unit_id(mut self) -> Self {
        self.org_unit_id = None;
        self.unknown_fields.insert("orgUnitId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `orgUnitPath` (chainable).
    pub fn set_org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.org_unit_path = Some(value.into());
        self.unknown_fields.remove("orgUnitPath");
        self
    }

    /// Sends `orgUnitPath` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_path` takes it back.
    #[inline]
    pub fn clear_org_unit_path(mut self) -> Self {
        self.org_unit_path = None;
        self.unknown_fields.insert("orgUnitPath".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `osUpdateStatus` (chainable).
    pub fn set_os_update_status(
        mut self,
        value: impl Into<crate::schemas::OsUpdateStatus>,
    ) -> Self {
        self.os_update_status = Some(value.into());
        self.unknown_fields.remove("osUpdateStatus");
        self
    }

    /// Sends `osUpdateStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_os_update_status` takes it back.
    #[inline]
    pub fn clear_os_update_status(mut self) -> Self {
        self.os_update_status = None;
        self.unknown_fields.insert("osUpdateStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `osVersion` (chainable).
    pub fn set_os_version(mut self, value: impl Into<String>) -> Self {
        self.os_version = Some(value.into());
        self.unknown_fields.remove("osVersion");
        self
    }

    /// Sends `osVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_os_version` takes it back.
    #[inline]
    pub fn clear_os_version(mut self) -> Self {
        self.os_version = None;
        self.unknown_fields.insert("osVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `osVersionCompliance` (chainable).
    pub fn set_os_version_compliance(
        mut self,
        value: impl Into<crate::schemas::ChromeOsDeviceOsVersionCompliance>,
    ) -> Self {
        self.os_version_compliance = Some(value.into());
        self.unknown_fields.remove("osVersionCompliance");
        self
    }

    /// Sends `osVersionCompliance` as JSON `null`, which clears it on the server (chainable);
    /// `set_os_version_compliance` takes it back.
    #[inline]
    pub fn clear_os_version_compliance(mut self) -> Self {
        self.os_version_compliance = None;
        self.unknown_fields
            .insert("osVersionCompliance".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `platformVersion` (chainable).
    pub fn set_platform_version(mut self, value: impl Into<String>) -> Self {
        self.platform_version = Some(value.into());
        self.unknown_fields.remove("platformVersion");
        self
    }

    /// Sends `platformVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_platform_version` takes it back.
    #[inline]
    pub fn clear_platform_version(mut self) -> Self {
        self.platform_version = None;
        self.unknown_fields
            .insert("platformVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `recentUsers` (chainable).
    pub fn set_recent_users(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceRecentUsers>,
        >,
    ) -> Self {
        self.recent_users = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("recentUsers");
        self
    }

    /// Sends `recentUsers` as JSON `null`, which clears it on the server (chainable);
    /// `set_recent_users` takes it back.
    #[inline]
    pub fn clear_recent_users(mut self) -> Self {
        self.recent_users = None;
        self.unknown_fields.insert("recentUsers".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `screenshotFiles` (chainable).
    pub fn set_screenshot_files(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceScreenshotFiles>,
        >,
    ) -> Self {
        self.screenshot_files = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("screenshotFiles");
        self
    }

    /// Sends `screenshotFiles` as JSON `null`, which clears it on the server (chainable);
    /// `set_screenshot_files` takes it back.
    #[inline]
    pub fn clear_screenshot_files(mut self) -> Self {
        self.screenshot_files = None;
        self.unknown_fields
            .insert("screenshotFiles".to_owned(), serde_json::Value::Null);
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

    /// Sets `supportEndDate` (chainable).
    pub fn set_support_end_date(mut self, value: impl Into<Timestamp>) -> Self {
        self.support_end_date = Some(value.into());
        self.unknown_fields.remove("supportEndDate");
        self
    }

    /// Sends `supportEndDate` as JSON `null`, which clears it on the server (chainable);
    /// `set_support_end_date` takes it back.
    #[inline]
    pub fn clear_support_end_date(mut self) -> Self {
        self.support_end_date = None;
        self.unknown_fields.insert("supportEndDate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemRamFreeReports` (chainable).
    pub fn set_system_ram_free_reports(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceSystemRamFreeReports>,
        >,
    ) -> Self {
        self.system_ram_free_reports = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("systemRamFreeReports");
        self
    }

    /// Sends `systemRamFreeReports` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_ram_free_reports` takes it back.
    #[inline]
    pub fn clear_system_ram_free_reports(mut self) -> Self {
        self.system_ram_free_reports = None;
        self.unknown_fields
            .insert("systemRamFreeReports".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemRamTotal` (chainable).
    pub fn set_system_ram_total(mut self, value: impl Into<i64>) -> Self {
        self.system_ram_total = Some(value.into());
        self.unknown_fields.remove("systemRamTotal");
        self
    }

    /// Sends `systemRamTotal` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_ram_total` takes it back.
    #[inline]
    pub fn clear_system_ram_total(mut self) -> Self {
        self.system_ram_total = None;
        self.unknown_fields.insert("systemRamTotal".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `tpmVersionInfo` (chainable).
    pub fn set_tpm_version_info(
        mut self,
        value: impl Into<crate::schemas::ChromeOsDeviceTpmVersionInfo>,
    ) -> Self {
        self.tpm_version_info = Some(value.into());
        self.unknown_fields.remove("tpmVersionInfo");
        self
    }

    /// Sends `tpmVersionInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_tpm_version_info` takes it back.
    #[inline]
    pub fn clear_tpm_version_info(mut self) -> Self {
        self.tpm_version_info = None;
        self.unknown_fields.insert("tpmVersionInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `willAutoRenew` (chainable).
    pub fn set_will_auto_renew(mut self, value: impl Into<bool>) -> Self {
        self.will_auto_renew = Some(value.into());
        self.unknown_fields.remove("willAutoRenew");
        self
    }

    /// Sends `willAutoRenew` as JSON `null`, which clears it on the server (chainable);
    /// `set_will_auto_renew` takes it back.
    #[inline]
    pub fn clear_will_auto_renew(mut self) -> Self {
        self.will_auto_renew = None;
        self.unknown_fields.insert("willAutoRenew".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDevice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.active_time_ranges {
            map.serialize_entry("activeTimeRanges", value)?;
        }
        if let Some(value) = &self.annotated_asset_id {
            map.serialize_entry("annotatedAssetId", value)?;
        }
        if let Some(value) = &self.annotated_location {
            map.serialize_entry("annotatedLocation", value)?;
        }
        if let Some(value) = &self.annotated_user {
            map.serialize_entry("annotatedUser", value)?;
        }
        if self.auto_update_expiration.is_some() {
            map.serialize_entry(
                "autoUpdateExpiration",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.auto_update_expiration),
            )?;
        }
        if let Some(value) = &self.auto_update_through {
            map.serialize_entry("autoUpdateThrough", value)?;
        }
        if let Some(value) = &self.backlight_info {
            map.serialize_entry("backlightInfo", value)?;
        }
        if let Some(value) = &self.bluetooth_adapter_info {
            map.serialize_entry("bluetoothAdapterInfo", value)?;
        }
        if let Some(value) = &self.boot_mode {
            map.serialize_entry("bootMode", value)?;
        }
        if let Some(value) = &self.chrome_os_type {
            map.serialize_entry("chromeOsType", value)?;
        }
        if let Some(value) = &self.cpu_info {
            map.serialize_entry("cpuInfo", value)?;
        }
        if let Some(value) = &self.cpu_status_reports {
            map.serialize_entry("cpuStatusReports", value)?;
        }
        if let Some(value) = &self.deprovision_reason {
            map.serialize_entry("deprovisionReason", value)?;
        }
        if let Some(value) = &self.device_files {
            map.serialize_entry("deviceFiles", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("deviceId", value)?;
        }
        if let Some(value) = &self.device_license_type {
            map.serialize_entry("deviceLicenseType", value)?;
        }
        if let Some(value) = &self.disk_space_usage {
            map.serialize_entry("diskSpaceUsage", value)?;
        }
        if let Some(value) = &self.disk_volume_reports {
            map.serialize_entry("diskVolumeReports", value)?;
        }
        if let Some(value) = &self.dock_mac_address {
            map.serialize_entry("dockMacAddress", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.ethernet_mac_address {
            map.serialize_entry("ethernetMacAddress", value)?;
        }
        if let Some(value) = &self.ethernet_mac_address0 {
            map.serialize_entry("ethernetMacAddress0", value)?;
        }
        if let Some(value) = &self.extended_support_eligible {
            map.serialize_entry("extendedSupportEligible", value)?;
        }
        if let Some(value) = &self.extended_support_enabled {
            map.serialize_entry("extendedSupportEnabled", value)?;
        }
        if let Some(value) = &self.extended_support_start {
            map.serialize_entry("extendedSupportStart", value)?;
        }
        if let Some(value) = &self.fan_info {
            map.serialize_entry("fanInfo", value)?;
        }
        if let Some(value) = &self.firmware_version {
            map.serialize_entry("firmwareVersion", value)?;
        }
        if let Some(value) = &self.first_enrollment_time {
            map.serialize_entry("firstEnrollmentTime", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.last_deprovision_timestamp {
            map.serialize_entry("lastDeprovisionTimestamp", value)?;
        }
        if let Some(value) = &self.last_enrollment_time {
            map.serialize_entry("lastEnrollmentTime", value)?;
        }
        if let Some(value) = &self.last_known_network {
            map.serialize_entry("lastKnownNetwork", value)?;
        }
        if let Some(value) = &self.last_sync {
            map.serialize_entry("lastSync", value)?;
        }
        if let Some(value) = &self.mac_address {
            map.serialize_entry("macAddress", value)?;
        }
        if let Some(value) = &self.manufacture_date {
            map.serialize_entry("manufactureDate", value)?;
        }
        if let Some(value) = &self.meid {
            map.serialize_entry("meid", value)?;
        }
        if let Some(value) = &self.model {
            map.serialize_entry("model", value)?;
        }
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        if let Some(value) = &self.order_number {
            map.serialize_entry("orderNumber", value)?;
        }
        if let Some(value) = &self.org_unit_id {
            map.serialize_entry("orgUnitId", value)?;
        }
        if let Some(value) = &self.org_unit_path {
            map.serialize_entry("orgUnitPath", value)?;
        }
        if let Some(value) = &self.os_update_status {
            map.serialize_entry("osUpdateStatus", value)?;
        }
        if let Some(value) = &self.os_version {
            map.serialize_entry("osVersion", value)?;
        }
        if let Some(value) = &self.os_version_compliance {
            map.serialize_entry("osVersionCompliance", value)?;
        }
        if let Some(value) = &self.platform_version {
            map.serialize_entry("platformVersion", value)?;
        }
        if let Some(value) = &self.recent_users {
            map.serialize_entry("recentUsers", value)?;
        }
        if let Some(value) = &self.screenshot_files {
            map.serialize_entry("screenshotFiles", value)?;
        }
        if let Some(value) = &self.serial_number {
            map.serialize_entry("serialNumber", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.support_end_date {
            map.serialize_entry("supportEndDate", value)?;
        }
        if let Some(value) = &self.system_ram_free_reports {
            map.serialize_entry("systemRamFreeReports", value)?;
        }
        if self.system_ram_total.is_some() {
            map.serialize_entry(
                "systemRamTotal",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.system_ram_total),
            )?;
        }
        if let Some(value) = &self.tpm_version_info {
            map.serialize_entry("tpmVersionInfo", value)?;
        }
        if let Some(value) = &self.will_auto_renew {
            map.serialize_entry("willAutoRenew", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDevice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDevice {
    const NAME: &'static str = "ChromeOsDevice";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "activeTimeRanges" => self.active_time_ranges = map.next_value()?,
            "annotatedAssetId" => self.annotated_asset_id = map.next_value()?,
            "annotatedLocation" => self.annotated_location = map.next_value()?,
            "annotatedUser" => self.annotated_user = map.next_value()?,
            "autoUpdateExpiration" => {
                self.auto_update_expiration = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "autoUpdateThrough" => self.auto_update_through = map.next_value()?,
            "backlightInfo" => self.backlight_info = map.next_value()?,
            "bluetoothAdapterInfo" => self.bluetooth_adapter_info = map.next_value()?,
            "bootMode" => self.boot_mode = map.next_value()?,
            "chromeOsType" => self.chrome_os_type = map.next_value()?,
            "cpuInfo" => self.cpu_info = map.next_value()?,
            "cpuStatusReports" => self.cpu_status_reports = map.next_value()?,
            "deprovisionReason" => self.deprovision_reason = map.next_value()?,
            "deviceFiles" => self.device_files = map.next_value()?,
            "deviceId" => self.device_id = map.next_value()?,
            "deviceLicenseType" => self.device_license_type = map.next_value()?,
            "diskSpaceUsage" => self.disk_space_usage = map.next_value()?,
            "diskVolumeReports" => self.disk_volume_reports = map.next_value()?,
            "dockMacAddress" => self.dock_mac_address = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "ethernetMacAddress" => self.ethernet_mac_address = map.next_value()?,
            "ethernetMacAddress0" => self.ethernet_mac_address0 = map.next_value()?,
            "extendedSupportEligible" => {
                self.extended_support_eligible = map.next_value()?;
            }
            "extendedSupportEnabled" => self.extended_support_enabled = map.next_value()?,
            "extendedSupportStart" => self.extended_support_start = map.next_value()?,
            "fanInfo" => self.fan_info = map.next_value()?,
            "firmwareVersion" => self.firmware_version = map.next_value()?,
            "firstEnrollmentTime" => self.first_enrollment_time = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "lastDeprovisionTimestamp" => {
                self.last_deprovision_timestamp = map.next_value()?;
            }
            "lastEnrollmentTime" => self.last_enrollment_time = map.next_value()?,
            "lastKnownNetwork" => self.last_known_network = map.next_value()?,
            "lastSync" => self.last_sync = map.next_value()?,
            "macAddress" => self.mac_address = map.next_value()?,
            "manufactureDate" => self.manufacture_date = map.next_value()?,
            "meid" => self.meid = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "notes" => self.notes = map.next_value()?,
            "orderNumber" => self.order_number = map.next_value()?,
            "orgUnitId" => self.org_unit_id = map.next_value()?,
            "orgUnitPath" => self.org_unit_path = map.next_value()?,
            "osUpdateStatus" => self.os_update_status = map.next_value()?,
            "osVersion" => self.os_version = map.next_value()?,
            "osVersionCompliance" => self.os_version_compliance = map.next_value()?,
            "platformVersion" => self.platform_version = map.next_value()?,
            "recentUsers" => self.recent_users = map.next_value()?,
            "screenshotFiles" => self.screenshot_files = map.next_value()?,
            "serialNumber" => self.serial_number = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "supportEndDate" => self.support_end_date = map.next_value()?,
            "systemRamFreeReports" => self.system_ram_free_reports = map.next_value()?,
            "systemRamTotal" => {
                self.system_ram_total = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "tpmVersionInfo" => self.tpm_version_info = map.next_value()?,
            "willAutoRenew" => self.will_auto_renew = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceActiveTimeRanges {
    /// Duration of usage in milliseconds.
    pub active_time: Option<i32>,
    /// Date of usage
    pub date: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceActiveTimeRanges {
    /// Sets `activeTime` (chainable).
    pub fn set_active_time(mut self, value: impl Into<i32>) -> Self {
        self.active_time = Some(value.into());
        self.unknown_fields.remove("activeTime");
        self
    }

    /// Sends `activeTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_active_time` takes it back.
    #[inline]
    pub fn clear_active_time(mut self) -> Self {
        self.active_time = None;
        self.unknown_fields.insert("activeTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `date` (chainable).
    pub fn set_date(mut self, value: impl Into<String>) -> Self {
        self.date = Some(value.into());
        self.unknown_fields.remove("date");
        self
    }

    /// Sends `date` as JSON `null`, which clears it on the server (chainable); `set_date` takes it
    /// back.
    #[inline]
    pub fn clear_date(mut self) -> Self {
        self.date = None;
        self.unknown_fields.insert("date".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceActiveTimeRanges {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.active_time {
            map.serialize_entry("activeTime", value)?;
        }
        if let Some(value) = &self.date {
            map.serialize_entry("date", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceActiveTimeRanges {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceActiveTimeRanges {
    const NAME: &'static str = "ChromeOsDeviceActiveTimeRanges";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "activeTime" => self.active_time = map.next_value()?,
            "date" => self.date = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. Chrome OS type of the device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ChromeOsDeviceChromeOsType {
    /// Chrome OS Type unspecified.
    ///
    /// `chromeOsTypeUnspecified` on the wire.
    #[default]
    ChromeOsTypeUnspecified,
    /// Chrome OS Type Chrome OS Flex.
    ///
    /// `chromeOsFlex` on the wire.
    ChromeOsFlex,
    /// Chrome OS Type Chrome OS.
    ///
    /// `chromeOs` on the wire.
    ChromeOs,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ChromeOsDeviceChromeOsType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ChromeOsTypeUnspecified => "chromeOsTypeUnspecified",
            Self::ChromeOsFlex => "chromeOsFlex",
            Self::ChromeOs => "chromeOs",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "chromeOsTypeUnspecified" => Self::ChromeOsTypeUnspecified,
            "chromeOsFlex" => Self::ChromeOsFlex,
            "chromeOs" => Self::ChromeOs,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ChromeOsDeviceChromeOsType);

/// CPU specs for a CPU.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceCpuInfo {
    /// The CPU architecture.
    pub architecture: Option<String>,
    /// Information for the Logical CPUs
    pub logical_cpus: Option<Vec<crate::schemas::ChromeOsDeviceCpuInfoLogicalCpus>>,
    /// The max CPU clock speed in kHz.
    pub max_clock_speed_khz: Option<i32>,
    /// The CPU model name.
    pub model: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceCpuInfo {
    /// Sets `architecture` (chainable).
    pub fn set_architecture(mut self, value: impl Into<String>) -> Self {
        self.architecture = Some(value.into());
        self.unknown_fields.remove("architecture");
        self
    }

    /// Sends `architecture` as JSON `null`, which clears it on the server (chainable);
    /// `set_architecture` takes it back.
    #[inline]
    pub fn clear_architecture(mut self) -> Self {
        self.architecture = None;
        self.unknown_fields.insert("architecture".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `logicalCpus` (chainable).
    pub fn set_logical_cpus(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceCpuInfoLogicalCpus>,
        >,
    ) -> Self {
        self.logical_cpus = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("logicalCpus");
        self
    }

    /// Sends `logicalCpus` as JSON `null`, which clears it on the server (chainable);
    /// `set_logical_cpus` takes it back.
    #[inline]
    pub fn clear_logical_cpus(mut self) -> Self {
        self.logical_cpus = None;
        self.unknown_fields.insert("logicalCpus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `maxClockSpeedKhz` (chainable).
    pub fn set_max_clock_speed_khz(mut self, value: impl Into<i32>) -> Self {
        self.max_clock_speed_khz = Some(value.into());
        self.unknown_fields.remove("maxClockSpeedKhz");
        self
    }

    /// Sends `maxClockSpeedKhz` as JSON `null`, which clears it on the server (chainable);
    /// `set_max_clock_speed_khz` takes it back.
    #[inline]
    pub fn clear_max_clock_speed_khz(mut self) -> Self {
        self.max_clock_speed_khz = None;
        self.unknown_fields
            .insert("maxClockSpeedKhz".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for ChromeOsDeviceCpuInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.architecture {
            map.serialize_entry("architecture", value)?;
        }
        if let Some(value) = &self.logical_cpus {
            map.serialize_entry("logicalCpus", value)?;
        }
        if let Some(value) = &self.max_clock_speed_khz {
            map.serialize_entry("maxClockSpeedKhz", value)?;
        }
        if let Some(value) = &self.model {
            map.serialize_entry("model", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceCpuInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceCpuInfo {
    const NAME: &'static str = "ChromeOsDeviceCpuInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "architecture" => self.architecture = map.next_value()?,
            "logicalCpus" => self.logical_cpus = map.next_value()?,
            "maxClockSpeedKhz" => self.max_clock_speed_khz = map.next_value()?,
            "model" => self.model = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Status of a single logical CPU.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceCpuInfoLogicalCpus {
    /// C-States indicate the power consumption state of the CPU. For more information look at
    /// documentation published by the CPU maker.
    pub c_states: Option<Vec<crate::schemas::ChromeOsDeviceCpuInfoLogicalCpusCStates>>,
    /// Current frequency the CPU is running at.
    pub current_scaling_frequency_khz: Option<i32>,
    /// Idle time since last boot.
    pub idle_duration: Option<Duration>,
    /// Maximum frequency the CPU is allowed to run at, by policy.
    pub max_scaling_frequency_khz: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceCpuInfoLogicalCpus {
    /// Sets `cStates` (chainable).
    pub fn set_c_states(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceCpuInfoLogicalCpusCStates>,
        >,
    ) -> Self {
        self.c_states = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cStates");
        self
    }

    /// Sends `cStates` as JSON `null`, which clears it on the server (chainable); `set_c_states`
    /// takes it back.
    #[inline]
    pub fn clear_c_states(mut self) -> Self {
        self.c_states = None;
        self.unknown_fields.insert("cStates".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `currentScalingFrequencyKhz` (chainable).
    pub fn set_current_scaling_frequency_khz(mut self, value: impl Into<i32>) -> Self {
        self.current_scaling_frequency_khz = Some(value.into());
        self.unknown_fields.remove("currentScalingFrequencyKhz");
        self
    }

    /// Sends `currentScalingFrequencyKhz` as JSON `null`, which clears it on the server
    /// (chainable); `set_current_scaling_frequency_khz` takes it back.
    #[inline]
    pub fn clear_current_scaling_frequency_khz(mut self) -> Self {
        self.current_scaling_frequency_khz = None;
        self.unknown_fields
            .insert("currentScalingFrequencyKhz".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `idleDuration` (chainable).
    pub fn set_idle_duration(mut self, value: impl Into<Duration>) -> Self {
        self.idle_duration = Some(value.into());
        self.unknown_fields.remove("idleDuration");
        self
    }

    /// Sends `idleDuration` as JSON `null`, which clears it on the server (chainable);
    /// `set_idle_duration` takes it back.
    #[inline]
    pub fn clear_idle_duration(mut self) -> Self {
        self.idle_duration = None;
        self.unknown_fields.insert("idleDuration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `maxScalingFrequencyKhz` (chainable).
    pub fn set_max_scaling_frequency_khz(mut self, value: impl Into<i32>) -> Self {
        self.max_scaling_frequency_khz = Some(value.into());
        self.unknown_fields.remove("maxScalingFrequencyKhz");
        self
    }

    /// Sends `maxScalingFrequencyKhz` as JSON `null`, which clears it on the server (chainable);
    /// `set_max_scaling_frequency_khz` takes it back.
    #[inline]
    pub fn clear_max_scaling_frequency_khz(mut self) -> Self {
        self.max_scaling_frequency_khz = None;
        self.unknown_fields
            .insert("maxScalingFrequencyKhz".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceCpuInfoLogicalCpus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.c_states {
            map.serialize_entry("cStates", value)?;
        }
        if let Some(value) = &self.current_scaling_frequency_khz {
            map.serialize_entry("currentScalingFrequencyKhz", value)?;
        }
        if let Some(value) = &self.idle_duration {
            map.serialize_entry("idleDuration", value)?;
        }
        if let Some(value) = &self.max_scaling_frequency_khz {
            map.serialize_entry("maxScalingFrequencyKhz", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceCpuInfoLogicalCpus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceCpuInfoLogicalCpus {
    const NAME: &'static str = "ChromeOsDeviceCpuInfoLogicalCpus";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cStates" => self.c_states = map.next_value()?,
            "currentScalingFrequencyKhz" => {
                self.current_scaling_frequency_khz = map.next_value()?;
            }
            "idleDuration" => self.idle_duration = map.next_value()?,
            "maxScalingFrequencyKhz" => {
                self.max_scaling_frequency_khz = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Status of a single C-state. C-states are various modes the CPU can transition to in order to
/// use more or less power.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceCpuInfoLogicalCpusCStates {
    /// Name of the state.
    pub display_name: Option<String>,
    /// Time spent in the state since the last reboot.
    pub session_duration: Option<Duration>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceCpuInfoLogicalCpusCStates {
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

    /// Sets `sessionDuration` (chainable).
    pub fn set_session_duration(mut self, value: impl Into<Duration>) -> Self {
        self.session_duration = Some(value.into());
        self.unknown_fields.remove("sessionDuration");
        self
    }

    /// Sends `sessionDuration` as JSON `null`, which clears it on the server (chainable);
    /// `set_session_duration` takes it back.
    #[inline]
    pub fn clear_session_duration(mut self) -> Self {
        self.session_duration = None;
        self.unknown_fields
            .insert("sessionDuration".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceCpuInfoLogicalCpusCStates {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.session_duration {
            map.serialize_entry("sessionDuration", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceCpuInfoLogicalCpusCStates {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceCpuInfoLogicalCpusCStates {
    const NAME: &'static str = "ChromeOsDeviceCpuInfoLogicalCpusCStates";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayName" => self.display_name = map.next_value()?,
            "sessionDuration" => self.session_duration = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceCpuStatusReports {
    /// A list of CPU temperature samples.
    pub cpu_temperature_info: Option<
        Vec<crate::schemas::ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo>,
    >,
    pub cpu_utilization_percentage_info: Option<Vec<i32>>,
    /// Date and time the report was received.
    pub report_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceCpuStatusReports {
    /// Sets `cpuTemperatureInfo` (chainable).
    pub fn set_cpu_temperature_info(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<
                crate::schemas::ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo,
            >,
        >,
    ) -> Self {
        self.cpu_temperature_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cpuTemperatureInfo");
        self
    }

    /// Sends `cpuTemperatureInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_cpu_temperature_info` takes it back.
    #[inline]
    pub fn clear_cpu_temperature_info(mut self) -> Self {
        self.cpu_temperature_info = None;
        self.unknown_fields
            .insert("cpuTemperatureInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cpuUtilizationPercentageInfo` (chainable).
    pub fn set_cpu_utilization_percentage_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<i32>>,
    ) -> Self {
        self.cpu_utilization_percentage_info = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("cpuUtilizationPercentageInfo");
        self
    }

    /// Sends `cpuUtilizationPercentageInfo` as JSON `null`, which clears it on the server
    /// (chainable); `set_cpu_utilization_percentage_info` takes it back.
    #[inline]
    pub fn clear_cpu_utilization_percentage_info(mut self) -> Self {
        self.cpu_utilization_percentage_info = None;
        self.unknown_fields
            .insert("cpuUtilizationPercentageInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `reportTime` (chainable).
    pub fn set_report_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.report_time = Some(value.into());
        self.unknown_fields.remove("reportTime");
        self
    }

    /// Sends `reportTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_report_time` takes it back.
    #[inline]
    pub fn clear_report_time(mut self) -> Self {
        self.report_time = None;
        self.unknown_fields.insert("reportTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceCpuStatusReports {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.cpu_temperature_info {
            map.serialize_entry("cpuTemperatureInfo", value)?;
        }
        if let Some(value) = &self.cpu_utilization_percentage_info {
            map.serialize_entry("cpuUtilizationPercentageInfo", value)?;
        }
        if let Some(value) = &self.report_time {
            map.serialize_entry("reportTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceCpuStatusReports {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceCpuStatusReports {
    const NAME: &'static str = "ChromeOsDeviceCpuStatusReports";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cpuTemperatureInfo" => self.cpu_temperature_info = map.next_value()?,
            "cpuUtilizationPercentageInfo" => {
                self.cpu_utilization_percentage_info = map.next_value()?;
            }
            "reportTime" => self.report_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo {
    /// CPU label
    pub label: Option<String>,
    /// Temperature in Celsius degrees.
    pub temperature: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo {
    /// Sets `label` (chainable).
    pub fn set_label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self.unknown_fields.remove("label");
        self
    }

    /// Sends `label` as JSON `null`, which clears it on the server (chainable); `set_label` takes
    /// it back.
    #[inline]
    pub fn clear_label(mut self) -> Self {
        self.label = None;
        self.unknown_fields.insert("label".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `temperature` (chainable).
    pub fn set_temperature(mut self, value: impl Into<i32>) -> Self {
        self.temperature = Some(value.into());
        self.unknown_fields.remove("temperature");
        self
    }

    /// Sends `temperature` as JSON `null`, which clears it on the server (chainable);
    /// `set_temperature` takes it back.
    #[inline]
    pub fn clear_temperature(mut self) -> Self {
        self.temperature = None;
        self.unknown_fields.insert("temperature".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.label {
            map.serialize_entry("label", value)?;
        }
        if let Some(value) = &self.temperature {
            map.serialize_entry("temperature", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo {
    const NAME: &'static str = "ChromeOsDeviceCpuStatusReportsCpuTemperatureInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "label" => self.label = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// (Read-only) Deprovision reason.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ChromeOsDeviceDeprovisionReason {
    /// The deprovision reason is unknown.
    ///
    /// `DEPROVISION_REASON_UNSPECIFIED` on the wire.
    #[default]
    DeprovisionReasonUnspecified,
    /// Same model replacement. You have return materials authorization (RMA) or you are replacing a
    /// malfunctioning device under warranty with the same device model.
    ///
    /// `DEPROVISION_REASON_SAME_MODEL_REPLACEMENT` on the wire.
    DeprovisionReasonSameModelReplacement,
    /// Deprecated. The device was upgraded.
    ///
    /// `DEPROVISION_REASON_UPGRADE` on the wire.
    DeprovisionReasonUpgrade,
    /// Deprecated. The device's domain was changed.
    ///
    /// `DEPROVISION_REASON_DOMAIN_MOVE` on the wire.
    DeprovisionReasonDomainMove,
    /// Deprecated. Service expired for the device.
    ///
    /// `DEPROVISION_REASON_SERVICE_EXPIRATION` on the wire.
    DeprovisionReasonServiceExpiration,
    /// Deprecated. The device was deprovisioned for a legacy reason that is no longer supported.
    ///
    /// `DEPROVISION_REASON_OTHER` on the wire.
    DeprovisionReasonOther,
    /// Different model replacement. You are replacing this device with an upgraded or newer device
    /// model.
    ///
    /// `DEPROVISION_REASON_DIFFERENT_MODEL_REPLACEMENT` on the wire.
    DeprovisionReasonDifferentModelReplacement,
    /// Retiring from fleet. You are donating, discarding, or otherwise removing the device from
    /// use.
    ///
    /// `DEPROVISION_REASON_RETIRING_DEVICE` on the wire.
    DeprovisionReasonRetiringDevice,
    /// ChromeOS Flex upgrade transfer. This is a ChromeOS Flex device that you are replacing with a
    /// Chromebook within a year.
    ///
    /// `DEPROVISION_REASON_UPGRADE_TRANSFER` on the wire.
    DeprovisionReasonUpgradeTransfer,
    /// A reason was not required. For example, the licenses were returned to the customer's license
    /// pool.
    ///
    /// `DEPROVISION_REASON_NOT_REQUIRED` on the wire.
    DeprovisionReasonNotRequired,
    /// The device was deprovisioned by the Repair Service Center. Can only be set by Repair Service
    /// Center during RMA.
    ///
    /// `DEPROVISION_REASON_REPAIR_CENTER` on the wire.
    DeprovisionReasonRepairCenter,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ChromeOsDeviceDeprovisionReason {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeprovisionReasonUnspecified => "DEPROVISION_REASON_UNSPECIFIED",
            Self::DeprovisionReasonSameModelReplacement => {
                "DEPROVISION_REASON_SAME_MODEL_REPLACEMENT"
            }
            Self::DeprovisionReasonUpgrade => "DEPROVISION_REASON_UPGRADE",
            Self::DeprovisionReasonDomainMove => "DEPROVISION_REASON_DOMAIN_MOVE",
            Self::DeprovisionReasonServiceExpiration => {
                "DEPROVISION_REASON_SERVICE_EXPIRATION"
            }
            Self::DeprovisionReasonOther => "DEPROVISION_REASON_OTHER",
            Self::DeprovisionReasonDifferentModelReplacement => {
                "DEPROVISION_REASON_DIFFERENT_MODEL_REPLACEMENT"
            }
            Self::DeprovisionReasonRetiringDevice => "DEPROVISION_REASON_RETIRING_DEVICE",
            Self::DeprovisionReasonUpgradeTransfer => {
                "DEPROVISION_REASON_UPGRADE_TRANSFER"
            }
            Self::DeprovisionReasonNotRequired => "DEPROVISION_REASON_NOT_REQUIRED",
            Self::DeprovisionReasonRepairCenter => "DEPROVISION_REASON_REPAIR_CENTER",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEPROVISION_REASON_UNSPECIFIED" => Self::DeprovisionReasonUnspecified,
            "DEPROVISION_REASON_SAME_MODEL_REPLACEMENT" => {
                Self::DeprovisionReasonSameModelReplacement
            }
            "DEPROVISION_REASON_UPGRADE" => Self::DeprovisionReasonUpgrade,
            "DEPROVISION_REASON_DOMAIN_MOVE" => Self::DeprovisionReasonDomainMove,
            "DEPROVISION_REASON_SERVICE_EXPIRATION" => {
                Self::DeprovisionReasonServiceExpiration
            }
            "DEPROVISION_REASON_OTHER" => Self::DeprovisionReasonOther,
            "DEPROVISION_REASON_DIFFERENT_MODEL_REPLACEMENT" => {
                Self::DeprovisionReasonDifferentModelReplacement
            }
            "DEPROVISION_REASON_RETIRING_DEVICE" => Self::DeprovisionReasonRetiringDevice,
            "DEPROVISION_REASON_UPGRADE_TRANSFER" => {
                Self::DeprovisionReasonUpgradeTransfer
            }
            "DEPROVISION_REASON_NOT_REQUIRED" => Self::DeprovisionReasonNotRequired,
            "DEPROVISION_REASON_REPAIR_CENTER" => Self::DeprovisionReasonRepairCenter,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ChromeOsDeviceDeprovisionReason);
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceDeviceFiles {
    /// Date and time the file was created
    pub create_time: Option<Timestamp>,
    /// File download URL
    pub download_url: Option<String>,
    /// File name
    pub name: Option<String>,
    /// File type
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceDeviceFiles {
    /// Sets `createTime` (chainable).
    pub fn set_create_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self.unknown_fields.remove("createTime");
        self
    }

    /// Sends `createTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_time` takes it back.
    #[inline]
    pub fn clear_create_time(mut self) -> Self {
        self.create_time = None;
        self.unknown_fields.insert("createTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `downloadUrl` (chainable).
    pub fn set_download_url(mut self, value: impl Into<String>) -> Self {
        self.download_url = Some(value.into());
        self.unknown_fields.remove("downloadUrl");
        self
    }

    /// Sends `downloadUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_download_url` takes it back.
    #[inline]
    pub fn clear_download_url(mut self) -> Self {
        self.download_url = None;
        self.unknown_fields.insert("downloadUrl".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for ChromeOsDeviceDeviceFiles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.download_url {
            map.serialize_entry("downloadUrl", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceDeviceFiles {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceDeviceFiles {
    const NAME: &'static str = "ChromeOsDeviceDeviceFiles";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "createTime" => self.create_time = map.next_value()?,
            "downloadUrl" => self.download_url = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. Device license type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ChromeOsDeviceDeviceLicenseType {
    /// The license type is unknown.
    ///
    /// `deviceLicenseTypeUnspecified` on the wire.
    #[default]
    DeviceLicenseTypeUnspecified,
    /// The device is bundled with a perpetual Chrome Enterprise Upgrade.
    ///
    /// `enterprise` on the wire.
    Enterprise,
    /// Deprecated. The device has an annual standalone Chrome Enterprise Upgrade.
    ///
    /// `enterpriseUpgrade` on the wire.
    EnterpriseUpgrade,
    /// Deprecated. The device has a perpetual standalone Chrome Education Upgrade.
    ///
    /// `educationUpgrade` on the wire.
    EducationUpgrade,
    /// The device is bundled with a perpetual Chrome Education Upgrade.
    ///
    /// `education` on the wire.
    Education,
    /// The device has an annual Kiosk Upgrade.
    ///
    /// `kioskUpgrade` on the wire.
    KioskUpgrade,
    /// Indicates that the device is consuming a standalone, perpetual Chrome Enterprise Upgrade, a
    /// Chrome Enterprise license.
    ///
    /// `enterpriseUpgradePerpetual` on the wire.
    EnterpriseUpgradePerpetual,
    /// Indicates that the device is consuming a standalone, fixed-term Chrome Enterprise Upgrade, a
    /// Chrome Enterprise license.
    ///
    /// `enterpriseUpgradeFixedTerm` on the wire.
    EnterpriseUpgradeFixedTerm,
    /// Indicates that the device is consuming a standalone, perpetual Chrome Education Upgrade(AKA
    /// Chrome EDU perpetual license).
    ///
    /// `educationUpgradePerpetual` on the wire.
    EducationUpgradePerpetual,
    /// Indicates that the device is consuming a standalone, fixed-term Chrome Education Upgrade(AKA
    /// Chrome EDU fixed-term license).
    ///
    /// `educationUpgradeFixedTerm` on the wire.
    EducationUpgradeFixedTerm,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ChromeOsDeviceDeviceLicenseType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceLicenseTypeUnspecified => "deviceLicenseTypeUnspecified",
            Self::Enterprise => "enterprise",
            Self::EnterpriseUpgrade => "enterpriseUpgrade",
            Self::EducationUpgrade => "educationUpgrade",
            Self::Education => "education",
            Self::KioskUpgrade => "kioskUpgrade",
            Self::EnterpriseUpgradePerpetual => "enterpriseUpgradePerpetual",
            Self::EnterpriseUpgradeFixedTerm => "enterpriseUpgradeFixedTerm",
            Self::EducationUpgradePerpetual => "educationUpgradePerpetual",
            Self::EducationUpgradeFixedTerm => "educationUpgradeFixedTerm",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "deviceLicenseTypeUnspecified" => Self::DeviceLicenseTypeUnspecified,
            "enterprise" => Self::Enterprise,
            "enterpriseUpgrade" => Self::EnterpriseUpgrade,
            "educationUpgrade" => Self::EducationUpgrade,
            "education" => Self::Education,
            "kioskUpgrade" => Self::KioskUpgrade,
            "enterpriseUpgradePerpetual" => Self::EnterpriseUpgradePerpetual,
            "enterpriseUpgradeFixedTerm" => Self::EnterpriseUpgradeFixedTerm,
            "educationUpgradePerpetual" => Self::EducationUpgradePerpetual,
            "educationUpgradeFixedTerm" => Self::EducationUpgradeFixedTerm,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ChromeOsDeviceDeviceLicenseType);
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceDiskVolumeReports {
    /// Disk volumes
    pub volume_info: Option<
        Vec<crate::schemas::ChromeOsDeviceDiskVolumeReportsVolumeInfo>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceDiskVolumeReports {
    /// Sets `volumeInfo` (chainable).
    pub fn set_volume_info(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChromeOsDeviceDiskVolumeReportsVolumeInfo>,
        >,
    ) -> Self {
        self.volume_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("volumeInfo");
        self
    }

    /// Sends `volumeInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_volume_info` takes it back.
    #[inline]
    pub fn clear_volume_info(mut self) -> Self {
        self.volume_info = None;
        self.unknown_fields.insert("volumeInfo".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceDiskVolumeReports {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.volume_info {
            map.serialize_entry("volumeInfo", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceDiskVolumeReports {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceDiskVolumeReports {
    const NAME: &'static str = "ChromeOsDeviceDiskVolumeReports";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "volumeInfo" => self.volume_info = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceDiskVolumeReportsVolumeInfo {
    /// Free disk space \[in bytes\]
    pub storage_free: Option<i64>,
    /// Total disk space \[in bytes\]
    pub storage_total: Option<i64>,
    /// Volume id
    pub volume_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceDiskVolumeReportsVolumeInfo {
    /// Sets `storageFree` (chainable).
    pub fn set_storage_free(mut self, value: impl Into<i64>) -> Self {
        self.storage_free = Some(value.into());
        self.unknown_fields.remove("storageFree");
        self
    }

    /// Sends `storageFree` as JSON `null`, which clears it on the server (chainable);
    /// `set_storage_free` takes it back.
    #[inline]
    pub fn clear_storage_free(mut self) -> Self {
        self.storage_free = None;
        self.unknown_fields.insert("storageFree".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `storageTotal` (chainable).
    pub fn set_storage_total(mut self, value: impl Into<i64>) -> Self {
        self.storage_total = Some(value.into());
        self.unknown_fields.remove("storageTotal");
        self
    }

    /// Sends `storageTotal` as JSON `null`, which clears it on the server (chainable);
    /// `set_storage_total` takes it back.
    #[inline]
    pub fn clear_storage_total(mut self) -> Self {
        self.storage_total = None;
        self.unknown_fields.insert("storageTotal".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `volumeId` (chainable).
    pub fn set_volume_id(mut self, value: impl Into<String>) -> Self {
        self.volume_id = Some(value.into());
        self.unknown_fields.remove("volumeId");
        self
    }

    /// Sends `volumeId` as JSON `null`, which clears it on the server (chainable); `set_volume_id`
    /// takes it back.
    #[inline]
    pub fn clear_volume_id(mut self) -> Self {
        self.volume_id = None;
        self.unknown_fields.insert("volumeId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceDiskVolumeReportsVolumeInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.storage_free.is_some() {
            map.serialize_entry(
                "storageFree",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.storage_free),
            )?;
        }
        if self.storage_total.is_some() {
            map.serialize_entry(
                "storageTotal",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.storage_total),
            )?;
        }
        if let Some(value) = &self.volume_id {
            map.serialize_entry("volumeId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceDiskVolumeReportsVolumeInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceDiskVolumeReportsVolumeInfo {
    const NAME: &'static str = "ChromeOsDeviceDiskVolumeReportsVolumeInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "storageFree" => {
                self.storage_free = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "storageTotal" => {
                self.storage_total = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "volumeId" => self.volume_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Information for an ip address.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceLastKnownNetwork {
    /// The IP address.
    pub ip_address: Option<String>,
    /// The WAN IP address.
    pub wan_ip_address: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceLastKnownNetwork {
    /// Sets `ipAddress` (chainable).
    pub fn set_ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self.unknown_fields.remove("ipAddress");
        self
    }

    /// Sends `ipAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_ip_address` takes it back.
    #[inline]
    pub fn clear_ip_address(mut self) -> Self {
        self.ip_address = None;
        self.unknown_fields.insert("ipAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wanIpAddress` (chainable).
    pub fn set_wan_ip_address(mut self, value: impl Into<String>) -> Self {
        self.wan_ip_address = Some(value.into());
        self.unknown_fields.remove("wanIpAddress");
        self
    }

    /// Sends `wanIpAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_wan_ip_address` takes it back.
    #[inline]
    pub fn clear_wan_ip_address(mut self) -> Self {
        self.wan_ip_address = None;
        self.unknown_fields.insert("wanIpAddress".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceLastKnownNetwork {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.ip_address {
            map.serialize_entry("ipAddress", value)?;
        }
        if let Some(value) = &self.wan_ip_address {
            map.serialize_entry("wanIpAddress", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceLastKnownNetwork {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceLastKnownNetwork {
    const NAME: &'static str = "ChromeOsDeviceLastKnownNetwork";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ipAddress" => self.ip_address = map.next_value()?,
            "wanIpAddress" => self.wan_ip_address = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. Device policy compliance status of the OS version.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ChromeOsDeviceOsVersionCompliance {
    /// Compliance status unspecified.
    ///
    /// `complianceUnspecified` on the wire.
    #[default]
    ComplianceUnspecified,
    /// Compliance status compliant.
    ///
    /// `compliant` on the wire.
    Compliant,
    /// Compliance status pending.
    ///
    /// `pending` on the wire.
    Pending,
    /// Compliance status not compliant.
    ///
    /// `notCompliant` on the wire.
    NotCompliant,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ChromeOsDeviceOsVersionCompliance {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ComplianceUnspecified => "complianceUnspecified",
            Self::Compliant => "compliant",
            Self::Pending => "pending",
            Self::NotCompliant => "notCompliant",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "complianceUnspecified" => Self::ComplianceUnspecified,
            "compliant" => Self::Compliant,
            "pending" => Self::Pending,
            "notCompliant" => Self::NotCompliant,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ChromeOsDeviceOsVersionCompliance);

/// A list of recent device users, in descending order, by last login time.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceRecentUsers {
    /// The user's email address. This is only present if the user type is `USER_TYPE_MANAGED`.
    pub email: Option<String>,
    /// The type of the user.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceRecentUsers {
    /// Sets `email` (chainable).
    pub fn set_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
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
}

impl serde::Serialize for ChromeOsDeviceRecentUsers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceRecentUsers {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceRecentUsers {
    const NAME: &'static str = "ChromeOsDeviceRecentUsers";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "email" => self.email = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceScreenshotFiles {
    /// Date and time the file was created
    pub create_time: Option<Timestamp>,
    /// File download URL
    pub download_url: Option<String>,
    /// File name
    pub name: Option<String>,
    /// File type
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceScreenshotFiles {
    /// Sets `createTime` (chainable).
    pub fn set_create_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self.unknown_fields.remove("createTime");
        self
    }

    /// Sends `createTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_time` takes it back.
    #[inline]
    pub fn clear_create_time(mut self) -> Self {
        self.create_time = None;
        self.unknown_fields.insert("createTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `downloadUrl` (chainable).
    pub fn set_download_url(mut self, value: impl Into<String>) -> Self {
        self.download_url = Some(value.into());
        self.unknown_fields.remove("downloadUrl");
        self
    }

    /// Sends `downloadUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_download_url` takes it back.
    #[inline]
    pub fn clear_download_url(mut self) -> Self {
        self.download_url = None;
        self.unknown_fields.insert("downloadUrl".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for ChromeOsDeviceScreenshotFiles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.download_url {
            map.serialize_entry("downloadUrl", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceScreenshotFiles {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceScreenshotFiles {
    const NAME: &'static str = "ChromeOsDeviceScreenshotFiles";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "createTime" => self.create_time = map.next_value()?,
            "downloadUrl" => self.download_url = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceSystemRamFreeReports {
    /// Date and time the report was received.
    pub report_time: Option<Timestamp>,
    pub system_ram_free_info: Option<Vec<i64>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceSystemRamFreeReports {
    /// Sets `reportTime` (chainable).
    pub fn set_report_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.report_time = Some(value.into());
        self.unknown_fields.remove("reportTime");
        self
    }

    /// Sends `reportTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_report_time` takes it back.
    #[inline]
    pub fn clear_report_time(mut self) -> Self {
        self.report_time = None;
        self.unknown_fields.insert("reportTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemRamFreeInfo` (chainable).
    pub fn set_system_ram_free_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<i64>>,
    ) -> Self {
        self.system_ram_free_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("systemRamFreeInfo");
        self
    }

    /// Sends `systemRamFreeInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_ram_free_info` takes it back.
    #[inline]
    pub fn clear_system_ram_free_info(mut self) -> Self {
        self.system_ram_free_info = None;
        self.unknown_fields
            .insert("systemRamFreeInfo".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceSystemRamFreeReports {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.report_time {
            map.serialize_entry("reportTime", value)?;
        }
        if self.system_ram_free_info.is_some() {
            map.serialize_entry(
                "systemRamFreeInfo",
                &wire::Out::<
                    Option<Vec<i64>>,
                    Option<Vec<wire::I64>>,
                >::new(&self.system_ram_free_info),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceSystemRamFreeReports {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceSystemRamFreeReports {
    const NAME: &'static str = "ChromeOsDeviceSystemRamFreeReports";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reportTime" => self.report_time = map.next_value()?,
            "systemRamFreeInfo" => {
                self.system_ram_free_info = map
                    .next_value::<wire::In<Option<Vec<i64>>, Option<Vec<wire::I64>>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Trusted Platform Module (TPM) (Read-only)
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceTpmVersionInfo {
    /// TPM family. We use the TPM 2.0 style encoding, e.g.: TPM 1.2: "1.2" -&gt; 312e3200 TPM 2.0:
    /// "2.0" -&gt; 322e3000
    pub family: Option<String>,
    /// TPM firmware version.
    pub firmware_version: Option<String>,
    /// TPM manufacturer code.
    pub manufacturer: Option<String>,
    /// TPM specification level. See Library Specification for TPM 2.0 and Main Specification for
    /// TPM 1.2.
    pub spec_level: Option<String>,
    /// TPM model number.
    pub tpm_model: Option<String>,
    /// Vendor-specific information such as Vendor ID.
    pub vendor_specific: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceTpmVersionInfo {
    /// Sets `family` (chainable).
    pub fn set_family(mut self, value: impl Into<String>) -> Self {
        self.family = Some(value.into());
        self.unknown_fields.remove("family");
        self
    }

    /// Sends `family` as JSON `null`, which clears it on the server (chainable); `set_family` takes
    /// it back.
    #[inline]
    pub fn clear_family(mut self) -> Self {
        self.family = None;
        self.unknown_fields.insert("family".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `firmwareVersion` (chainable).
    pub fn set_firmware_version(mut self, value: impl Into<String>) -> Self {
        self.firmware_version = Some(value.into());
        self.unknown_fields.remove("firmwareVersion");
        self
    }

    /// Sends `firmwareVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_firmware_version` takes it back.
    #[inline]
    pub fn clear_firmware_version(mut self) -> Self {
        self.firmware_version = None;
        self.unknown_fields
            .insert("firmwareVersion".to_owned(), serde_json::Value::Null);
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

    /// Sets `specLevel` (chainable).
    pub fn set_spec_level(mut self, value: impl Into<String>) -> Self {
        self.spec_level = Some(value.into());
        self.unknown_fields.remove("specLevel");
        self
    }

    /// Sends `specLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_spec_level` takes it back.
    #[inline]
    pub fn clear_spec_level(mut self) -> Self {
        self.spec_level = None;
        self.unknown_fields.insert("specLevel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `tpmModel` (chainable).
    pub fn set_tpm_model(mut self, value: impl Into<String>) -> Self {
        self.tpm_model = Some(value.into());
        self.unknown_fields.remove("tpmModel");
        self
    }

    /// Sends `tpmModel` as JSON `null`, which clears it on the server (chainable); `set_tpm_model`
    /// takes it back.
    #[inline]
    pub fn clear_tpm_model(mut self) -> Self {
        self.tpm_model = None;
        self.unknown_fields.insert("tpmModel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `vendorSpecific` (chainable).
    pub fn set_vendor_specific(mut self, value: impl Into<String>) -> Self {
        self.vendor_specific = Some(value.into());
        self.unknown_fields.remove("vendorSpecific");
        self
    }

    /// Sends `vendorSpecific` as JSON `null`, which clears it on the server (chainable);
    /// `set_vendor_specific` takes it back.
    #[inline]
    pub fn clear_vendor_specific(mut self) -> Self {
        self.vendor_specific = None;
        self.unknown_fields.insert("vendorSpecific".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceTpmVersionInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.family {
            map.serialize_entry("family", value)?;
        }
        if let Some(value) = &self.firmware_version {
            map.serialize_entry("firmwareVersion", value)?;
        }
        if let Some(value) = &self.manufacturer {
            map.serialize_entry("manufacturer", value)?;
        }
        if let Some(value) = &self.spec_level {
            map.serialize_entry("specLevel", value)?;
        }
        if let Some(value) = &self.tpm_model {
            map.serialize_entry("tpmModel", value)?;
        }
        if let Some(value) = &self.vendor_specific {
            map.serialize_entry("vendorSpecific", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceTpmVersionInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceTpmVersionInfo {
    const NAME: &'static str = "ChromeOsDeviceTpmVersionInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "family" => self.family = map.next_value()?,
            "firmwareVersion" => self.firmware_version = map.next_value()?,
            "manufacturer" => self.manufacturer = map.next_value()?,
            "specLevel" => self.spec_level = map.next_value()?,
            "tpmModel" => self.tpm_model = map.next_value()?,
            "vendorSpecific" => self.vendor_specific = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
