/// Keyed app state reported by the app.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KeyedAppState {
    /// The creation time of the app state on the device.
    #[serde(rename = "createTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<crate::runtime::Timestamp>,
    /// Optionally, a machine-readable value to be read by the EMM. For example, setting values that the admin can choose to query against in the EMM console (e.g. “notify me if the battery_warning data &lt; 10”).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// The key for the app state. Acts as a point of reference for what the app is providing state for. For example, when providing managed configuration feedback, this key could be the managed configuration key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The time the app state was most recently updated.
    #[serde(rename = "lastUpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub last_update_time: Option<crate::runtime::Timestamp>,
    /// Optionally, a free-form message string to explain the app state. If the state was triggered by a particular value (e.g. a managed configuration value), it should be included in the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The severity of the app state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<crate::schemas::KeyedAppStateSeverity>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl KeyedAppState {
    /// Sets `createTime` (chainable).
    pub fn set_create_time(
        mut self,
        value: impl Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.create_time = Some(value.into());
        self
    }
    /// Sets `data` (chainable).
    pub fn set_data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Sets `key` (chainable).
    pub fn set_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `lastUpdateTime` (chainable).
    pub fn set_last_update_time(
        mut self,
        value: impl Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_update_time = Some(value.into());
        self
    }
    /// Sets `message` (chainable).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `severity` (chainable).
    pub fn set_severity(
        mut self,
        value: impl Into<crate::schemas::KeyedAppStateSeverity>,
    ) -> Self {
        self.severity = Some(value.into());
        self
    }
}
/// The severity of the app state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KeyedAppStateSeverity {
    /// Unspecified severity level.
    ///
    /// `SEVERITY_UNSPECIFIED` on the wire.
    #[default]
    SeverityUnspecified,
    /// Information severity level.
    ///
    /// `INFO` on the wire.
    Info,
    /// Error severity level. This should only be set for genuine error conditions that a management organization needs to take action to fix.
    ///
    /// `ERROR` on the wire.
    Error,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}
impl crate::runtime::wire::OpenEnum for KeyedAppStateSeverity {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SeverityUnspecified => "SEVERITY_UNSPECIFIED",
            Self::Info => "INFO",
            Self::Error => "ERROR",
            Self::UnknownValue(value) => value,
        }
    }
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SEVERITY_UNSPECIFIED" => Self::SeverityUnspecified,
            "INFO" => Self::Info,
            "ERROR" => Self::Error,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
crate::runtime::impl_open_enum!(KeyedAppStateSeverity);
