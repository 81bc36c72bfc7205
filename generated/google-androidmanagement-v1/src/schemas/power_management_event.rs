use crate::runtime::{impl_open_enum, wire, Timestamp};

/// A power management event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PowerManagementEvent {
    /// For BATTERY_LEVEL_COLLECTED events, the battery level as a percentage.
    pub battery_level: Option<f32>,
    /// The creation time of the event.
    pub create_time: Option<Timestamp>,
    /// Event type.
    pub event_type: Option<crate::schemas::PowerManagementEventEventType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PowerManagementEvent {
    /// Sets `batteryLevel` (chainable).
    pub fn set_battery_level(mut self, value: impl Into<f32>) -> Self {
        self.battery_level = Some(value.into());
        self.unknown_fields.remove("batteryLevel");
        self
    }

    /// Sends `batteryLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_battery_level` takes it back.
    #[inline]
    pub fn clear_battery_level(mut self) -> Self {
        self.battery_level = None;
        self.unknown_fields.insert("batteryLevel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `createTime` (chainable).
    pub fn set_create_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self.unknown_fields.remove("createTime");
        self
    }

    /// Sends `createTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_time` takes it back.
    #[inline]
    pub fn clear_create_time(mut self) -> Self {
        self.create_time = None;
        self.unknown_fields.insert("createTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `eventType` (chainable).
    pub fn set_event_type(
        mut self,
        value: impl Into<crate::schemas::PowerManagementEventEventType>,
    ) -> Self {
        self.event_type = Some(value.into());
        self.unknown_fields.remove("eventType");
        self
    }

    /// Sends `eventType` as JSON `null`, which clears it on the server (chainable);
    /// `set_event_type` takes it back.
    #[inline]
    pub fn clear_event_type(mut self) -> Self {
        self.event_type = None;
        self.unknown_fields.insert("eventType".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PowerManagementEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.battery_level {
            map.serialize_entry("batteryLevel", value)?;
        }
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("eventType", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PowerManagementEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PowerManagementEvent {
    const NAME: &'static str = "PowerManagementEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "batteryLevel" => self.battery_level = map.next_value()?,
            "createTime" => self.create_time = map.next_value()?,
            "eventType" => self.event_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Event type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PowerManagementEventEventType {
    /// Unspecified. No events have this type.
    ///
    /// `POWER_MANAGEMENT_EVENT_TYPE_UNSPECIFIED` on the wire.
    #[default]
    PowerManagementEventTypeUnspecified,
    /// Battery level was measured.
    ///
    /// `BATTERY_LEVEL_COLLECTED` on the wire.
    BatteryLevelCollected,
    /// The device started charging.
    ///
    /// `POWER_CONNECTED` on the wire.
    PowerConnected,
    /// The device stopped charging.
    ///
    /// `POWER_DISCONNECTED` on the wire.
    PowerDisconnected,
    /// The device entered low-power mode.
    ///
    /// `BATTERY_LOW` on the wire.
    BatteryLow,
    /// The device exited low-power mode.
    ///
    /// `BATTERY_OKAY` on the wire.
    BatteryOkay,
    /// The device booted.
    ///
    /// `BOOT_COMPLETED` on the wire.
    BootCompleted,
    /// The device shut down.
    ///
    /// `SHUTDOWN` on the wire.
    Shutdown,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PowerManagementEventEventType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PowerManagementEventTypeUnspecified => {
                "POWER_MANAGEMENT_EVENT_TYPE_UNSPECIFIED"
            }
            Self::BatteryLevelCollected => "BATTERY_LEVEL_COLLECTED",
            Self::PowerConnected => "POWER_CONNECTED",
            Self::PowerDisconnected => "POWER_DISCONNECTED",
            Self::BatteryLow => "BATTERY_LOW",
            Self::BatteryOkay => "BATTERY_OKAY",
            Self::BootCompleted => "BOOT_COMPLETED",
            Self::Shutdown => "SHUTDOWN",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "POWER_MANAGEMENT_EVENT_TYPE_UNSPECIFIED" => {
                Self::PowerManagementEventTypeUnspecified
            }
            "BATTERY_LEVEL_COLLECTED" => Self::BatteryLevelCollected,
            "POWER_CONNECTED" => Self::PowerConnected,
            "POWER_DISCONNECTED" => Self::PowerDisconnected,
            "BATTERY_LOW" => Self::BatteryLow,
            "BATTERY_OKAY" => Self::BatteryOkay,
            "BOOT_COMPLETED" => Self::BootCompleted,
            "SHUTDOWN" => Self::Shutdown,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PowerManagementEventEventType);
