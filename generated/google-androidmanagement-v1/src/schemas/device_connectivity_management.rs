use crate::runtime::{impl_open_enum, wire};

/// Covers controls for device connectivity such as Wi-Fi, USB data access, keyboard/mouse
/// connections, and more.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceConnectivityManagement {
    /// Optional. Access Point Name (APN) policy. Configuration for Access Point Names (APNs) which
    /// may override any other APNs on the device. See OVERRIDE_APNS_ENABLED and overrideApns for
    /// details.
    pub apn_policy: Option<crate::schemas::ApnPolicy>,
    /// Optional. Controls whether Bluetooth sharing is allowed.
    pub bluetooth_sharing: Option<
        crate::schemas::DeviceConnectivityManagementBluetoothSharing,
    >,
    /// Optional. Controls Wi-Fi configuring privileges. Based on the option set, user will have
    /// either full or limited or no control in configuring Wi-Fi networks.
    pub configure_wifi: Option<
        crate::schemas::DeviceConnectivityManagementConfigureWifi,
    >,
    /// Optional. Preferential network service configuration. Setting this field will override
    /// preferentialNetworkService. This can be set on both work profiles and fully managed devices
    /// on Android 13 and above. See 5G network slicing
    /// (<https://developers.google.com/android/management/5g-network-slicing>) guide for more
    /// details.
    pub preferential_network_service_settings: Option<
        crate::schemas::PreferentialNetworkServiceSettings,
    >,
    /// Optional. The global private DNS settings.
    pub private_dns_settings: Option<crate::schemas::PrivateDnsSettings>,
    /// Optional. Controls tethering settings. Based on the value set, the user is partially or
    /// fully disallowed from using different forms of tethering.
    pub tethering_settings: Option<
        crate::schemas::DeviceConnectivityManagementTetheringSettings,
    >,
    /// Optional. Controls what files and/or data can be transferred via USB. Supported only on
    /// company-owned devices.
    pub usb_data_access: Option<
        crate::schemas::DeviceConnectivityManagementUsbDataAccess,
    >,
    /// Optional. Controls configuring and using Wi-Fi direct settings. Supported on company-owned
    /// devices running Android 13 and above.
    pub wifi_direct_settings: Option<
        crate::schemas::DeviceConnectivityManagementWifiDirectSettings,
    >,
    /// Optional. Wi-Fi roaming policy.
    pub wifi_roaming_policy: Option<crate::schemas::WifiRoamingPolicy>,
    /// Optional. Restrictions on which Wi-Fi SSIDs the device can connect to. Note that this does
    /// not affect which networks can be configured on the device.Supported on Android 13 (API
    /// level 33) and higher on fully managed devices and work profiles on company-owned devices. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported on other management modes. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 13 (API
    /// level 33).
    pub wifi_ssid_policy: Option<crate::schemas::WifiSsidPolicy>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceConnectivityManagement {
    /// Sets `apnPolicy` (chainable).
    pub fn set_apn_policy(
        mut self,
        value: impl Into<crate::schemas::ApnPolicy>,
    ) -> Self {
        self.apn_policy = Some(value.into());
        self.unknown_fields.remove("apnPolicy");
        self
    }

    /// Sends `apnPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_apn_policy` takes it back.
    #[inline]
    pub fn clear_apn_policy(mut self) -> Self {
        self.apn_policy = None;
        self.unknown_fields.insert("apnPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `bluetoothSharing` (chainable).
    pub fn set_bluetooth_sharing(
        mut self,
        value: impl Into<crate::schemas::DeviceConnectivityManagementBluetoothSharing>,
    ) -> Self {
        self.bluetooth_sharing = Some(value.into());
        self.unknown_fields.remove("bluetoothSharing");
        self
    }

    /// Sends `bluetoothSharing` as JSON `null`, which clears it on the server (chainable);
    /// `set_bluetooth_sharing` takes it back.
    #[inline]
    pub fn clear_bluetooth_sharing(mut self) -> Self {
        self.bluetooth_sharing = None;
        self.unknown_fields
            .insert("bluetoothSharing".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `configureWifi` (chainable).
    pub fn set_configure_wifi(
        mut self,
        value: impl Into<crate::schemas::DeviceConnectivityManagementConfigureWifi>,
    ) -> Self {
        self.configure_wifi = Some(value.into());
        self.unknown_fields.remove("configureWifi");
        self
    }

    /// Sends `configureWifi` as JSON `null`, which clears it on the server (chainable);
    /// `set_configure_wifi` takes it back.
    #[inline]
    pub fn clear_configure_wifi(mut self) -> Self {
        self.configure_wifi = None;
        self.unknown_fields.insert("configureWifi".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `preferentialNetworkServiceSettings` (chainable).
    pub fn set_preferential_network_service_settings(
        mut self,
        value: impl Into<crate::schemas::PreferentialNetworkServiceSettings>,
    ) -> Self {
        self.preferential_network_service_settings = Some(value.into());
        self.unknown_fields.remove("preferentialNetworkServiceSettings");
        self
    }

    /// Sends `preferentialNetworkServiceSettings` as JSON `null`, which clears it on the server
    /// (chainable); `set_preferential_network_service_settings` takes it back.
    #[inline]
    pub fn clear_preferential_network_service_settings(mut self) -> Self {
        self.preferential_network_service_settings = None;
        self.unknown_fields
            .insert(
                "preferentialNetworkServiceSettings".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `privateDnsSettings` (chainable).
    pub fn set_private_dns_settings(
        mut self,
        value: impl Into<crate::schemas::PrivateDnsSettings>,
    ) -> Self {
        self.private_dns_settings = Some(value.into());
        self.unknown_fields.remove("privateDnsSettings");
        self
    }

    /// Sends `privateDnsSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_private_dns_settings` takes it back.
    #[inline]
    pub fn clear_private_dns_settings(mut self) -> Self {
        self.private_dns_settings = None;
        self.unknown_fields
            .insert("privateDnsSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `tetheringSettings` (chainable).
    pub fn set_tethering_settings(
        mut self,
        value: impl Into<crate::schemas::DeviceConnectivityManagementTetheringSettings>,
    ) -> Self {
        self.tethering_settings = Some(value.into());
        self.unknown_fields.remove("tetheringSettings");
        self
    }

    /// Sends `tetheringSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_tethering_settings` takes it back.
    #[inline]
    pub fn clear_tethering_settings(mut self) -> Self {
        self.tethering_settings = None;
        self.unknown_fields
            .insert("tetheringSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `usbDataAccess` (chainable).
    pub fn set_usb_data_access(
        mut self,
        value: impl Into<crate::schemas::DeviceConnectivityManagementUsbDataAccess>,
    ) -> Self {
        self.usb_data_access = Some(value.into());
        self.unknown_fields.remove("usbDataAccess");
        self
    }

    /// Sends `usbDataAccess` as JSON `null`, which clears it on the server (chainable);
    /// `set_usb_data_access` takes it back.
    #[inline]
    pub fn clear_usb_data_access(mut self) -> Self {
        self.usb_data_access = None;
        self.unknown_fields.insert("usbDataAccess".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiDirectSettings` (chainable).
    pub fn set_wifi_direct_settings(
        mut self,
        value: impl Into<crate::schemas::DeviceConnectivityManagementWifiDirectSettings>,
    ) -> Self {
        self.wifi_direct_settings = Some(value.into());
        self.unknown_fields.remove("wifiDirectSettings");
        self
    }

    /// Sends `wifiDirectSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_direct_settings` takes it back.
    #[inline]
    pub fn clear_wifi_direct_settings(mut self) -> Self {
        self.wifi_direct_settings = None;
        self.unknown_fields
            .insert("wifiDirectSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiRoamingPolicy` (chainable).
    pub fn set_wifi_roaming_policy(
        mut self,
        value: impl Into<crate::schemas::WifiRoamingPolicy>,
    ) -> Self {
        self.wifi_roaming_policy = Some(value.into());
        self.unknown_fields.remove("wifiRoamingPolicy");
        self
    }

    /// Sends `wifiRoamingPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_roaming_policy` takes it back.
    #[inline]
    pub fn clear_wifi_roaming_policy(mut self) -> Self {
        self.wifi_roaming_policy = None;
        self.unknown_fields
            .insert("wifiRoamingPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiSsidPolicy` (chainable).
    pub fn set_wifi_ssid_policy(
        mut self,
        value: impl Into<crate::schemas::WifiSsidPolicy>,
    ) -> Self {
        self.wifi_ssid_policy = Some(value.into());
        self.unknown_fields.remove("wifiSsidPolicy");
        self
    }

    /// Sends `wifiSsidPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_ssid_policy` takes it back.
    #[inline]
    pub fn clear_wifi_ssid_policy(mut self) -> Self {
        self.wifi_ssid_policy = None;
        self.unknown_fields.insert("wifiSsidPolicy".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DeviceConnectivityManagement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.apn_policy {
            map.serialize_entry("apnPolicy", value)?;
        }
        if let Some(value) = &self.bluetooth_sharing {
            map.serialize_entry("bluetoothSharing", value)?;
        }
        if let Some(value) = &self.configure_wifi {
            map.serialize_entry("configureWifi", value)?;
        }
        if let Some(value) = &self.preferential_network_service_settings {
            map.serialize_entry("preferentialNetworkServiceSettings", value)?;
        }
        if let Some(value) = &self.private_dns_settings {
            map.serialize_entry("privateDnsSettings", value)?;
        }
        if let Some(value) = &self.tethering_settings {
            map.serialize_entry("tetheringSettings", value)?;
        }
        if let Some(value) = &self.usb_data_access {
            map.serialize_entry("usbDataAccess", value)?;
        }
        if let Some(value) = &self.wifi_direct_settings {
            map.serialize_entry("wifiDirectSettings", value)?;
        }
        if let Some(value) = &self.wifi_roaming_policy {
            map.serialize_entry("wifiRoamingPolicy", value)?;
        }
        if let Some(value) = &self.wifi_ssid_policy {
            map.serialize_entry("wifiSsidPolicy", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeviceConnectivityManagement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DeviceConnectivityManagement {
    const NAME: &'static str = "DeviceConnectivityManagement";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "apnPolicy" => self.apn_policy = map.next_value()?,
            "bluetoothSharing" => self.bluetooth_sharing = map.next_value()?,
            "configureWifi" => self.configure_wifi = map.next_value()?,
            "preferentialNetworkServiceSettings" => {
                self.preferential_network_service_settings = map.next_value()?;
            }
            "privateDnsSettings" => self.private_dns_settings = map.next_value()?,
            "tetheringSettings" => self.tethering_settings = map.next_value()?,
            "usbDataAccess" => self.usb_data_access = map.next_value()?,
            "wifiDirectSettings" => self.wifi_direct_settings = map.next_value()?,
            "wifiRoamingPolicy" => self.wifi_roaming_policy = map.next_value()?,
            "wifiSsidPolicy" => self.wifi_ssid_policy = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls whether Bluetooth sharing is allowed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceConnectivityManagementBluetoothSharing {
    /// Unspecified. Defaults to BLUETOOTH_SHARING_DISALLOWED on work profiles and
    /// BLUETOOTH_SHARING_ALLOWED on fully managed devices.
    ///
    /// `BLUETOOTH_SHARING_UNSPECIFIED` on the wire.
    #[default]
    BluetoothSharingUnspecified,
    /// Bluetooth sharing is allowed.Supported on Android 8 and above. A NonComplianceDetail with
    /// API_LEVEL is reported on work profiles if the Android version is less than 8.
    ///
    /// `BLUETOOTH_SHARING_ALLOWED` on the wire.
    BluetoothSharingAllowed,
    /// Bluetooth sharing is disallowed.Supported on Android 8 and above. A NonComplianceDetail with
    /// API_LEVEL is reported on fully managed devices if the Android version is less than 8.
    ///
    /// `BLUETOOTH_SHARING_DISALLOWED` on the wire.
    BluetoothSharingDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceConnectivityManagementBluetoothSharing {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::BluetoothSharingUnspecified => "BLUETOOTH_SHARING_UNSPECIFIED",
            Self::BluetoothSharingAllowed => "BLUETOOTH_SHARING_ALLOWED",
            Self::BluetoothSharingDisallowed => "BLUETOOTH_SHARING_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "BLUETOOTH_SHARING_UNSPECIFIED" => Self::BluetoothSharingUnspecified,
            "BLUETOOTH_SHARING_ALLOWED" => Self::BluetoothSharingAllowed,
            "BLUETOOTH_SHARING_DISALLOWED" => Self::BluetoothSharingDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceConnectivityManagementBluetoothSharing);

/// Optional. Controls Wi-Fi configuring privileges. Based on the option set, user will have
/// either full or limited or no control in configuring Wi-Fi networks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceConnectivityManagementConfigureWifi {
    /// Unspecified. Defaults to ALLOW_CONFIGURING_WIFI unless wifiConfigDisabled is set to true. If
    /// wifiConfigDisabled is set to true, this is equivalent to DISALLOW_CONFIGURING_WIFI.
    ///
    /// `CONFIGURE_WIFI_UNSPECIFIED` on the wire.
    #[default]
    ConfigureWifiUnspecified,
    /// The user is allowed to configure Wi-Fi. wifiConfigDisabled is ignored.
    ///
    /// `ALLOW_CONFIGURING_WIFI` on the wire.
    AllowConfiguringWifi,
    /// Adding new Wi-Fi configurations is disallowed. The user is only able to switch between
    /// already configured networks. Supported on Android 13 and above, on fully managed devices and
    /// work profiles on company-owned devices. If the setting is not supported,
    /// ALLOW_CONFIGURING_WIFI is set. A NonComplianceDetail with API_LEVEL is reported if the
    /// Android version is less than 13. wifiConfigDisabled is ignored.
    ///
    /// `DISALLOW_ADD_WIFI_CONFIG` on the wire.
    DisallowAddWifiConfig,
    /// Disallows configuring Wi-Fi networks. The setting wifiConfigDisabled is ignored when this
    /// value is set. Supported on fully managed devices and work profile on company-owned devices,
    /// on all supported API levels. For fully managed devices, setting this removes all configured
    /// networks and retains only the networks configured using openNetworkConfiguration policy. For
    /// work profiles on company-owned devices, existing configured networks are not affected and
    /// the user is not allowed to add, remove, or modify Wi-Fi networks. Note: If a network
    /// connection can't be made at boot time and configuring Wi-Fi is disabled then network escape
    /// hatch will be shown in order to refresh the device policy (see networkEscapeHatchEnabled).
    ///
    /// `DISALLOW_CONFIGURING_WIFI` on the wire.
    DisallowConfiguringWifi,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceConnectivityManagementConfigureWifi {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ConfigureWifiUnspecified => "CONFIGURE_WIFI_UNSPECIFIED",
            Self::AllowConfiguringWifi => "ALLOW_CONFIGURING_WIFI",
            Self::DisallowAddWifiConfig => "DISALLOW_ADD_WIFI_CONFIG",
            Self::DisallowConfiguringWifi => "DISALLOW_CONFIGURING_WIFI",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CONFIGURE_WIFI_UNSPECIFIED" => Self::ConfigureWifiUnspecified,
            "ALLOW_CONFIGURING_WIFI" => Self::AllowConfiguringWifi,
            "DISALLOW_ADD_WIFI_CONFIG" => Self::DisallowAddWifiConfig,
            "DISALLOW_CONFIGURING_WIFI" => Self::DisallowConfiguringWifi,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceConnectivityManagementConfigureWifi);

/// Optional. Controls tethering settings. Based on the value set, the user is partially or
/// fully disallowed from using different forms of tethering.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceConnectivityManagementTetheringSettings {
    /// Unspecified. Defaults to ALLOW_ALL_TETHERING unless tetheringConfigDisabled is set to true.
    /// If tetheringConfigDisabled is set to true, this is equivalent to DISALLOW_ALL_TETHERING.
    ///
    /// `TETHERING_SETTINGS_UNSPECIFIED` on the wire.
    #[default]
    TetheringSettingsUnspecified,
    /// Allows configuration and use of all forms of tethering. tetheringConfigDisabled is ignored.
    ///
    /// `ALLOW_ALL_TETHERING` on the wire.
    AllowAllTethering,
    /// Disallows the user from using Wi-Fi tethering. Supported on company owned devices running
    /// Android 13 and above. If the setting is not supported, ALLOW_ALL_TETHERING will be set. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 13.
    /// tetheringConfigDisabled is ignored.
    ///
    /// `DISALLOW_WIFI_TETHERING` on the wire.
    DisallowWifiTethering,
    /// Disallows all forms of tethering. Supported on fully managed devices and work profile on
    /// company-owned devices, on all supported android versions. The setting
    /// tetheringConfigDisabled is ignored.
    ///
    /// `DISALLOW_ALL_TETHERING` on the wire.
    DisallowAllTethering,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceConnectivityManagementTetheringSettings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::TetheringSettingsUnspecified => "TETHERING_SETTINGS_UNSPECIFIED",
            Self::AllowAllTethering => "ALLOW_ALL_TETHERING",
            Self::DisallowWifiTethering => "DISALLOW_WIFI_TETHERING",
            Self::DisallowAllTethering => "DISALLOW_ALL_TETHERING",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "TETHERING_SETTINGS_UNSPECIFIED" => Self::TetheringSettingsUnspecified,
            "ALLOW_ALL_TETHERING" => Self::AllowAllTethering,
            "DISALLOW_WIFI_TETHERING" => Self::DisallowWifiTethering,
            "DISALLOW_ALL_TETHERING" => Self::DisallowAllTethering,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceConnectivityManagementTetheringSettings);

/// Optional. Controls what files and/or data can be transferred via USB. Supported only on
/// company-owned devices.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceConnectivityManagementUsbDataAccess {
    /// Unspecified. Defaults to DISALLOW_USB_FILE_TRANSFER.
    ///
    /// `USB_DATA_ACCESS_UNSPECIFIED` on the wire.
    #[default]
    UsbDataAccessUnspecified,
    /// All types of USB data transfers are allowed. usbFileTransferDisabled is ignored.
    ///
    /// `ALLOW_USB_DATA_TRANSFER` on the wire.
    AllowUsbDataTransfer,
    /// Transferring files over USB is disallowed. Other types of USB data connections, such as
    /// mouse and keyboard connection, are allowed. usbFileTransferDisabled is ignored.
    ///
    /// `DISALLOW_USB_FILE_TRANSFER` on the wire.
    DisallowUsbFileTransfer,
    /// When set, all types of USB data transfers are prohibited. Supported for devices running
    /// Android 12 or above with USB HAL 1.3 or above. If the setting is not supported,
    /// DISALLOW_USB_FILE_TRANSFER will be set. A NonComplianceDetail with API_LEVEL is reported if
    /// the Android version is less than 12. A NonComplianceDetail with DEVICE_INCOMPATIBLE is
    /// reported if the device does not have USB HAL 1.3 or above. usbFileTransferDisabled is
    /// ignored.
    ///
    /// `DISALLOW_USB_DATA_TRANSFER` on the wire.
    DisallowUsbDataTransfer,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceConnectivityManagementUsbDataAccess {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UsbDataAccessUnspecified => "USB_DATA_ACCESS_UNSPECIFIED",
            Self::AllowUsbDataTransfer => "ALLOW_USB_DATA_TRANSFER",
            Self::DisallowUsbFileTransfer => "DISALLOW_USB_FILE_TRANSFER",
            Self::DisallowUsbDataTransfer => "DISALLOW_USB_DATA_TRANSFER",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "USB_DATA_ACCESS_UNSPECIFIED" => Self::UsbDataAccessUnspecified,
            "ALLOW_USB_DATA_TRANSFER" => Self::AllowUsbDataTransfer,
            "DISALLOW_USB_FILE_TRANSFER" => Self::DisallowUsbFileTransfer,
            "DISALLOW_USB_DATA_TRANSFER" => Self::DisallowUsbDataTransfer,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceConnectivityManagementUsbDataAccess);

/// Optional. Controls configuring and using Wi-Fi direct settings. Supported on company-owned
/// devices running Android 13 and above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceConnectivityManagementWifiDirectSettings {
    /// Unspecified. Defaults to ALLOW_WIFI_DIRECT
    ///
    /// `WIFI_DIRECT_SETTINGS_UNSPECIFIED` on the wire.
    #[default]
    WifiDirectSettingsUnspecified,
    /// The user is allowed to use Wi-Fi direct.
    ///
    /// `ALLOW_WIFI_DIRECT` on the wire.
    AllowWifiDirect,
    /// The user is not allowed to use Wi-Fi direct. A NonComplianceDetail with API_LEVEL is
    /// reported if the Android version is less than 13.
    ///
    /// `DISALLOW_WIFI_DIRECT` on the wire.
    DisallowWifiDirect,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceConnectivityManagementWifiDirectSettings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WifiDirectSettingsUnspecified => "WIFI_DIRECT_SETTINGS_UNSPECIFIED",
            Self::AllowWifiDirect => "ALLOW_WIFI_DIRECT",
            Self::DisallowWifiDirect => "DISALLOW_WIFI_DIRECT",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WIFI_DIRECT_SETTINGS_UNSPECIFIED" => Self::WifiDirectSettingsUnspecified,
            "ALLOW_WIFI_DIRECT" => Self::AllowWifiDirect,
            "DISALLOW_WIFI_DIRECT" => Self::DisallowWifiDirect,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceConnectivityManagementWifiDirectSettings);
