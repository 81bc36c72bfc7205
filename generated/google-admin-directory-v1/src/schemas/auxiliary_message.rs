use crate::runtime::{impl_open_enum, wire};

/// Auxiliary message about issues with printers or settings. Example:
/// {message_type:AUXILIARY_MESSAGE_WARNING, field_mask:make_and_model, message:"Given printer
/// is invalid or no longer supported."}
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuxiliaryMessage {
    /// Human readable message in English. Example: "Given printer is invalid or no longer
    /// supported."
    pub auxiliary_message: Option<String>,
    /// Field that this message concerns.
    pub field_mask: Option<String>,
    /// Message severity
    pub severity: Option<crate::schemas::AuxiliaryMessageSeverity>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AuxiliaryMessage {
    /// Sets `auxiliaryMessage` (chainable).
    pub fn set_auxiliary_message(mut self, value: impl Into<String>) -> Self {
        self.auxiliary_message = Some(value.into());
        self.unknown_fields.remove("auxiliaryMessage");
        self
    }

    /// Sends `auxiliaryMessage` as JSON `null`, which clears it on the server (chainable);
    /// `set_auxiliary_message` takes it back.
    #[inline]
    pub fn clear_auxiliary_message(mut self) -> Self {
        self.auxiliary_message = None;
        self.unknown_fields
            .insert("auxiliaryMessage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fieldMask` (chainable).
    pub fn set_field_mask(mut self, value: impl Into<String>) -> Self {
        self.field_mask = Some(value.into());
        self.unknown_fields.remove("fieldMask");
        self
    }

    /// Sends `fieldMask` as JSON `null`, which clears it on the server (chainable);
    /// `set_field_mask` takes it back.
    #[inline]
    pub fn clear_field_mask(mut self) -> Self {
        self.field_mask = None;
        self.unknown_fields.insert("fieldMask".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `severity` (chainable).
    pub fn set_severity(
        mut self,
        value: impl Into<crate::schemas::AuxiliaryMessageSeverity>,
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

impl serde::Serialize for AuxiliaryMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.auxiliary_message {
            map.serialize_entry("auxiliaryMessage", value)?;
        }
        if let Some(value) = &self.field_mask {
            map.serialize_entry("fieldMask", value)?;
        }
        if let Some(value) = &self.severity {
            map.serialize_entry("severity", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AuxiliaryMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AuxiliaryMessage {
    const NAME: &'static str = "AuxiliaryMessage";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "auxiliaryMessage" => self.auxiliary_message = map.next_value()?,
            "fieldMask" => self.field_mask = map.next_value()?,
            "severity" => self.severity = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Message severity
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AuxiliaryMessageSeverity {
    /// Message type unspecified.
    ///
    /// `SEVERITY_UNSPECIFIED` on the wire.
    #[default]
    SeverityUnspecified,
    /// Message of severity: info.
    ///
    /// `SEVERITY_INFO` on the wire.
    SeverityInfo,
    /// Message of severity: warning.
    ///
    /// `SEVERITY_WARNING` on the wire.
    SeverityWarning,
    /// Message of severity: error.
    ///
    /// `SEVERITY_ERROR` on the wire.
    SeverityError,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AuxiliaryMessageSeverity {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SeverityUnspecified => "SEVERITY_UNSPECIFIED",
            Self::SeverityInfo => "SEVERITY_INFO",
            Self::SeverityWarning => "SEVERITY_WARNING",
            Self::SeverityError => "SEVERITY_ERROR",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SEVERITY_UNSPECIFIED" => Self::SeverityUnspecified,
            "SEVERITY_INFO" => Self::SeverityInfo,
            "SEVERITY_WARNING" => Self::SeverityWarning,
            "SEVERITY_ERROR" => Self::SeverityError,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AuxiliaryMessageSeverity);
