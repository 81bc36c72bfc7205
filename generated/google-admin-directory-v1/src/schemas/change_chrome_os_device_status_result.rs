use crate::runtime::wire;

/// The result of a single ChromeOS device for a Change state operation.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChangeChromeOsDeviceStatusResult {
    /// The unique ID of the ChromeOS device.
    pub device_id: Option<String>,
    /// The error result of the operation in case of failure.
    pub error: Option<crate::schemas::Status>,
    /// The device could change its status successfully.
    pub response: Option<crate::schemas::ChangeChromeOsDeviceStatusSucceeded>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChangeChromeOsDeviceStatusResult {
    /// Sets `deviceId` (chainable).
    pub fn set_device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self.unknown_fields.remove("deviceId");
        self
    }

    /// Sends `deviceId` as JSON `null`, which clears it on the server (chainable); `set_device_id`
    /// takes it back.
    #[inline]
    pub fn clear_device_id(mut self) -> Self {
        self.device_id = None;
        self.unknown_fields.insert("deviceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `error` (chainable).
    pub fn set_error(mut self, value: impl Into<crate::schemas::Status>) -> Self {
        self.error = Some(value.into());
        self.unknown_fields.remove("error");
        self
    }

    /// Sends `error` as JSON `null`, which clears it on the server (chainable); `set_error` takes
    /// it back.
    #[inline]
    pub fn clear_error(mut self) -> Self {
        self.error = None;
        self.unknown_fields.insert("error".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `response` (chainable).
    pub fn set_response(
        mut self,
        value: impl Into<crate::schemas::ChangeChromeOsDeviceStatusSucceeded>,
    ) -> Self {
        self.response = Some(value.into());
        self.unknown_fields.remove("response");
        self
    }

    /// Sends `response` as JSON `null`, which clears it on the server (chainable); `set_response`
    /// takes it back.
    #[inline]
    pub fn clear_response(mut self) -> Self {
        self.response = None;
        self.unknown_fields.insert("response".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChangeChromeOsDeviceStatusResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_id {
            map.serialize_entry("deviceId", value)?;
        }
        if let Some(value) = &self.error {
            map.serialize_entry("error", value)?;
        }
        if let Some(value) = &self.response {
            map.serialize_entry("response", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChangeChromeOsDeviceStatusResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChangeChromeOsDeviceStatusResult {
    const NAME: &'static str = "ChangeChromeOsDeviceStatusResult";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceId" => self.device_id = map.next_value()?,
            "error" => self.error = map.next_value()?,
            "response" => self.response = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
