use crate::runtime::wire;

/// Maintenance window for managed Google Play Accounts. This allows Play store to update the
/// apps on the foreground in the designated window.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceWindow {
    /// Duration of the maintenance window, in milliseconds. The duration must be between 30 minutes
    /// and 24 hours (inclusive).
    #[serde(
        rename = "durationMs",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub duration_ms: Option<i64>,
    /// Start time of the maintenance window, in milliseconds after midnight on the device. Windows
    /// can span midnight.
    #[serde(
        rename = "startTimeAfterMidnightMs",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub start_time_after_midnight_ms: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl MaintenanceWindow {
    /// Sets `durationMs` (chainable).
    pub fn set_duration_ms(mut self, value: impl Into<i64>) -> Self {
        self.duration_ms = Some(value.into());
        self.unknown_fields.remove("durationMs");
        self
    }

    /// Sends `durationMs` as JSON `null`, which clears it on the server (chainable);
    /// `set_duration_ms` takes it back.
    #[inline]
    pub fn clear_duration_ms(mut self) -> Self {
        self.duration_ms = None;
        self.unknown_fields.insert("durationMs".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startTimeAfterMidnightMs` (chainable).
    pub fn set_start_time_after_midnight_ms(mut self, value: impl Into<i64>) -> Self {
        self.start_time_after_midnight_ms = Some(value.into());
        self.unknown_fields.remove("startTimeAfterMidnightMs");
        self
    }

    /// Sends `startTimeAfterMidnightMs` as JSON `null`, which clears it on the server (chainable);
    /// `set_start_time_after_midnight_ms` takes it back.
    #[inline]
    pub fn clear_start_time_after_midnight_ms(mut self) -> Self {
        self.start_time_after_midnight_ms = None;
        self.unknown_fields
            .insert("startTimeAfterMidnightMs".to_owned(), serde_json::Value::Null);
        self
    }
}
