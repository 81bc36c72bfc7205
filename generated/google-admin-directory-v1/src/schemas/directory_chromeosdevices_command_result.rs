use crate::runtime::{impl_open_enum, wire, Timestamp};

/// The result of executing a command.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DirectoryChromeosdevicesCommandResult {
    /// The payload for the command result. The following commands respond with a payload: *
    /// `DEVICE_START_CRD_SESSION`: Payload is a stringified JSON object in the form: { "url": url
    /// }. The provided URL links to the Chrome Remote Desktop session and requires authentication
    /// using only the `email` associated with the command's issuance. *
    /// `FETCH_CRD_AVAILABILITY_INFO`: Payload is a stringified JSON object in the form: {
    /// "deviceIdleTimeInSeconds": number, "userSessionType": string, "remoteSupportAvailability":
    /// string, "remoteAccessAvailability": string }. The "remoteSupportAvailability" field is set
    /// to "AVAILABLE" if `shared` CRD session to the device is available. The
    /// "remoteAccessAvailability" field is set to "AVAILABLE" if `private` CRD session to the
    /// device is available.
    pub command_result_payload: Option<String>,
    /// The error message with a short explanation as to why the command failed. Only present if the
    /// command failed.
    pub error_message: Option<String>,
    /// The time at which the command was executed or failed to execute.
    pub execute_time: Option<Timestamp>,
    /// The result of the command.
    pub result: Option<crate::schemas::DirectoryChromeosdevicesCommandResultResult>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DirectoryChromeosdevicesCommandResult {
    /// Sets `commandResultPayload` (chainable).
    pub fn set_command_result_payload(mut self, value: impl Into<String>) -> Self {
        self.command_result_payload = Some(value.into());
        self.unknown_fields.remove("commandResultPayload");
        self
    }

    /// Sends `commandResultPayload` as JSON `null`, which clears it on the server (chainable);
    /// `set_command_result_payload` takes it back.
    #[inline]
    pub fn clear_command_result_payload(mut self) -> Self {
        self.command_result_payload = None;
        self.unknown_fields
            .insert("commandResultPayload".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `errorMessage` (chainable).
    pub fn set_error_message(mut self, value: impl Into<String>) -> Self {
        self.error_message = Some(value.into());
        self.unknown_fields.remove("errorMessage");
        self
    }

    /// Sends `errorMessage` as JSON `null`, which clears it on the server (chainable);
    /// `set_error_message` takes it back.
    #[inline]
    pub fn clear_error_message(mut self) -> Self {
        self.error_message = None;
        self.unknown_fields.insert("errorMessage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `executeTime` (chainable).
    pub fn set_execute_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.execute_time = Some(value.into());
        self.unknown_fields.remove("executeTime");
        self
    }

    /// Sends `executeTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_execute_time` takes it back.
    #[inline]
    pub fn clear_execute_time(mut self) -> Self {
        self.execute_time = None;
        self.unknown_fields.insert("executeTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `result` (chainable).
    pub fn set_result(
        mut self,
        value: impl Into<crate::schemas::DirectoryChromeosdevicesCommandResultResult>,
    ) -> Self {
        self.result = Some(value.into());
        self.unknown_fields.remove("result");
        self
    }

    /// Sends `result` as JSON `null`, which clears it on the server (chainable); `set_result` takes
    /// it back.
    #[inline]
    pub fn clear_result(mut self) -> Self {
        self.result = None;
        self.unknown_fields.insert("result".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DirectoryChromeosdevicesCommandResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.command_result_payload {
            map.serialize_entry("commandResultPayload", value)?;
        }
        if let Some(value) = &self.error_message {
            map.serialize_entry("errorMessage", value)?;
        }
        if let Some(value) = &self.execute_time {
            map.serialize_entry("executeTime", value)?;
        }
        if let Some(value) = &self.result {
            map.serialize_entry("result", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryChromeosdevicesCommandResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DirectoryChromeosdevicesCommandResult {
    const NAME: &'static str = "DirectoryChromeosdevicesCommandResult";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "commandResultPayload" => self.command_result_payload = map.next_value()?,
            "errorMessage" => self.error_message = map.next_value()?,
            "executeTime" => self.execute_time = map.next_value()?,
            "result" => self.result = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The result of the command.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DirectoryChromeosdevicesCommandResultResult {
    /// The command result was unspecified.
    ///
    /// `COMMAND_RESULT_TYPE_UNSPECIFIED` on the wire.
    #[default]
    CommandResultTypeUnspecified,
    /// The command was ignored as obsolete.
    ///
    /// `IGNORED` on the wire.
    Ignored,
    /// The command could not be executed successfully.
    ///
    /// `FAILURE` on the wire.
    Failure,
    /// The command was successfully executed.
    ///
    /// `SUCCESS` on the wire.
    Success,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DirectoryChromeosdevicesCommandResultResult {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CommandResultTypeUnspecified => "COMMAND_RESULT_TYPE_UNSPECIFIED",
            Self::Ignored => "IGNORED",
            Self::Failure => "FAILURE",
            Self::Success => "SUCCESS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "COMMAND_RESULT_TYPE_UNSPECIFIED" => Self::CommandResultTypeUnspecified,
            "IGNORED" => Self::Ignored,
            "FAILURE" => Self::Failure,
            "SUCCESS" => Self::Success,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DirectoryChromeosdevicesCommandResultResult);
