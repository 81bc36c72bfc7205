use crate::runtime::wire;

/// Represents a Wi-Fi SSID.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WifiSsid {
    /// Required. Wi-Fi SSID represented as a string.
    #[serde(rename = "wifiSsid", default, skip_serializing_if = "Option::is_none")]
    pub wifi_ssid: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl WifiSsid {
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
