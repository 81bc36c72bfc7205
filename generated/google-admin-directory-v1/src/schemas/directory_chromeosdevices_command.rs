use crate::runtime::{impl_open_enum, wire, Timestamp};

/// Information regarding a command that was issued to a device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DirectoryChromeosdevicesCommand {
    /// The time at which the command will expire. If the device doesn't execute the command within
    /// this time the command will become expired.
    pub command_expire_time: Option<Timestamp>,
    /// Unique ID of a device command.
    pub command_id: Option<i64>,
    /// The result of the command execution.
    pub command_result: Option<crate::schemas::DirectoryChromeosdevicesCommandResult>,
    /// The timestamp when the command was issued by the admin.
    pub issue_time: Option<Timestamp>,
    /// The payload that the command specified, if any.
    pub payload: Option<String>,
    /// Indicates the command state.
    pub state: Option<crate::schemas::DirectoryChromeosdevicesCommandState>,
    /// The type of the command.
    pub type_: Option<crate::schemas::DirectoryChromeosdevicesCommandType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DirectoryChromeosdevicesCommand {
    /// Sets `commandExpireTime` (chainable).
    pub fn set_command_expire_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.command_expire_time = Some(value.into());
        self.unknown_fields.remove("commandExpireTime");
        self
    }

    /// Sends `commandExpireTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_command_expire_time` takes it back.
    #[inline]
    pub fn clear_command_expire_time(mut self) -> Self {
        self.command_expire_time = None;
        self.unknown_fields
            .insert("commandExpireTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `commandId` (chainable).
    pub fn set_command_id(mut self, value: impl Into<i64>) -> Self {
        self.command_id = Some(value.into());
        self.unknown_fields.remove("commandId");
        self
    }

    /// Sends `commandId` as JSON `null`, which clears it on the server (chainable);
    /// `set_command_id` takes it back.
    #[inline]
    pub fn clear_command_id(mut self) -> Self {
        self.command_id = None;
        self.unknown_fields.insert("commandId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `commandResult` (chainable).
    pub fn set_command_result(
        mut self,
        value: impl Into<crate::schemas::DirectoryChromeosdevicesCommandResult>,
    ) -> Self {
        self.command_result = Some(value.into());
        self.unknown_fields.remove("commandResult");
        self
    }

    /// Sends `commandResult` as JSON `null`, which clears it on the server (chainable);
    /// `set_command_result` takes it back.
    #[inline]
    pub fn clear_command_result(mut self) -> Self {
        self.command_result = None;
        self.unknown_fields.insert("commandResult".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `issueTime` (chainable).
    pub fn set_issue_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.issue_time = Some(value.into());
        self.unknown_fields.remove("issueTime");
        self
    }

    /// Sends `issueTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_issue_time` takes it back.
    #[inline]
    pub fn clear_issue_time(mut self) -> Self {
        self.issue_time = None;
        self.unknown_fields.insert("issueTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `payload` (chainable).
    pub fn set_payload(mut self, value: impl Into<String>) -> Self {
        self.payload = Some(value.into());
        self.unknown_fields.remove("payload");
        self
    }

    /// Sends `payload` as JSON `null`, which clears it on the server (chainable); `set_payload`
    /// takes it back.
    #[inline]
    pub fn clear_payload(mut self) -> Self {
        self.payload = None;
        self.unknown_fields.insert("payload".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(
        mut self,
        value: impl Into<crate::schemas::DirectoryChromeosdevicesCommandState>,
    ) -> Self {
        self.state = Some(value.into());
        self.unknown_fields.remove("state");
        self
    }

    /// Sends `state` as JSON `null`, which clears it on the server (chainable); `set_state` takes
    /// it back.
    #[inline]
    pub fn clear_state(mut self) -> Self {
        self.state = None;
        self.unknown_fields.insert("state".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(
        mut self,
        value: impl Into<crate::schemas::DirectoryChromeosdevicesCommandType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DirectoryChromeosdevicesCommand {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.command_expire_time {
            map.serialize_entry("commandExpireTime", value)?;
        }
        if self.command_id.is_some() {
            map.serialize_entry(
                "commandId",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.command_id),
            )?;
        }
        if let Some(value) = &self.command_result {
            map.serialize_entry("commandResult", value)?;
        }
        if let Some(value) = &self.issue_time {
            map.serialize_entry("issueTime", value)?;
        }
        if let Some(value) = &self.payload {
            map.serialize_entry("payload", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryChromeosdevicesCommand {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DirectoryChromeosdevicesCommand {
    const NAME: &'static str = "DirectoryChromeosdevicesCommand";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "commandExpireTime" => self.command_expire_time = map.next_value()?,
            "commandId" => {
                self.command_id = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "commandResult" => self.command_result = map.next_value()?,
            "issueTime" => self.issue_time = map.next_value()?,
            "payload" => self.payload = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Indicates the command state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DirectoryChromeosdevicesCommandState {
    /// The command status was unspecified.
    ///
    /// `STATE_UNSPECIFIED` on the wire.
    #[default]
    StateUnspecified,
    /// An unexpired command not yet sent to the client.
    ///
    /// `PENDING` on the wire.
    Pending,
    /// The command didn't get executed by the client within the expected time.
    ///
    /// `EXPIRED` on the wire.
    Expired,
    /// The command is cancelled by admin while in PENDING.
    ///
    /// `CANCELLED` on the wire.
    Cancelled,
    /// The command has been sent to the client.
    ///
    /// `SENT_TO_CLIENT` on the wire.
    SentToClient,
    /// The client has responded that it received the command.
    ///
    /// `ACKED_BY_CLIENT` on the wire.
    AckedByClient,
    /// The client has (un)successfully executed the command.
    ///
    /// `EXECUTED_BY_CLIENT` on the wire.
    ExecutedByClient,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DirectoryChromeosdevicesCommandState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::StateUnspecified => "STATE_UNSPECIFIED",
            Self::Pending => "PENDING",
            Self::Expired => "EXPIRED",
            Self::Cancelled => "CANCELLED",
            Self::SentToClient => "SENT_TO_CLIENT",
            Self::AckedByClient => "ACKED_BY_CLIENT",
            Self::ExecutedByClient => "EXECUTED_BY_CLIENT",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "STATE_UNSPECIFIED" => Self::StateUnspecified,
            "PENDING" => Self::Pending,
            "EXPIRED" => Self::Expired,
            "CANCELLED" => Self::Cancelled,
            "SENT_TO_CLIENT" => Self::SentToClient,
            "ACKED_BY_CLIENT" => Self::AckedByClient,
            "EXECUTED_BY_CLIENT" => Self::ExecutedByClient,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DirectoryChromeosdevicesCommandState);

/// The type of the command.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DirectoryChromeosdevicesCommandType {
    /// The command type was unspecified.
    ///
    /// `COMMAND_TYPE_UNSPECIFIED` on the wire.
    #[default]
    CommandTypeUnspecified,
    /// Reboot the device. Can be issued to Kiosk and managed guest session devices, and regular
    /// devices running ChromeOS version 113 or later.
    ///
    /// `REBOOT` on the wire.
    Reboot,
    /// Take a screenshot of the device. Only available if the device is in Kiosk Mode.
    ///
    /// `TAKE_A_SCREENSHOT` on the wire.
    TakeAScreenshot,
    /// Set the volume of the device. Can only be issued to Kiosk and managed guest session devices.
    ///
    /// `SET_VOLUME` on the wire.
    SetVolume,
    /// Wipe all the users off of the device. Executing this command in the device will remove all
    /// user profile data, but it will keep device policy and enrollment.
    ///
    /// `WIPE_USERS` on the wire.
    WipeUsers,
    /// Wipes the device by performing a power wash. Executing this command in the device will
    /// remove all data including user policies, device policies and enrollment policies. Warning:
    /// This will revert the device back to a factory state with no enrollment unless the device is
    /// subject to forced or auto enrollment. Use with caution, as this is an irreversible action!
    ///
    /// `REMOTE_POWERWASH` on the wire.
    RemotePowerwash,
    /// Starts a Chrome Remote Desktop session.
    ///
    /// `DEVICE_START_CRD_SESSION` on the wire.
    DeviceStartCrdSession,
    /// Capture the system logs of a kiosk device. The logs can be downloaded from the downloadUrl
    /// link present in `deviceFiles` field of
    /// [chromeosdevices](https://developers.google.com/workspace/admin/directory/reference/rest/v1/chromeosdevices)
    ///
    /// `CAPTURE_LOGS` on the wire.
    CaptureLogs,
    /// Fetches available type(s) of Chrome Remote Desktop sessions (private or shared) that can be
    /// used to remotely connect to the device.
    ///
    /// `FETCH_CRD_AVAILABILITY_INFO` on the wire.
    FetchCrdAvailabilityInfo,
    /// Fetch support packet from a device remotely. Support packet is a zip archive that contains
    /// various system logs and debug data from a ChromeOS device. The support packet can be
    /// downloaded from the downloadURL link present in the `deviceFiles` field of
    /// \[`chromeosdevices`\](<https://developers.google.com/workspace/admin/directory/reference/rest/v1/chromeosdevices>)
    ///
    /// `FETCH_SUPPORT_PACKET` on the wire.
    FetchSupportPacket,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DirectoryChromeosdevicesCommandType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CommandTypeUnspecified => "COMMAND_TYPE_UNSPECIFIED",
            Self::Reboot => "REBOOT",
            Self::TakeAScreenshot => "TAKE_A_SCREENSHOT",
            Self::SetVolume => "SET_VOLUME",
            Self::WipeUsers => "WIPE_USERS",
            Self::RemotePowerwash => "REMOTE_POWERWASH",
            Self::DeviceStartCrdSession => "DEVICE_START_CRD_SESSION",
            Self::CaptureLogs => "CAPTURE_LOGS",
            Self::FetchCrdAvailabilityInfo => "FETCH_CRD_AVAILABILITY_INFO",
            Self::FetchSupportPacket => "FETCH_SUPPORT_PACKET",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "COMMAND_TYPE_UNSPECIFIED" => Self::CommandTypeUnspecified,
            "REBOOT" => Self::Reboot,
            "TAKE_A_SCREENSHOT" => Self::TakeAScreenshot,
            "SET_VOLUME" => Self::SetVolume,
            "WIPE_USERS" => Self::WipeUsers,
            "REMOTE_POWERWASH" => Self::RemotePowerwash,
            "DEVICE_START_CRD_SESSION" => Self::DeviceStartCrdSession,
            "CAPTURE_LOGS" => Self::CaptureLogs,
            "FETCH_CRD_AVAILABILITY_INFO" => Self::FetchCrdAvailabilityInfo,
            "FETCH_SUPPORT_PACKET" => Self::FetchSupportPacket,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DirectoryChromeosdevicesCommandType);
