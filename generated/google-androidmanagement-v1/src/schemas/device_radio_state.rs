use crate::runtime::{impl_open_enum, wire};

/// Controls for device radio settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceRadioState {
    /// Optional. Controls whether airplane mode can be toggled by the user or not.
    pub airplane_mode_state: Option<crate::schemas::DeviceRadioStateAirplaneModeState>,
    /// Optional. Controls whether cellular 2G setting can be toggled by the user or not.
    pub cellular_two_g_state: Option<crate::schemas::DeviceRadioStateCellularTwoGState>,
    /// Optional. The minimum required security level of Wi-Fi networks that the device can connect
    /// to.
    pub minimum_wifi_security_level: Option<
        crate::schemas::DeviceRadioStateMinimumWifiSecurityLevel,
    >,
    /// Optional. Controls whether NFC is disabled on the device and if the user can toggle NFC
    /// between enabled and disabled. This is for fully managed devices. To control NFC on work
    /// profiles on company-owned devices, use deviceWidePolicies.deviceRadioState.nfc instead.
    pub nfc: Option<crate::schemas::DeviceRadioStateNfc>,
    /// Optional. Controls the state of the ultra wideband setting and whether the user can toggle
    /// it on or off.
    pub ultra_wideband_state: Option<crate::schemas::DeviceRadioStateUltraWidebandState>,
    /// Optional. Controls whether the user is allowed to add eSIM profiles.
    pub user_initiated_add_esim_settings: Option<
        crate::schemas::DeviceRadioStateUserInitiatedAddEsimSettings,
    >,
    /// Optional. Controls current state of Wi-Fi and if user can change its state.
    pub wifi_state: Option<crate::schemas::DeviceRadioStateWifiState>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceRadioState {
    /// Sets `airplaneModeState` (chainable).
    pub fn set_airplane_mode_state(
        mut self,
        value: impl Into<crate::schemas::DeviceRadioStateAirplaneModeState>,
    ) -> Self {
        self.airplane_mode_state = Some(value.into());
        self.unknown_fields.remove("airplaneModeState");
        self
    }

    /// Sends `airplaneModeState` as JSON `null`, which clears it on the server (chainable);
    /// `set_airplane_mode_state` takes it back.
    #[inline]
    pub fn clear_airplane_mode_state(mut self) -> Self {
        self.airplane_mode_state = None;
        self.unknown_fields
            .insert("airplaneModeState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cellularTwoGState` (chainable).
    pub fn set_cellular_two_g_state(
        mut self,
        value: impl Into<crate::schemas::DeviceRadioStateCellularTwoGState>,
    ) -> Self {
        self.cellular_two_g_state = Some(value.into());
        self.unknown_fields.remove("cellularTwoGState");
        self
    }

    /// Sends `cellularTwoGState` as JSON `null`, which clears it on the server (chainable);
    /// `set_cellular_two_g_state` takes it back.
    #[inline]
    pub fn clear_cellular_two_g_state(mut self) -> Self {
        self.cellular_two_g_state = None;
        self.unknown_fields
            .insert("cellularTwoGState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `minimumWifiSecurityLevel` (chainable).
    pub fn set_minimum_wifi_security_level(
        mut self,
        value: impl Into<crate::schemas::DeviceRadioStateMinimumWifiSecurityLevel>,
    ) -> Self {
        self.minimum_wifi_security_level = Some(value.into());
        self.unknown_fields.remove("minimumWifiSecurityLevel");
        self
    }

    /// Sends `minimumWifiSecurityLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_minimum_wifi_security_level` takes it back.
    #[inline]
    pub fn clear_minimum_wifi_security_level(mut self) -> Self {
        self.minimum_wifi_security_level = None;
        self.unknown_fields
            .insert("minimumWifiSecurityLevel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nfc` (chainable).
    pub fn set_nfc(
        mut self,
        value: impl Into<crate::schemas::DeviceRadioStateNfc>,
    ) -> Self {
        self.nfc = Some(value.into());
        self.unknown_fields.remove("nfc");
        self
    }

    /// Sends `nfc` as JSON `null`, which clears it on the server (chainable); `set_nfc` takes it
    /// back.
    #[inline]
    pub fn clear_nfc(mut self) -> Self {
        self.nfc = None;
        self.unknown_fields.insert("nfc".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ultraWidebandState` (chainable).
    pub fn set_ultra_wideband_state(
        mut self,
        value: impl Into<crate::schemas::DeviceRadioStateUltraWidebandState>,
    ) -> Self {
        self.ultra_wideband_state = Some(value.into());
        self.unknown_fields.remove("ultraWidebandState");
        self
    }

    /// Sends `ultraWidebandState` as JSON `null`, which clears it on the server (chainable);
    /// `set_ultra_wideband_state` takes it back.
    #[inline]
    pub fn clear_ultra_wideband_state(mut self) -> Self {
        self.ultra_wideband_state = None;
        self.unknown_fields
            .insert("ultraWidebandState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userInitiatedAddEsimSettings` (chainable).
    pub fn set_user_initiated_add_esim_settings(
        mut self,
        value: impl Into<crate::schemas::DeviceRadioStateUserInitiatedAddEsimSettings>,
    ) -> Self {
        self.user_initiated_add_esim_settings = Some(value.into());
        self.unknown_fields.remove("userInitiatedAddEsimSettings");
        self
    }

    /// Sends `userInitiatedAddEsimSettings` as JSON `null`, which clears it on the server
    /// (chainable); `set_user_initiated_add_esim_settings` takes it back.
    #[inline]
    pub fn clear_user_initiated_add_esim_settings(mut self) -> Self {
        self.user_initiated_add_esim_settings = None;
        self.unknown_fields
            .insert("userInitiatedAddEsimSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiState` (chainable).
    pub fn set_wifi_state(
        mut self,
        value: impl Into<crate::schemas::DeviceRadioStateWifiState>,
    ) -> Self {
        self.wifi_state = Some(value.into());
        self.unknown_fields.remove("wifiState");
        self
    }

    /// Sends `wifiState` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_state` takes it back.
    #[inline]
    pub fn clear_wifi_state(mut self) -> Self {
        self.wifi_state = None;
        self.unknown_fields.insert("wifiState".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DeviceRadioState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.airplane_mode_state {
            map.serialize_entry("airplaneModeState", value)?;
        }
        if let Some(value) = &self.cellular_two_g_state {
            map.serialize_entry("cellularTwoGState", value)?;
        }
        if let Some(value) = &self.minimum_wifi_security_level {
            map.serialize_entry("minimumWifiSecurityLevel", value)?;
        }
        if let Some(value) = &self.nfc {
            map.serialize_entry("nfc", value)?;
        }
        if let Some(value) = &self.ultra_wideband_state {
            map.serialize_entry("ultraWidebandState", value)?;
        }
        if let Some(value) = &self.user_initiated_add_esim_settings {
            map.serialize_entry("userInitiatedAddEsimSettings", value)?;
        }
        if let Some(value) = &self.wifi_state {
            map.serialize_entry("wifiState", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeviceRadioState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DeviceRadioState {
    const NAME: &'static str = "DeviceRadioState";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "airplaneModeState" => self.airplane_mode_state = map.next_value()?,
            "cellularTwoGState" => self.cellular_two_g_state = map.next_value()?,
            "minimumWifiSecurityLevel" => {
                self.minimum_wifi_security_level = map.next_value()?;
            }
            "nfc" => self.nfc = map.next_value()?,
            "ultraWidebandState" => self.ultra_wideband_state = map.next_value()?,
            "userInitiatedAddEsimSettings" => {
                self.user_initiated_add_esim_settings = map.next_value()?;
            }
            "wifiState" => self.wifi_state = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls whether airplane mode can be toggled by the user or not.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceRadioStateAirplaneModeState {
    /// Unspecified. Defaults to AIRPLANE_MODE_USER_CHOICE.
    ///
    /// `AIRPLANE_MODE_STATE_UNSPECIFIED` on the wire.
    #[default]
    AirplaneModeStateUnspecified,
    /// The user is allowed to toggle airplane mode on or off.
    ///
    /// `AIRPLANE_MODE_USER_CHOICE` on the wire.
    AirplaneModeUserChoice,
    /// Airplane mode is disabled. The user is not allowed to toggle airplane mode on. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 9.
    ///
    /// `AIRPLANE_MODE_DISABLED` on the wire.
    AirplaneModeDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceRadioStateAirplaneModeState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AirplaneModeStateUnspecified => "AIRPLANE_MODE_STATE_UNSPECIFIED",
            Self::AirplaneModeUserChoice => "AIRPLANE_MODE_USER_CHOICE",
            Self::AirplaneModeDisabled => "AIRPLANE_MODE_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "AIRPLANE_MODE_STATE_UNSPECIFIED" => Self::AirplaneModeStateUnspecified,
            "AIRPLANE_MODE_USER_CHOICE" => Self::AirplaneModeUserChoice,
            "AIRPLANE_MODE_DISABLED" => Self::AirplaneModeDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceRadioStateAirplaneModeState);

/// Optional. Controls whether cellular 2G setting can be toggled by the user or not.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceRadioStateCellularTwoGState {
    /// Unspecified. Defaults to CELLULAR_TWO_G_USER_CHOICE.
    ///
    /// `CELLULAR_TWO_G_STATE_UNSPECIFIED` on the wire.
    #[default]
    CellularTwoGStateUnspecified,
    /// The user is allowed to toggle cellular 2G on or off.
    ///
    /// `CELLULAR_TWO_G_USER_CHOICE` on the wire.
    CellularTwoGUserChoice,
    /// Cellular 2G is disabled. The user is not allowed to toggle cellular 2G on via settings. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 14.
    ///
    /// `CELLULAR_TWO_G_DISABLED` on the wire.
    CellularTwoGDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceRadioStateCellularTwoGState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CellularTwoGStateUnspecified => "CELLULAR_TWO_G_STATE_UNSPECIFIED",
            Self::CellularTwoGUserChoice => "CELLULAR_TWO_G_USER_CHOICE",
            Self::CellularTwoGDisabled => "CELLULAR_TWO_G_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CELLULAR_TWO_G_STATE_UNSPECIFIED" => Self::CellularTwoGStateUnspecified,
            "CELLULAR_TWO_G_USER_CHOICE" => Self::CellularTwoGUserChoice,
            "CELLULAR_TWO_G_DISABLED" => Self::CellularTwoGDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceRadioStateCellularTwoGState);

/// Optional. The minimum required security level of Wi-Fi networks that the device can connect
/// to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceRadioStateMinimumWifiSecurityLevel {
    /// Defaults to OPEN_NETWORK_SECURITY, which means the device will be able to connect to all
    /// types of Wi-Fi networks.
    ///
    /// `MINIMUM_WIFI_SECURITY_LEVEL_UNSPECIFIED` on the wire.
    #[default]
    MinimumWifiSecurityLevelUnspecified,
    /// The device will be able to connect to all types of Wi-Fi networks.
    ///
    /// `OPEN_NETWORK_SECURITY` on the wire.
    OpenNetworkSecurity,
    /// A personal network such as WEP, WPA2-PSK is the minimum required security. The device will
    /// not be able to connect to open wifi networks. This is stricter than OPEN_NETWORK_SECURITY. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 13.
    ///
    /// `PERSONAL_NETWORK_SECURITY` on the wire.
    PersonalNetworkSecurity,
    /// An enterprise EAP network is the minimum required security level. The device will not be
    /// able to connect to Wi-Fi network below this security level. This is stricter than
    /// PERSONAL_NETWORK_SECURITY. A NonComplianceDetail with API_LEVEL is reported if the Android
    /// version is less than 13.
    ///
    /// `ENTERPRISE_NETWORK_SECURITY` on the wire.
    EnterpriseNetworkSecurity,
    /// A 192-bit enterprise network is the minimum required security level. The device will not be
    /// able to connect to Wi-Fi network below this security level. This is stricter than
    /// ENTERPRISE_NETWORK_SECURITY. A NonComplianceDetail with API_LEVEL is reported if the Android
    /// version is less than 13.
    ///
    /// `ENTERPRISE_BIT192_NETWORK_SECURITY` on the wire.
    EnterpriseBit192NetworkSecurity,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceRadioStateMinimumWifiSecurityLevel {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::MinimumWifiSecurityLevelUnspecified => {
                "MINIMUM_WIFI_SECURITY_LEVEL_UNSPECIFIED"
            }
            Self::OpenNetworkSecurity => "OPEN_NETWORK_SECURITY",
            Self::PersonalNetworkSecurity => "PERSONAL_NETWORK_SECURITY",
            Self::EnterpriseNetworkSecurity => "ENTERPRISE_NETWORK_SECURITY",
            Self::EnterpriseBit192NetworkSecurity => "ENTERPRISE_BIT192_NETWORK_SECURITY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "MINIMUM_WIFI_SECURITY_LEVEL_UNSPECIFIED" => {
                Self::MinimumWifiSecurityLevelUnspecified
            }
            "OPEN_NETWORK_SECURITY" => Self::OpenNetworkSecurity,
            "PERSONAL_NETWORK_SECURITY" => Self::PersonalNetworkSecurity,
            "ENTERPRISE_NETWORK_SECURITY" => Self::EnterpriseNetworkSecurity,
            "ENTERPRISE_BIT192_NETWORK_SECURITY" => Self::EnterpriseBit192NetworkSecurity,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceRadioStateMinimumWifiSecurityLevel);

/// Optional. Controls whether NFC is disabled on the device and if the user can toggle NFC
/// between enabled and disabled. This is for fully managed devices. To control NFC on work
/// profiles on company-owned devices, use deviceWidePolicies.deviceRadioState.nfc instead.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceRadioStateNfc {
    /// Unspecified. Defaults to NFC_USER_CHOICE.
    ///
    /// `NFC_UNSPECIFIED` on the wire.
    #[default]
    NfcUnspecified,
    /// The user is allowed to toggle NFC between enabled and disabled. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 15.
    ///
    /// `NFC_USER_CHOICE` on the wire.
    NfcUserChoice,
    /// NFC is disabled on the device. The user is not allowed to toggle NFC on. This is supported
    /// on fully managed devices and work profiles on company-owned devices. For other management
    /// modes, a NonComplianceDetail with MANAGEMENT_MODE is reported. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 15.
    ///
    /// `NFC_DISABLED` on the wire.
    NfcDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceRadioStateNfc {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NfcUnspecified => "NFC_UNSPECIFIED",
            Self::NfcUserChoice => "NFC_USER_CHOICE",
            Self::NfcDisabled => "NFC_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NFC_UNSPECIFIED" => Self::NfcUnspecified,
            "NFC_USER_CHOICE" => Self::NfcUserChoice,
            "NFC_DISABLED" => Self::NfcDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceRadioStateNfc);

/// Optional. Controls the state of the ultra wideband setting and whether the user can toggle
/// it on or off.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceRadioStateUltraWidebandState {
    /// Unspecified. Defaults to ULTRA_WIDEBAND_USER_CHOICE.
    ///
    /// `ULTRA_WIDEBAND_STATE_UNSPECIFIED` on the wire.
    #[default]
    UltraWidebandStateUnspecified,
    /// The user is allowed to toggle ultra wideband on or off.
    ///
    /// `ULTRA_WIDEBAND_USER_CHOICE` on the wire.
    UltraWidebandUserChoice,
    /// Ultra wideband is disabled. The user is not allowed to toggle ultra wideband on via
    /// settings. A NonComplianceDetail with API_LEVEL is reported if the Android version is less
    /// than 14.
    ///
    /// `ULTRA_WIDEBAND_DISABLED` on the wire.
    UltraWidebandDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceRadioStateUltraWidebandState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UltraWidebandStateUnspecified => "ULTRA_WIDEBAND_STATE_UNSPECIFIED",
            Self::UltraWidebandUserChoice => "ULTRA_WIDEBAND_USER_CHOICE",
            Self::UltraWidebandDisabled => "ULTRA_WIDEBAND_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ULTRA_WIDEBAND_STATE_UNSPECIFIED" => Self::UltraWidebandStateUnspecified,
            "ULTRA_WIDEBAND_USER_CHOICE" => Self::UltraWidebandUserChoice,
            "ULTRA_WIDEBAND_DISABLED" => Self::UltraWidebandDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceRadioStateUltraWidebandState);

/// Optional. Controls whether the user is allowed to add eSIM profiles.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceRadioStateUserInitiatedAddEsimSettings {
    /// Unspecified. Defaults to USER_INITIATED_ADD_ESIM_ALLOWED.
    ///
    /// `USER_INITIATED_ADD_ESIM_SETTINGS_UNSPECIFIED` on the wire.
    #[default]
    UserInitiatedAddEsimSettingsUnspecified,
    /// The user is allowed to add eSIM profiles.
    ///
    /// `USER_INITIATED_ADD_ESIM_ALLOWED` on the wire.
    UserInitiatedAddEsimAllowed,
    /// Prevents the user from adding any new eSIM profiles. Note the following behaviors: *
    /// Admin-provisioned eSIMs: This setting does not block adding or managing eSIMs
    /// programmatically using commands like ADD_ESIM. * Existing eSIMs: Any eSIM profiles already
    /// present on the device before this restriction is applied, will remain and are not removed.
    /// To view existing eSIMs, refer to the data reported in TelephonyInfo.Supported on Android 15
    /// and higher. A NonComplianceDetail with API_LEVEL is reported if the Android version is less
    /// than 15.Supported only on company-owned devices. A NonComplianceDetail with MANAGEMENT_MODE
    /// is reported for personally-owned devices.
    ///
    /// `USER_INITIATED_ADD_ESIM_DISALLOWED` on the wire.
    UserInitiatedAddEsimDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceRadioStateUserInitiatedAddEsimSettings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UserInitiatedAddEsimSettingsUnspecified => {
                "USER_INITIATED_ADD_ESIM_SETTINGS_UNSPECIFIED"
            }
            Self::UserInitiatedAddEsimAllowed => "USER_INITIATED_ADD_ESIM_ALLOWED",
            Self::UserInitiatedAddEsimDisallowed => "USER_INITIATED_ADD_ESIM_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "USER_INITIATED_ADD_ESIM_SETTINGS_UNSPECIFIED" => {
                Self::UserInitiatedAddEsimSettingsUnspecified
            }
            "USER_INITIATED_ADD_ESIM_ALLOWED" => Self::UserInitiatedAddEsimAllowed,
            "USER_INITIATED_ADD_ESIM_DISALLOWED" => Self::UserInitiatedAddEsimDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceRadioStateUserInitiatedAddEsimSettings);

/// Optional. Controls current state of Wi-Fi and if user can change its state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceRadioStateWifiState {
    /// Unspecified. Defaults to WIFI_STATE_USER_CHOICE
    ///
    /// `WIFI_STATE_UNSPECIFIED` on the wire.
    #[default]
    WifiStateUnspecified,
    /// User is allowed to enable/disable Wi-Fi.
    ///
    /// `WIFI_STATE_USER_CHOICE` on the wire.
    WifiStateUserChoice,
    /// Wi-Fi is on and the user is not allowed to turn it off. A NonComplianceDetail with API_LEVEL
    /// is reported if the Android version is less than 13.
    ///
    /// `WIFI_ENABLED` on the wire.
    WifiEnabled,
    /// Wi-Fi is off and the user is not allowed to turn it on. A NonComplianceDetail with API_LEVEL
    /// is reported if the Android version is less than 13.
    ///
    /// `WIFI_DISABLED` on the wire.
    WifiDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceRadioStateWifiState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WifiStateUnspecified => "WIFI_STATE_UNSPECIFIED",
            Self::WifiStateUserChoice => "WIFI_STATE_USER_CHOICE",
            Self::WifiEnabled => "WIFI_ENABLED",
            Self::WifiDisabled => "WIFI_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WIFI_STATE_UNSPECIFIED" => Self::WifiStateUnspecified,
            "WIFI_STATE_USER_CHOICE" => Self::WifiStateUserChoice,
            "WIFI_ENABLED" => Self::WifiEnabled,
            "WIFI_DISABLED" => Self::WifiDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceRadioStateWifiState);
