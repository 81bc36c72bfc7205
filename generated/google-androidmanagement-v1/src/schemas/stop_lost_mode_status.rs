use crate::runtime::{impl_open_enum, wire};

/// Status of the STOP_LOST_MODE command to take the device out of lost mode.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StopLostModeStatus {
    /// The status. See StopLostModeStatus.
    pub status: Option<crate::schemas::StopLostModeStatusStatus>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl StopLostModeStatus {
    /// Sets `status` (chainable).
    pub fn set_status(
        mut self,
        value: impl Into<crate::schemas::StopLostModeStatusStatus>,
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

impl serde::Serialize for StopLostModeStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StopLostModeStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for StopLostModeStatus {
    const NAME: &'static str = "StopLostModeStatus";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "status" => self.status = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The status. See StopLostModeStatus.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum StopLostModeStatusStatus {
    /// Unspecified. This value is not used.
    ///
    /// `STATUS_UNSPECIFIED` on the wire.
    #[default]
    StatusUnspecified,
    /// The device was taken out of lost mode.
    ///
    /// `SUCCESS` on the wire.
    Success,
    /// The device is not in lost mode.
    ///
    /// `NOT_IN_LOST_MODE` on the wire.
    NotInLostMode,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for StopLostModeStatusStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::StatusUnspecified => "STATUS_UNSPECIFIED",
            Self::Success => "SUCCESS",
            Self::NotInLostMode => "NOT_IN_LOST_MODE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "STATUS_UNSPECIFIED" => Self::StatusUnspecified,
            "SUCCESS" => Self::Success,
            "NOT_IN_LOST_MODE" => Self::NotInLostMode,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(StopLostModeStatusStatus);
