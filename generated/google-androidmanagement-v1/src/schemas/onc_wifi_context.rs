use crate::runtime::wire;

/// Additional context for non-compliance related to Wi-Fi configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OncWifiContext {
    /// The GUID of non-compliant Wi-Fi configuration.
    pub wifi_guid: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for OncWifiContext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.wifi_guid {
            map.serialize_entry("wifiGuid", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OncWifiContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for OncWifiContext {
    const NAME: &'static str = "OncWifiContext";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "wifiGuid" => self.wifi_guid = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
