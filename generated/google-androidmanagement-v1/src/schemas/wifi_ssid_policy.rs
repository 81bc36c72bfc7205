use crate::runtime::{impl_open_enum, wire};

/// Restrictions on which Wi-Fi SSIDs the device can connect to. Note that this does not affect
/// which networks can be configured on the device. Supported on Android 13 (API level 33) and
/// higher on fully managed devices and work profiles on company-owned devices.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WifiSsidPolicy {
    /// Optional. Type of the Wi-Fi SSID policy to be applied.
    pub wifi_ssid_policy_type: Option<crate::schemas::WifiSsidPolicyWifiSsidPolicyType>,
    /// Optional. List of Wi-Fi SSIDs that should be applied in the policy. This field must be
    /// non-empty when wifiSsidPolicyType is set to WIFI_SSID_ALLOWLIST.
    pub wifi_ssids: Option<Vec<crate::schemas::WifiSsid>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WifiSsidPolicy {
    /// Sets `wifiSsidPolicyType` (chainable).
    pub fn set_wifi_ssid_policy_type(
        mut self,
        value: impl Into<crate::schemas::WifiSsidPolicyWifiSsidPolicyType>,
    ) -> Self {
        self.wifi_ssid_policy_type = Some(value.into());
        self.unknown_fields.remove("wifiSsidPolicyType");
        self
    }

    /// Sends `wifiSsidPolicyType` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_ssid_policy_type` takes it back.
    #[inline]
    pub fn clear_wifi_ssid_policy_type(mut self) -> Self {
        self.wifi_ssid_policy_type = None;
        self.unknown_fields
            .insert("wifiSsidPolicyType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiSsids` (chainable).
    pub fn set_wifi_ssids(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::WifiSsid>>,
    ) -> Self {
        self.wifi_ssids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("wifiSsids");
        self
    }

    /// Sends `wifiSsids` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_ssids` takes it back.
    #[inline]
    pub fn clear_wifi_ssids(mut self) -> Self {
        self.wifi_ssids = None;
        self.unknown_fields.insert("wifiSsids".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WifiSsidPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.wifi_ssid_policy_type {
            map.serialize_entry("wifiSsidPolicyType", value)?;
        }
        if let Some(value) = &self.wifi_ssids {
            map.serialize_entry("wifiSsids", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WifiSsidPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WifiSsidPolicy {
    const NAME: &'static str = "WifiSsidPolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "wifiSsidPolicyType" => self.wifi_ssid_policy_type = map.next_value()?,
            "wifiSsids" => self.wifi_ssids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Type of the Wi-Fi SSID policy to be applied.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WifiSsidPolicyWifiSsidPolicyType {
    /// Defaults to WIFI_SSID_DENYLIST. wifiSsids must not be set. There are no restrictions on
    /// which SSID the device can connect to.
    ///
    /// `WIFI_SSID_POLICY_TYPE_UNSPECIFIED` on the wire.
    #[default]
    WifiSsidPolicyTypeUnspecified,
    /// The device cannot connect to any Wi-Fi network whose SSID is in wifiSsids, but can connect
    /// to other networks.
    ///
    /// `WIFI_SSID_DENYLIST` on the wire.
    WifiSsidDenylist,
    /// The device can make Wi-Fi connections only to the SSIDs in wifiSsids. wifiSsids must not be
    /// empty. The device will not be able to connect to any other Wi-Fi network.
    ///
    /// `WIFI_SSID_ALLOWLIST` on the wire.
    WifiSsidAllowlist,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for WifiSsidPolicyWifiSsidPolicyType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WifiSsidPolicyTypeUnspecified => "WIFI_SSID_POLICY_TYPE_UNSPECIFIED",
            Self::WifiSsidDenylist => "WIFI_SSID_DENYLIST",
            Self::WifiSsidAllowlist => "WIFI_SSID_ALLOWLIST",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WIFI_SSID_POLICY_TYPE_UNSPECIFIED" => Self::WifiSsidPolicyTypeUnspecified,
            "WIFI_SSID_DENYLIST" => Self::WifiSsidDenylist,
            "WIFI_SSID_ALLOWLIST" => Self::WifiSsidAllowlist,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(WifiSsidPolicyWifiSsidPolicyType);
