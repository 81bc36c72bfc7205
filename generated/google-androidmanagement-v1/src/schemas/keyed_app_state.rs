use crate::runtime::{impl_open_enum, wire, Timestamp};

/// Keyed app state reported by the app.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeyedAppState {
    /// The creation time of the app state on the device.
    pub create_time: Option<Timestamp>,
    /// Optionally, a machine-readable value to be read by the EMM. For example, setting values that
    /// the admin can choose to query against in the EMM console (e.g. “notify me if the
    /// battery_warning data &lt; 10”).
    pub data: Option<String>,
    /// The key for the app state. Acts as a point of reference for what the app is providing state
    /// for. For example, when providing managed configuration feedback, this key could be the
    /// managed configuration key.
    pub key: Option<String>,
    /// The time the app state was most recently updated.
    pub last_update_time: Option<Timestamp>,
    /// Optionally, a free-form message string to explain the app state. If the state was triggered
    /// by a particular value (e.g. a managed configuration value), it should be included in the
    /// message.
    pub message: Option<String>,
    /// The severity of the app state.
    pub severity: Option<crate::schemas::KeyedAppStateSeverity>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl KeyedAppState {
    /// Sets `createTime` (chainable).
    pub fn set_create_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self.unknown_fields.remove("createTime");
        self
    }

    /// Sends `createTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_time` takes it back.
    #[inline]
    pub fn clear_create_time(mut self) -> Self {
        self.create_time = None;
        self.unknown_fields.insert("createTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `data` (chainable).
    pub fn set_data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self.unknown_fields.remove("data");
        self
    }

    /// Sends `data` as JSON `null`, which clears it on the server (chainable); `set_data` takes it
    /// back.
    #[inline]
    pub fn clear_data(mut self) -> Self {
        self.data = None;
        self.unknown_fields.insert("data".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `key` (chainable).
    pub fn set_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self.unknown_fields.remove("key");
        self
    }

    /// Sends `key` as JSON `null`, which clears it on the server (chainable); `set_key` takes it
    /// back.
    #[inline]
    pub fn clear_key(mut self) -> Self {
        self.key = None;
        self.unknown_fields.insert("key".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastUpdateTime` (chainable).
    pub fn set_last_update_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.last_update_time = Some(value.into());
        self.unknown_fields.remove("lastUpdateTime");
        self
    }

    /// Sends `lastUpdateTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_last_update_time` takes it back.
    #[inline]
    pub fn clear_last_update_time(mut self) -> Self {
        self.last_update_time = None;
        self.unknown_fields.insert("lastUpdateTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `message` (chainable).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self.unknown_fields.remove("message");
        self
    }

    /// Sends `message` as JSON `null`, which clears it on the server (chainable); `set_message`
    /// takes it back.
    #[inline]
    pub fn clear_message(mut self) -> Self {
        self.message = None;
        self.unknown_fields.insert("message".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `severity` (chainable).
    pub fn set_severity(
        mut self,
        value: impl Into<crate::schemas::KeyedAppStateSeverity>,
    ) -> Self {
        self.severity = Some(value.into());
        self.unknown_fields.remove("severity");
        self
    }

    /// Sends `severity` as JSON `null`, which clears it on the server (chainable); `set_severity`
    /// takes it back.
    #[inline]
    pub fn clear_severity(mut self) -> Self {
        self.severity = None;
        self.unknown_fields.insert("severity".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for KeyedAppState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        if let Some(value) = &self.key {
            map.serialize_entry("key", value)?;
        }
        if let Some(value) = &self.last_update_time {
            map.serialize_entry("lastUpdateTime", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.severity {
            map.serialize_entry("severity", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for KeyedAppState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for KeyedAppState {
    const NAME: &'static str = "KeyedAppState";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "createTime" => self.create_time = map.next_value()?,
            "data" => self.data = map.next_value()?,
            "key" => self.key = map.next_value()?,
            "lastUpdateTime" => self.last_update_time = map.next_value()?,
            "message" => self.message = map.next_value()?,
            "severity" => self.severity = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
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
    /// Error severity level. This should only be set for genuine error conditions that a management
    /// organization needs to take action to fix.
    ///
    /// `ERROR` on the wire.
    Error,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for KeyedAppStateSeverity {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SeverityUnspecified => "SEVERITY_UNSPECIFIED",
            Self::Info => "INFO",
            Self::Error => "ERROR",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SEVERITY_UNSPECIFIED" => Self::SeverityUnspecified,
            "INFO" => Self::Info,
            "ERROR" => Self::Error,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(KeyedAppStateSeverity);
