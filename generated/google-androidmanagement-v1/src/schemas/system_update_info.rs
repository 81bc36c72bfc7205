use crate::runtime::{impl_open_enum, wire, Timestamp};

/// Information about a potential pending system update.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SystemUpdateInfo {
    /// The time when the update was first available. A zero value indicates that this field is not
    /// set. This field is set only if an update is available (that is, updateStatus is neither
    /// UPDATE_STATUS_UNKNOWN nor UP_TO_DATE).
    pub update_received_time: Option<Timestamp>,
    /// The status of an update: whether an update exists and what type it is.
    pub update_status: Option<crate::schemas::SystemUpdateInfoUpdateStatus>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SystemUpdateInfo {
    /// Sets `updateReceivedTime` (chainable).
    pub fn set_update_received_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.update_received_time = Some(value.into());
        self.unknown_fields.remove("updateReceivedTime");
        self
    }

    /// Sends `updateReceivedTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_received_time` takes it back.
    #[inline]
    pub fn clear_update_received_time(mut self) -> Self {
        self.update_received_time = None;
        self.unknown_fields
            .insert("updateReceivedTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updateStatus` (chainable).
    pub fn set_update_status(
        mut self,
        value: impl Into<crate::schemas::SystemUpdateInfoUpdateStatus>,
    ) -> Self {
        self.update_status = Some(value.into());
        self.unknown_fields.remove("updateStatus");
        self
    }

    /// Sends `updateStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_status` takes it back.
    #[inline]
    pub fn clear_update_status(mut self) -> Self {
        self.update_status = None;
        self.unknown_fields.insert("updateStatus".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SystemUpdateInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.update_received_time {
            map.serialize_entry("updateReceivedTime", value)?;
        }
        if let Some(value) = &self.update_status {
            map.serialize_entry("updateStatus", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SystemUpdateInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SystemUpdateInfo {
    const NAME: &'static str = "SystemUpdateInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "updateReceivedTime" => self.update_received_time = map.next_value()?,
            "updateStatus" => self.update_status = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The status of an update: whether an update exists and what type it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SystemUpdateInfoUpdateStatus {
    /// It is unknown whether there is a pending system update. This happens when, for example, the
    /// device API level is less than 26, or if the version of Android Device Policy is outdated.
    ///
    /// `UPDATE_STATUS_UNKNOWN` on the wire.
    #[default]
    UpdateStatusUnknown,
    /// There is no pending system update available on the device.
    ///
    /// `UP_TO_DATE` on the wire.
    UpToDate,
    /// There is a pending system update available, but its type is not known.
    ///
    /// `UNKNOWN_UPDATE_AVAILABLE` on the wire.
    UnknownUpdateAvailable,
    /// There is a pending security update available.
    ///
    /// `SECURITY_UPDATE_AVAILABLE` on the wire.
    SecurityUpdateAvailable,
    /// There is a pending OS update available.
    ///
    /// `OS_UPDATE_AVAILABLE` on the wire.
    OsUpdateAvailable,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for SystemUpdateInfoUpdateStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UpdateStatusUnknown => "UPDATE_STATUS_UNKNOWN",
            Self::UpToDate => "UP_TO_DATE",
            Self::UnknownUpdateAvailable => "UNKNOWN_UPDATE_AVAILABLE",
            Self::SecurityUpdateAvailable => "SECURITY_UPDATE_AVAILABLE",
            Self::OsUpdateAvailable => "OS_UPDATE_AVAILABLE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "UPDATE_STATUS_UNKNOWN" => Self::UpdateStatusUnknown,
            "UP_TO_DATE" => Self::UpToDate,
            "UNKNOWN_UPDATE_AVAILABLE" => Self::UnknownUpdateAvailable,
            "SECURITY_UPDATE_AVAILABLE" => Self::SecurityUpdateAvailable,
            "OS_UPDATE_AVAILABLE" => Self::OsUpdateAvailable,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(SystemUpdateInfoUpdateStatus);
