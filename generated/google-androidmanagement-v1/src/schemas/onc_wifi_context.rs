use crate::runtime::wire;

/// Additional context for non-compliance related to Wi-Fi configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OncWifiContext {
    /// The GUID of non-compliant Wi-Fi configuration.
    #[serde(rename = "wifiGuid", default, skip_serializing_if = "Option::is_none")]
    pub wifi_guid: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl OncWifiContext {
    /// Sets `wifiGuid` (chainable).
    pub fn set_wifi_guid(mut self, value: impl Into<String>) -> Self {
        self.wifi_guid = Some(value.into());
        self.unknown_fields.remove("wifiGuid");
        self
    }

    /// Sends `wifiGuid` as JSON `null`, which clears it on the server (chainable); `set_wifi_guid`
    /// takes it back.
    #[inline]
    pub fn clear_wifi_guid(mut self) -> Self {
        self.wifi_guid = None;
        self.unknown_fields.insert("wifiGuid".to_owned(), serde_json::Value::Null);
        self
    }
}
