use crate::runtime::wire;

/// The result of a single ChromeOS device for a Change state operation.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChangeChromeOsDeviceStatusResult {
    /// The unique ID of the ChromeOS device.
    #[serde(rename = "deviceId", default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// The error result of the operation in case of failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<crate::schemas::Status>,
    /// The device could change its status successfully.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<crate::schemas::ChangeChromeOsDeviceStatusSucceeded>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
