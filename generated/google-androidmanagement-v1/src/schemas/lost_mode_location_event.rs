use crate::runtime::wire;

/// A lost mode event containing the device location and battery level as a percentage.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LostModeLocationEvent {
    /// The battery level as a number between 0 and 100 inclusive
    #[serde(rename = "batteryLevel", default, skip_serializing_if = "Option::is_none")]
    pub battery_level: Option<i32>,
    /// The device location
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<crate::schemas::Location>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl LostModeLocationEvent {
    /// Sets `batteryLevel` (chainable).
    pub fn set_battery_level(mut self, value: impl Into<i32>) -> Self {
        self.battery_level = Some(value.into());
        self.unknown_fields.remove("batteryLevel");
        self
    }

    /// Sends `batteryLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_battery_level` takes it back.
    #[inline]
    pub fn clear_battery_level(mut self) -> Self {
        self.battery_level = None;
        self.unknown_fields.insert("batteryLevel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `location` (chainable).
    pub fn set_location(mut self, value: impl Into<crate::schemas::Location>) -> Self {
        self.location = Some(value.into());
        self.unknown_fields.remove("location");
        self
    }

    /// Sends `location` as JSON `null`, which clears it on the server (chainable); `set_location`
    /// takes it back.
    #[inline]
    pub fn clear_location(mut self) -> Self {
        self.location = None;
        self.unknown_fields.insert("location".to_owned(), serde_json::Value::Null);
        self
    }
}
