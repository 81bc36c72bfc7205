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
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ChangeChromeOsDeviceStatusResult {
    /// Sets `deviceId` (chainable).
    pub fn set_device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self
    }
    /// Sets `error` (chainable).
    pub fn set_error(mut self, value: impl Into<crate::schemas::Status>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `response` (chainable).
    pub fn set_response(
        mut self,
        value: impl Into<crate::schemas::ChangeChromeOsDeviceStatusSucceeded>,
    ) -> Self {
        self.response = Some(value.into());
        self
    }
}
