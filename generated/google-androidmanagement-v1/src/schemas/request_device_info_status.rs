use crate::runtime::{impl_open_enum, wire};

/// Status of the REQUEST_DEVICE_INFO command.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RequestDeviceInfoStatus {
    /// Information related to the EIDs of the device.
    pub eid_info: Option<crate::schemas::EidInfo>,
    /// Output only. Status of a REQUEST_DEVICE_INFO command.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub status: Option<crate::schemas::RequestDeviceInfoStatusStatus>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RequestDeviceInfoStatus {
    /// Sets `eidInfo` (chainable).
    pub fn set_eid_info(mut self, value: impl Into<crate::schemas::EidInfo>) -> Self {
        self.eid_info = Some(value.into());
        self.unknown_fields.remove("eidInfo");
        self
    }

    /// Sends `eidInfo` as JSON `null`, which clears it on the server (chainable); `set_eid_info`
    /// takes it back.
    #[inline]
    pub fn clear_eid_info(mut self) -> Self {
        self.eid_info = None;
        self.unknown_fields.insert("eidInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `status` (chainable).
    pub fn set_status(
        mut self,
        value: impl Into<crate::schemas::RequestDeviceInfoStatusStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self.unknown_fields.remove("status");
        self
    }

    /// Sends `status` as JSON `null`, which clears it on the server (chainable); `set_status` takes
    /// it back.
    #[inline]
    pub fn clear_status(mut self) -> Self {
        self.status = None;
        self.unknown_fields.insert("status".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RequestDeviceInfoStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.eid_info {
            map.serialize_entry("eidInfo", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RequestDeviceInfoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RequestDeviceInfoStatus {
    const NAME: &'static str = "RequestDeviceInfoStatus";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "eidInfo" => self.eid_info = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. Status of a REQUEST_DEVICE_INFO command.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RequestDeviceInfoStatusStatus {
    /// Unspecified. This value is not used.
    ///
    /// `STATUS_UNSPECIFIED` on the wire.
    #[default]
    StatusUnspecified,
    /// Device information has been successfully delivered.
    ///
    /// `SUCCEEDED` on the wire.
    Succeeded,
    /// The user has not completed the actions required to share device information.
    ///
    /// `PENDING_USER_ACTION` on the wire.
    PendingUserAction,
    /// The user declined sharing device information.
    ///
    /// `USER_DECLINED` on the wire.
    UserDeclined,
    /// The requested device info is not supported on this device, e.g. eSIM is not supported on the
    /// device.
    ///
    /// `UNSUPPORTED` on the wire.
    Unsupported,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for RequestDeviceInfoStatusStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::StatusUnspecified => "STATUS_UNSPECIFIED",
            Self::Succeeded => "SUCCEEDED",
            Self::PendingUserAction => "PENDING_USER_ACTION",
            Self::UserDeclined => "USER_DECLINED",
            Self::Unsupported => "UNSUPPORTED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "STATUS_UNSPECIFIED" => Self::StatusUnspecified,
            "SUCCEEDED" => Self::Succeeded,
            "PENDING_USER_ACTION" => Self::PendingUserAction,
            "USER_DECLINED" => Self::UserDeclined,
            "UNSUPPORTED" => Self::Unsupported,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(RequestDeviceInfoStatusStatus);
