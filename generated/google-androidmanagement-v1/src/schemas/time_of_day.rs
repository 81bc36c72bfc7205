/// Represents a time of day. The date and time zone are either not significant or are specified elsewhere. An API may choose to allow leap seconds. Related types are google.type.Date and google.protobuf.Timestamp.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TimeOfDay {
    /// Hours of a day in 24 hour format. Must be greater than or equal to 0 and typically must be less than or equal to 23. An API may choose to allow the value "24:00:00" for scenarios like business closing time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<i32>,
    /// Minutes of an hour. Must be greater than or equal to 0 and less than or equal to 59.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<i32>,
    /// Fractions of seconds, in nanoseconds. Must be greater than or equal to 0 and less than or equal to 999,999,999.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nanos: Option<i32>,
    /// Seconds of a minute. Must be greater than or equal to 0 and typically must be less than or equal to 59. An API may allow the value 60 if it allows leap-seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl TimeOfDay {
    /// Sets `hours` (chainable).
    pub fn set_hours(mut self, value: impl Into<i32>) -> Self {
        self.hours = Some(value.into());
        self
    }
    /// Sets `minutes` (chainable).
    pub fn set_minutes(mut self, value: impl Into<i32>) -> Self {
        self.minutes = Some(value.into());
        self
    }
    /// Sets `nanos` (chainable).
    pub fn set_nanos(mut self, value: impl Into<i32>) -> Self {
        self.nanos = Some(value.into());
        self
    }
    /// Sets `seconds` (chainable).
    pub fn set_seconds(mut self, value: impl Into<i32>) -> Self {
        self.seconds = Some(value.into());
        self
    }
}
