use crate::runtime::{impl_open_enum, wire};

/// Controls types of device activity logs collected from the device and reported via Pub/Sub
/// notification (<https://developers.google.com/android/management/notifications>).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UsageLog {
    /// Optional. Specifies which log types are enabled. Note that users will receive on-device
    /// messaging when usage logging is enabled.
    pub enabled_log_types: Option<Vec<crate::schemas::UsageLogEnabledLogTypes>>,
    /// Optional. Specifies which of the enabled log types can be uploaded over mobile data. By
    /// default logs are queued for upload when the device connects to WiFi.
    pub upload_on_cellular_allowed: Option<
        Vec<crate::schemas::UsageLogUploadOnCellularAllowed>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UsageLog {
    /// Sets `enabledLogTypes` (chainable).
    pub fn set_enabled_log_types(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::UsageLogEnabledLogTypes>,
        >,
    ) -> Self {
        self.enabled_log_types = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("enabledLogTypes");
        self
    }

    /// Sends `enabledLogTypes` as JSON `null`, which clears it on the server (chainable);
    /// `set_enabled_log_types` takes it back.
    #[inline]
    pub fn clear_enabled_log_types(mut self) -> Self {
        self.enabled_log_types = None;
        self.unknown_fields
            .insert("enabledLogTypes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `uploadOnCellularAllowed` (chainable).
    pub fn set_upload_on_cellular_allowed(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::UsageLogUploadOnCellularAllowed>,
        >,
    ) -> Self {
        self.upload_on_cellular_allowed = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("uploadOnCellularAllowed");
        self
    }

    /// Sends `uploadOnCellularAllowed` as JSON `null`, which clears it on the server (chainable);
    /// `set_upload_on_cellular_allowed` takes it back.
    #[inline]
    pub fn clear_upload_on_cellular_allowed(mut self) -> Self {
        self.upload_on_cellular_allowed = None;
        self.unknown_fields
            .insert("uploadOnCellularAllowed".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UsageLog {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enabled_log_types {
            map.serialize_entry("enabledLogTypes", value)?;
        }
        if let Some(value) = &self.upload_on_cellular_allowed {
            map.serialize_entry("uploadOnCellularAllowed", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UsageLog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UsageLog {
    const NAME: &'static str = "UsageLog";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabledLogTypes" => self.enabled_log_types = map.next_value()?,
            "uploadOnCellularAllowed" => {
                self.upload_on_cellular_allowed = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UsageLogEnabledLogTypes {
    /// This value is not used.
    ///
    /// `LOG_TYPE_UNSPECIFIED` on the wire.
    #[default]
    LogTypeUnspecified,
    /// Enable logging of on-device security events, such as when the device password is incorrectly
    /// entered or removable storage is mounted. See UsageLogEvent for a complete description of the
    /// logged security events. Supported for fully managed devices on Android 7 and above.
    /// Supported for company-owned devices with a work profile on Android 12 and above, on which
    /// only security events from the work profile are logged. Can be overridden by the application
    /// delegated scope SECURITY_LOGS
    ///
    /// `SECURITY_LOGS` on the wire.
    SecurityLogs,
    /// Enable logging of on-device network events, such as DNS lookups and TCP connections. See
    /// UsageLogEvent for a complete description of the logged network events. Supported for fully
    /// managed devices on Android 8 and above. Supported for company-owned devices with a work
    /// profile on Android 12 and above, on which only network events from the work profile are
    /// logged. Can be overridden by the application delegated scope NETWORK_ACTIVITY_LOGS
    ///
    /// `NETWORK_ACTIVITY_LOGS` on the wire.
    NetworkActivityLogs,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for UsageLogEnabledLogTypes {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::LogTypeUnspecified => "LOG_TYPE_UNSPECIFIED",
            Self::SecurityLogs => "SECURITY_LOGS",
            Self::NetworkActivityLogs => "NETWORK_ACTIVITY_LOGS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOG_TYPE_UNSPECIFIED" => Self::LogTypeUnspecified,
            "SECURITY_LOGS" => Self::SecurityLogs,
            "NETWORK_ACTIVITY_LOGS" => Self::NetworkActivityLogs,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(UsageLogEnabledLogTypes);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UsageLogUploadOnCellularAllowed {
    /// This value is not used.
    ///
    /// `LOG_TYPE_UNSPECIFIED` on the wire.
    #[default]
    LogTypeUnspecified,
    /// Enable logging of on-device security events, such as when the device password is incorrectly
    /// entered or removable storage is mounted. See UsageLogEvent for a complete description of the
    /// logged security events. Supported for fully managed devices on Android 7 and above.
    /// Supported for company-owned devices with a work profile on Android 12 and above, on which
    /// only security events from the work profile are logged. Can be overridden by the application
    /// delegated scope SECURITY_LOGS
    ///
    /// `SECURITY_LOGS` on the wire.
    SecurityLogs,
    /// Enable logging of on-device network events, such as DNS lookups and TCP connections. See
    /// UsageLogEvent for a complete description of the logged network events. Supported for fully
    /// managed devices on Android 8 and above. Supported for company-owned devices with a work
    /// profile on Android 12 and above, on which only network events from the work profile are
    /// logged. Can be overridden by the application delegated scope NETWORK_ACTIVITY_LOGS
    ///
    /// `NETWORK_ACTIVITY_LOGS` on the wire.
    NetworkActivityLogs,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for UsageLogUploadOnCellularAllowed {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::LogTypeUnspecified => "LOG_TYPE_UNSPECIFIED",
            Self::SecurityLogs => "SECURITY_LOGS",
            Self::NetworkActivityLogs => "NETWORK_ACTIVITY_LOGS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOG_TYPE_UNSPECIFIED" => Self::LogTypeUnspecified,
            "SECURITY_LOGS" => Self::SecurityLogs,
            "NETWORK_ACTIVITY_LOGS" => Self::NetworkActivityLogs,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(UsageLogUploadOnCellularAllowed);
