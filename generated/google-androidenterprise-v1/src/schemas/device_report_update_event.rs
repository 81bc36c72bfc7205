use crate::runtime::wire;

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
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceReportUpdateEvent {
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

    /// Sets `report` (chainable).
    pub fn set_report(mut self, value: impl Into<crate::schemas::DeviceReport>) -> Self {
        self.report = Some(value.into());
        self.unknown_fields.remove("report");
        self
    }

    /// Sends `report` as JSON `null`, which clears it on the server (chainable); `set_report` takes
    /// it back.
    #[inline]
    pub fn clear_report(mut self) -> Self {
        self.report = None;
        self.unknown_fields.insert("report".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userId` (chainable).
    pub fn set_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self.unknown_fields.remove("userId");
        self
    }

    /// Sends `userId` as JSON `null`, which clears it on the server (chainable); `set_user_id`
    /// takes it back.
    #[inline]
    pub fn clear_user_id(mut self) -> Self {
        self.user_id = None;
        self.unknown_fields.insert("userId".to_owned(), serde_json::Value::Null);
        self
    }
}
