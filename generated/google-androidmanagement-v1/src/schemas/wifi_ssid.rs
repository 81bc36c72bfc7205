use crate::runtime::wire;

/// Represents a Wi-Fi SSID.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WifiSsid {
    /// Required. Wi-Fi SSID represented as a string.
    pub wifi_ssid: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for WifiSsid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.wifi_ssid {
            map.serialize_entry("wifiSsid", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WifiSsid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WifiSsid {
    const NAME: &'static str = "WifiSsid";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "wifiSsid" => self.wifi_ssid = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
