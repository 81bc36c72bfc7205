use crate::runtime::wire;

/// Information about the device's fan.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FanInfo {
    /// Output only. Fan speed in RPM.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "speedRpm", default, skip_serializing_if = "Option::is_none")]
    pub speed_rpm: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl FanInfo {
    /// Sets `speedRpm` (chainable).
    pub fn set_speed_rpm(mut self, value: impl Into<i32>) -> Self {
        self.speed_rpm = Some(value.into());
        self.unknown_fields.remove("speedRpm");
        self
    }

    /// Sends `speedRpm` as JSON `null`, which clears it on the server (chainable); `set_speed_rpm`
    /// takes it back.
    #[inline]
    pub fn clear_speed_rpm(mut self) -> Self {
        self.speed_rpm = None;
        self.unknown_fields.insert("speedRpm".to_owned(), serde_json::Value::Null);
        self
    }
}
