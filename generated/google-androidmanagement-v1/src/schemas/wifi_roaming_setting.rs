use crate::runtime::{impl_open_enum, wire};

/// Wi-Fi roaming setting.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WifiRoamingSetting {
    /// Required. Wi-Fi roaming mode for the specified SSID.
    pub wifi_roaming_mode: Option<crate::schemas::WifiRoamingSettingWifiRoamingMode>,
    /// Required. SSID of the Wi-Fi network.
    pub wifi_ssid: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WifiRoamingSetting {
    /// Sets `wifiRoamingMode` (chainable).
    pub fn set_wifi_roaming_mode(
        mut self,
        value: impl Into<crate::schemas::WifiRoamingSettingWifiRoamingMode>,
    ) -> Self {
        self.wifi_roaming_mode = Some(value.into());
        self.unknown_fields.remove("wifiRoamingMode");
        self
    }

    /// Sends `wifiRoamingMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_roaming_mode` takes it back.
    #[inline]
    pub fn clear_wifi_roaming_mode(mut self) -> Self {
        self.wifi_roaming_mode = None;
        self.unknown_fields
            .insert("wifiRoamingMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiSsid` (chainable).
    pub fn set_wifi_ssid(mut self, value: impl Into<String>) -> Self {
        self.wifi_ssid = Some(value.into());
        self.unknown_fields.remove("wifiSsid");
        self
    }

    /// Sends `wifiSsid` as JSON `null`, which clears it on the server (chainable); `set_wifi_ssid`
    /// takes it back.
    #[inline]
    pub fn clear_wifi_ssid(mut self) -> Self {
        self.wifi_ssid = None;
        self.unknown_fields.insert("wifiSsid".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WifiRoamingSetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.wifi_roaming_mode {
            map.serialize_entry("wifiRoamingMode", value)?;
        }
        if let Some(value) = &self.wifi_ssid {
            map.serialize_entry("wifiSsid", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WifiRoamingSetting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WifiRoamingSetting {
    const NAME: &'static str = "WifiRoamingSetting";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "wifiRoamingMode" => self.wifi_roaming_mode = map.next_value()?,
            "wifiSsid" => self.wifi_ssid = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Required. Wi-Fi roaming mode for the specified SSID.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WifiRoamingSettingWifiRoamingMode {
    /// Unspecified. Defaults to WIFI_ROAMING_DEFAULT.
    ///
    /// `WIFI_ROAMING_MODE_UNSPECIFIED` on the wire.
    #[default]
    WifiRoamingModeUnspecified,
    /// Wi-Fi roaming is disabled. Supported on Android 15 and above on fully managed devices and
    /// work profiles on company-owned devices. A NonComplianceDetail with MANAGEMENT_MODE is
    /// reported for other management modes. A NonComplianceDetail with API_LEVEL is reported if the
    /// Android version is less than 15.
    ///
    /// `WIFI_ROAMING_DISABLED` on the wire.
    WifiRoamingDisabled,
    /// Default Wi-Fi roaming mode of the device.
    ///
    /// `WIFI_ROAMING_DEFAULT` on the wire.
    WifiRoamingDefault,
    /// Aggressive roaming mode which allows quicker Wi-Fi roaming. Supported on Android 15 and
    /// above on fully managed devices and work profiles on company-owned devices. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for other management modes. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 15. A
    /// NonComplianceDetail with DEVICE_INCOMPATIBLE is reported if the device does not support
    /// aggressive roaming mode.
    ///
    /// `WIFI_ROAMING_AGGRESSIVE` on the wire.
    WifiRoamingAggressive,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for WifiRoamingSettingWifiRoamingMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WifiRoamingModeUnspecified => "WIFI_ROAMING_MODE_UNSPECIFIED",
            Self::WifiRoamingDisabled => "WIFI_ROAMING_DISABLED",
            Self::WifiRoamingDefault => "WIFI_ROAMING_DEFAULT",
            Self::WifiRoamingAggressive => "WIFI_ROAMING_AGGRESSIVE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WIFI_ROAMING_MODE_UNSPECIFIED" => Self::WifiRoamingModeUnspecified,
            "WIFI_ROAMING_DISABLED" => Self::WifiRoamingDisabled,
            "WIFI_ROAMING_DEFAULT" => Self::WifiRoamingDefault,
            "WIFI_ROAMING_AGGRESSIVE" => Self::WifiRoamingAggressive,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(WifiRoamingSettingWifiRoamingMode);
