use crate::runtime::wire;

/// Response to a request to list devices for a given enterprise.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDevicesResponse {
    /// The list of devices.
    pub devices: Option<Vec<crate::schemas::Device>>,
    /// If there are more results, a token to retrieve next page of results.
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListDevicesResponse {
    /// Sets `devices` (chainable).
    pub fn set_devices(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Device>>,
    ) -> Self {
        self.devices = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("devices");
        self
    }

    /// Sends `devices` as JSON `null`, which clears it on the server (chainable); `set_devices`
    /// takes it back.
    #[inline]
    pub fn clear_devices(mut self) -> Self {
        self.devices = None;
        self.unknown_fields.insert("devices".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self.unknown_fields.remove("nextPageToken");
        self
    }

    /// Sends `nextPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_next_page_token` takes it back.
    #[inline]
    pub fn clear_next_page_token(mut self) -> Self {
        self.next_page_token = None;
        self.unknown_fields.insert("nextPageToken".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListDevicesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.devices {
            map.serialize_entry("devices", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListDevicesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListDevicesResponse {
    const NAME: &'static str = "ListDevicesResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "devices" => self.devices = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
