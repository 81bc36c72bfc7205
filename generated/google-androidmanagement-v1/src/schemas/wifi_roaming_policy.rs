use crate::runtime::wire;

/// Wi-Fi roaming policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WifiRoamingPolicy {
    /// Optional. Wi-Fi roaming settings. SSIDs provided in this list must be unique, the policy
    /// will be rejected otherwise.
    #[serde(
        rename = "wifiRoamingSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub wifi_roaming_settings: Option<Vec<crate::schemas::WifiRoamingSetting>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl WifiRoamingPolicy {
    /// Sets `wifiRoamingSettings` (chainable).
    pub fn set_wifi_roaming_settings(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::WifiRoamingSetting>>,
    ) -> Self {
        self.wifi_roaming_settings = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("wifiRoamingSettings");
        self
    }

    /// Sends `wifiRoamingSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_roaming_settings` takes it back.
    #[inline]
    pub fn clear_wifi_roaming_settings(mut self) -> Self {
        self.wifi_roaming_settings = None;
        self.unknown_fields
            .insert("wifiRoamingSettings".to_owned(), serde_json::Value::Null);
        self
    }
}
