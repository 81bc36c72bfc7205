use crate::runtime::{impl_open_enum, wire};

/// Configuration for managing system updatesNote: Google Play system updates
/// (<https://source.android.com/docs/core/ota/modular-system>) (also called Mainline updates)
/// are automatically downloaded but require a device reboot to be installed. Refer to the
/// mainline section in Manage system updates
/// (<https://developer.android.com/work/dpc/system-updates#mainline>) for further details.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SystemUpdate {
    /// If the type is WINDOWED, the end of the maintenance window, measured as the number of
    /// minutes after midnight in device's local time. This value must be between 0 and 1439,
    /// inclusive. If this value is less than start_minutes, then the maintenance window spans
    /// midnight. If the maintenance window specified is smaller than 30 minutes, the actual window
    /// is extended to 30 minutes beyond the start time.
    pub end_minutes: Option<i32>,
    /// An annually repeating time period in which over-the-air (OTA) system updates are postponed
    /// to freeze the OS version running on a device. To prevent freezing the device indefinitely,
    /// each freeze period must be separated by at least 60 days.
    pub freeze_periods: Option<Vec<crate::schemas::FreezePeriod>>,
    /// If the type is WINDOWED, the start of the maintenance window, measured as the number of
    /// minutes after midnight in the device's local time. This value must be between 0 and 1439,
    /// inclusive.
    pub start_minutes: Option<i32>,
    /// The type of system update to configure.
    pub type_: Option<crate::schemas::SystemUpdateType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SystemUpdate {
    /// Sets `endMinutes` (chainable).
    pub fn set_end_minutes(mut self, value: impl Into<i32>) -> Self {
        self.end_minutes = Some(value.into());
        self.unknown_fields.remove("endMinutes");
        self
    }

    /// Sends `endMinutes` as JSON `null`, which clears it on the server (chainable);
    /// `set_end_minutes` takes it back.
    #[inline]
    pub fn clear_end_minutes(mut self) -> Self {
        self.end_minutes = None;
        self.unknown_fields.insert("endMinutes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `freezePeriods` (chainable).
    pub fn set_freeze_periods(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::FreezePeriod>>,
    ) -> Self {
        self.freeze_periods = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("freezePeriods");
        self
    }

    /// Sends `freezePeriods` as JSON `null`, which clears it on the server (chainable);
    /// `set_freeze_periods` takes it back.
    #[inline]
    pub fn clear_freeze_periods(mut self) -> Self {
        self.freeze_periods = None;
        self.unknown_fields.insert("freezePeriods".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startMinutes` (chainable).
    pub fn set_start_minutes(mut self, value: impl Into<i32>) -> Self {
        self.start_minutes = Some(value.into());
        self.unknown_fields.remove("startMinutes");
        self
    }

    /// Sends `startMinutes` as JSON `null`, which clears it on the server (chainable);
    /// `set_start_minutes` takes it back.
    #[inline]
    pub fn clear_start_minutes(mut self) -> Self {
        self.start_minutes = None;
        self.unknown_fields.insert("startMinutes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(
        mut self,
        value: impl Into<crate::schemas::SystemUpdateType>,
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

impl serde::Serialize for SystemUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.end_minutes {
            map.serialize_entry("endMinutes", value)?;
        }
        if let Some(value) = &self.freeze_periods {
            map.serialize_entry("freezePeriods", value)?;
        }
        if let Some(value) = &self.start_minutes {
            map.serialize_entry("startMinutes", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SystemUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SystemUpdate {
    const NAME: &'static str = "SystemUpdate";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "endMinutes" => self.end_minutes = map.next_value()?,
            "freezePeriods" => self.freeze_periods = map.next_value()?,
            "startMinutes" => self.start_minutes = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of system update to configure.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SystemUpdateType {
    /// Follow the default update behavior for the device, which typically requires the user to
    /// accept system updates.
    ///
    /// `SYSTEM_UPDATE_TYPE_UNSPECIFIED` on the wire.
    #[default]
    SystemUpdateTypeUnspecified,
    /// Install automatically as soon as an update is available.
    ///
    /// `AUTOMATIC` on the wire.
    Automatic,
    /// Install automatically within a daily maintenance window. This also configures Play apps to
    /// be updated within the window. This is strongly recommended for kiosk devices because this is
    /// the only way apps persistently pinned to the foreground can be updated by Play.If
    /// autoUpdateMode is set to AUTO_UPDATE_HIGH_PRIORITY for an app, then the maintenance window
    /// is ignored for that app and it is updated as soon as possible even outside of the
    /// maintenance window.
    ///
    /// `WINDOWED` on the wire.
    Windowed,
    /// Postpone automatic install up to a maximum of 30 days. This policy does not affect security
    /// updates (e.g. monthly security patches).
    ///
    /// `POSTPONE` on the wire.
    Postpone,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for SystemUpdateType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SystemUpdateTypeUnspecified => "SYSTEM_UPDATE_TYPE_UNSPECIFIED",
            Self::Automatic => "AUTOMATIC",
            Self::Windowed => "WINDOWED",
            Self::Postpone => "POSTPONE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SYSTEM_UPDATE_TYPE_UNSPECIFIED" => Self::SystemUpdateTypeUnspecified,
            "AUTOMATIC" => Self::Automatic,
            "WINDOWED" => Self::Windowed,
            "POSTPONE" => Self::Postpone,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(SystemUpdateType);
