use crate::runtime::{impl_open_enum, wire, Timestamp};

/// An app-related event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplicationEvent {
    /// The creation time of the event.
    pub create_time: Option<Timestamp>,
    /// App event type.
    pub event_type: Option<crate::schemas::ApplicationEventEventType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationEvent {
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
        value: impl Into<crate::schemas::ApplicationEventEventType>,
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

impl serde::Serialize for ApplicationEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
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

impl<'de> serde::Deserialize<'de> for ApplicationEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApplicationEvent {
    const NAME: &'static str = "ApplicationEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "createTime" => self.create_time = map.next_value()?,
            "eventType" => self.event_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// App event type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationEventEventType {
    /// This value is disallowed.
    ///
    /// `APPLICATION_EVENT_TYPE_UNSPECIFIED` on the wire.
    #[default]
    ApplicationEventTypeUnspecified,
    /// The app was installed.
    ///
    /// `INSTALLED` on the wire.
    Installed,
    /// The app was changed, for example, a component was enabled or disabled.
    ///
    /// `CHANGED` on the wire.
    Changed,
    /// The app data was cleared.
    ///
    /// `DATA_CLEARED` on the wire.
    DataCleared,
    /// The app was removed.
    ///
    /// `REMOVED` on the wire.
    Removed,
    /// A new version of the app has been installed, replacing the old version.
    ///
    /// `REPLACED` on the wire.
    Replaced,
    /// The app was restarted.
    ///
    /// `RESTARTED` on the wire.
    Restarted,
    /// The app was pinned to the foreground.
    ///
    /// `PINNED` on the wire.
    Pinned,
    /// The app was unpinned.
    ///
    /// `UNPINNED` on the wire.
    Unpinned,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationEventEventType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ApplicationEventTypeUnspecified => "APPLICATION_EVENT_TYPE_UNSPECIFIED",
            Self::Installed => "INSTALLED",
            Self::Changed => "CHANGED",
            Self::DataCleared => "DATA_CLEARED",
            Self::Removed => "REMOVED",
            Self::Replaced => "REPLACED",
            Self::Restarted => "RESTARTED",
            Self::Pinned => "PINNED",
            Self::Unpinned => "UNPINNED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APPLICATION_EVENT_TYPE_UNSPECIFIED" => Self::ApplicationEventTypeUnspecified,
            "INSTALLED" => Self::Installed,
            "CHANGED" => Self::Changed,
            "DATA_CLEARED" => Self::DataCleared,
            "REMOVED" => Self::Removed,
            "REPLACED" => Self::Replaced,
            "RESTARTED" => Self::Restarted,
            "PINNED" => Self::Pinned,
            "UNPINNED" => Self::Unpinned,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationEventEventType);
