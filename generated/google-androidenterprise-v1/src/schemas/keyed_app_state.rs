use crate::runtime::{impl_open_enum, wire};

/// Represents a keyed app state containing a key, timestamp, severity level, optional
/// description, and optional data.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeyedAppState {
    /// Additional field intended for machine-readable data. For example, a number or JSON object.
    /// To prevent XSS, we recommend removing any HTML from the data before displaying it.
    pub data: Option<String>,
    /// Key indicating what the app is providing a state for. The content of the key is set by the
    /// app's developer. To prevent XSS, we recommend removing any HTML from the key before
    /// displaying it. This field will always be present.
    pub key: Option<String>,
    /// Free-form, human-readable message describing the app state. For example, an error message.
    /// To prevent XSS, we recommend removing any HTML from the message before displaying it.
    pub message: Option<String>,
    /// Severity of the app state. This field will always be present.
    pub severity: Option<crate::schemas::KeyedAppStateSeverity>,
    /// Timestamp of when the app set the state in milliseconds since epoch. This field will always
    /// be present.
    pub state_timestamp_millis: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl KeyedAppState {
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

    /// Sets `stateTimestampMillis` (chainable).
    pub fn set_state_timestamp_millis(mut self, value: impl Into<i64>) -> Self {
        self.state_timestamp_millis = Some(value.into());
        self.unknown_fields.remove("stateTimestampMillis");
        self
    }

    /// Sends `stateTimestampMillis` as JSON `null`, which clears it on the server (chainable);
    /// `set_state_timestamp_millis` takes it back.
    #[inline]
    pub fn clear_state_timestamp_millis(mut self) -> Self {
        self.state_timestamp_millis = None;
        self.unknown_fields
            .insert("stateTimestampMillis".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for KeyedAppState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        if let Some(value) = &self.key {
            map.serialize_entry("key", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.severity {
            map.serialize_entry("severity", value)?;
        }
        if self.state_timestamp_millis.is_some() {
            map.serialize_entry(
                "stateTimestampMillis",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.state_timestamp_millis),
            )?;
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
            "data" => self.data = map.next_value()?,
            "key" => self.key = map.next_value()?,
            "message" => self.message = map.next_value()?,
            "severity" => self.severity = map.next_value()?,
            "stateTimestampMillis" => {
                self.state_timestamp_millis = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Severity of the app state. This field will always be present.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KeyedAppStateSeverity {
    /// `severityUnknown` on the wire.
    #[default]
    SeverityUnknown,
    /// `severityInfo` on the wire.
    SeverityInfo,
    /// `severityError` on the wire.
    SeverityError,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for KeyedAppStateSeverity {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SeverityUnknown => "severityUnknown",
            Self::SeverityInfo => "severityInfo",
            Self::SeverityError => "severityError",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "severityUnknown" => Self::SeverityUnknown,
            "severityInfo" => Self::SeverityInfo,
            "severityError" => Self::SeverityError,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(KeyedAppStateSeverity);
