/// An event generated when an updated device report is available.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeviceReportUpdateEvent {
    /// The Android ID of the device. This field will always be present.
    #[serde(rename = "deviceId", default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// The device report updated with the latest app states. This field will always be present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<crate::schemas::DeviceReport>,
    /// The ID of the user. This field will always be present.
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl DeviceReportUpdateEvent {
    /// Sets `deviceId` (chainable).
    pub fn set_device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self
    }
    /// Sets `report` (chainable).
    pub fn set_report(mut self, value: impl Into<crate::schemas::DeviceReport>) -> Self {
        self.report = Some(value.into());
        self
    }
    /// Sets `userId` (chainable).
    pub fn set_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
