use crate::runtime::wire;

/// Wi-Fi roaming policy.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WifiRoamingPolicy {
    /// Optional. Wi-Fi roaming settings. SSIDs provided in this list must be unique, the policy
    /// will be rejected otherwise.
    pub wifi_roaming_settings: Option<Vec<crate::schemas::WifiRoamingSetting>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for WifiRoamingPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.wifi_roaming_settings {
            map.serialize_entry("wifiRoamingSettings", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WifiRoamingPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WifiRoamingPolicy {
    const NAME: &'static str = "WifiRoamingPolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "wifiRoamingSettings" => self.wifi_roaming_settings = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
