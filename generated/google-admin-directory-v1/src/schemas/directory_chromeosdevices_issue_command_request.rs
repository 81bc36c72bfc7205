use crate::runtime::{impl_open_enum, wire};

/// A request for issuing a command.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DirectoryChromeosdevicesIssueCommandRequest {
    /// The type of command.
    pub command_type: Option<
        crate::schemas::DirectoryChromeosdevicesIssueCommandRequestCommandType,
    >,
    /// The payload for the command, provide it only if command supports it. The following commands
    /// support adding payload: * `SET_VOLUME`: Payload is a stringified JSON object in the form: {
    /// "volume": 50 }. The volume has to be an integer in the range \[0,100\]. *
    /// `DEVICE_START_CRD_SESSION`: Payload is optionally a stringified JSON object in the form: {
    /// "ackedUserPresence": true, "crdSessionType": string }. `ackedUserPresence` is a boolean. By
    /// default, `ackedUserPresence` is set to `false`. To start a Chrome Remote Desktop session for
    /// an active device, set `ackedUserPresence` to `true`. `crdSessionType` can only select from
    /// values `private` (which grants the remote admin exclusive control of the ChromeOS device) or
    /// `shared` (which allows the admin and the local user to share control of the ChromeOS
    /// device). If not set, `crdSessionType` defaults to `shared`. The
    /// `FETCH_CRD_AVAILABILITY_INFO` command can be used to determine available session types on
    /// the device. * `REBOOT`: Payload is a stringified JSON object in the form: {
    /// "user_session_delay_seconds": 300 }. The `user_session_delay_seconds` is the amount of
    /// seconds to wait before rebooting the device if a user is logged in. It has to be an integer
    /// in the range \[0,300\]. When payload is not present for reboot, 0 delay is the default.
    /// Note: This only applies if an actual user is logged in, including a Guest. If the device is
    /// in the login screen or in Kiosk mode the value is not respected and the device immediately
    /// reboots. * `FETCH_SUPPORT_PACKET`: Payload is optionally a stringified JSON object in the
    /// form: {"supportPacketDetails":{ "issueCaseId": optional_support_case_id_string,
    /// "issueDescription": optional_issue_description_string, "requestedDataCollectors": \[\]}} The
    /// list of available `data_collector_enums` are as following: Chrome System Information (1),
    /// Crash IDs (2), Memory Details (3), UI Hierarchy (4), Additional ChromeOS Platform Logs (5),
    /// Device Event (6), Intel WiFi NICs Debug Dump (7), Touch Events (8), Lacros (9), Lacros
    /// System Information (10), ChromeOS Flex Logs (11), DBus Details (12), ChromeOS Network Routes
    /// (13), ChromeOS Shill (Connection Manager) Logs (14), Policies (15), ChromeOS System State
    /// and Logs (16), ChromeOS System Logs (17), ChromeOS Chrome User Logs (18), ChromeOS Bluetooth
    /// (19), ChromeOS Connected Input Devices (20), ChromeOS Traffic Counters (21), ChromeOS
    /// Virtual Keyboard (22), ChromeOS Network Health (23). See more details in [help
    /// article](https://support.google.com/chrome/a?p=remote-log).
    pub payload: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DirectoryChromeosdevicesIssueCommandRequest {
    /// Sets `commandType` (chainable).
    pub fn set_command_type(
        mut self,
        value: impl Into<
            crate::schemas::DirectoryChromeosdevicesIssueCommandRequestCommandType,
        >,
    ) -> Self {
        self.command_type = Some(value.into());
        self.unknown_fields.remove("commandType");
        self
    }

    /// Sends `commandType` as JSON `null`, which clears it on the server (chainable);
    /// `set_command_type` takes it back.
    #[inline]
    pub fn clear_command_type(mut self) -> Self {
        self.command_type = None;
        self.unknown_fields.insert("commandType".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for DirectoryChromeosdevicesIssueCommandRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.command_type {
            map.serialize_entry("commandType", value)?;
        }
        if let Some(value) = &self.payload {
            map.serialize_entry("payload", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryChromeosdevicesIssueCommandRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DirectoryChromeosdevicesIssueCommandRequest {
    const NAME: &'static str = "DirectoryChromeosdevicesIssueCommandRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "commandType" => self.command_type = map.next_value()?,
            "payload" => self.payload = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of command.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DirectoryChromeosdevicesIssueCommandRequestCommandType {
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

impl wire::OpenEnum for DirectoryChromeosdevicesIssueCommandRequestCommandType {
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
impl_open_enum!(DirectoryChromeosdevicesIssueCommandRequestCommandType);
