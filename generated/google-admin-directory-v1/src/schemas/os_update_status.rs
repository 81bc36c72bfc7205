use crate::runtime::{impl_open_enum, wire};

/// Contains information regarding the current OS update status.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OsUpdateStatus {
    /// Date and time of the last reboot.
    pub reboot_time: Option<String>,
    /// The update state of an OS update.
    pub state: Option<crate::schemas::OsUpdateStatusState>,
    /// New required platform version from the pending updated kiosk app.
    pub target_kiosk_app_version: Option<String>,
    /// New platform version of the OS image being downloaded and applied. It is only set when
    /// update status is UPDATE_STATUS_DOWNLOAD_IN_PROGRESS or UPDATE_STATUS_NEED_REBOOT. Note this
    /// could be a dummy "0.0.0.0" for UPDATE_STATUS_NEED_REBOOT for some edge cases, e.g. update
    /// engine is restarted without a reboot.
    pub target_os_version: Option<String>,
    /// Date and time of the last update check.
    pub update_check_time: Option<String>,
    /// Date and time of the last successful OS update.
    pub update_time: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl OsUpdateStatus {
    /// Sets `rebootTime` (chainable).
    pub fn set_reboot_time(mut self, value: impl Into<String>) -> Self {
        self.reboot_time = Some(value.into());
        self.unknown_fields.remove("rebootTime");
        self
    }

    /// Sends `rebootTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_reboot_time` takes it back.
    #[inline]
    pub fn clear_reboot_time(mut self) -> Self {
        self.reboot_time = None;
        self.unknown_fields.insert("rebootTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(
        mut self,
        value: impl Into<crate::schemas::OsUpdateStatusState>,
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

    /// Sets `targetKioskAppVersion` (chainable).
    pub fn set_target_kiosk_app_version(mut self, value: impl Into<String>) -> Self {
        self.target_kiosk_app_version = Some(value.into());
        self.unknown_fields.remove("targetKioskAppVersion");
        self
    }

    /// Sends `targetKioskAppVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_target_kiosk_app_version` takes it back.
    #[inline]
    pub fn clear_target_kiosk_app_version(mut self) -> Self {
        self.target_kiosk_app_version = None;
        self.unknown_fields
            .insert("targetKioskAppVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `targetOsVersion` (chainable).
    pub fn set_target_os_version(mut self, value: impl Into<String>) -> Self {
        self.target_os_version = Some(value.into());
        self.unknown_fields.remove("targetOsVersion");
        self
    }

    /// Sends `targetOsVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_target_os_version` takes it back.
    #[inline]
    pub fn clear_target_os_version(mut self) -> Self {
        self.target_os_version = None;
        self.unknown_fields
            .insert("targetOsVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updateCheckTime` (chainable).
    pub fn set_update_check_time(mut self, value: impl Into<String>) -> Self {
        self.update_check_time = Some(value.into());
        self.unknown_fields.remove("updateCheckTime");
        self
    }

    /// Sends `updateCheckTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_check_time` takes it back.
    #[inline]
    pub fn clear_update_check_time(mut self) -> Self {
        self.update_check_time = None;
        self.unknown_fields
            .insert("updateCheckTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updateTime` (chainable).
    pub fn set_update_time(mut self, value: impl Into<String>) -> Self {
        self.update_time = Some(value.into());
        self.unknown_fields.remove("updateTime");
        self
    }

    /// Sends `updateTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_time` takes it back.
    #[inline]
    pub fn clear_update_time(mut self) -> Self {
        self.update_time = None;
        self.unknown_fields.insert("updateTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for OsUpdateStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.reboot_time {
            map.serialize_entry("rebootTime", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.target_kiosk_app_version {
            map.serialize_entry("targetKioskAppVersion", value)?;
        }
        if let Some(value) = &self.target_os_version {
            map.serialize_entry("targetOsVersion", value)?;
        }
        if let Some(value) = &self.update_check_time {
            map.serialize_entry("updateCheckTime", value)?;
        }
        if let Some(value) = &self.update_time {
            map.serialize_entry("updateTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OsUpdateStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for OsUpdateStatus {
    const NAME: &'static str = "OsUpdateStatus";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "rebootTime" => self.reboot_time = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "targetKioskAppVersion" => self.target_kiosk_app_version = map.next_value()?,
            "targetOsVersion" => self.target_os_version = map.next_value()?,
            "updateCheckTime" => self.update_check_time = map.next_value()?,
            "updateTime" => self.update_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The update state of an OS update.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OsUpdateStatusState {
    /// The update state is unspecified.
    ///
    /// `updateStateUnspecified` on the wire.
    #[default]
    UpdateStateUnspecified,
    /// There is an update pending but it hasn't started.
    ///
    /// `updateStateNotStarted` on the wire.
    UpdateStateNotStarted,
    /// The pending update is being downloaded.
    ///
    /// `updateStateDownloadInProgress` on the wire.
    UpdateStateDownloadInProgress,
    /// The device is ready to install the update, but must reboot.
    ///
    /// `updateStateNeedReboot` on the wire.
    UpdateStateNeedReboot,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for OsUpdateStatusState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UpdateStateUnspecified => "updateStateUnspecified",
            Self::UpdateStateNotStarted => "updateStateNotStarted",
            Self::UpdateStateDownloadInProgress => "updateStateDownloadInProgress",
            Self::UpdateStateNeedReboot => "updateStateNeedReboot",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "updateStateUnspecified" => Self::UpdateStateUnspecified,
            "updateStateNotStarted" => Self::UpdateStateNotStarted,
            "updateStateDownloadInProgress" => Self::UpdateStateDownloadInProgress,
            "updateStateNeedReboot" => Self::UpdateStateNeedReboot,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(OsUpdateStatusState);
