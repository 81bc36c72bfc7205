use crate::runtime::{impl_open_enum, wire, Timestamp};

/// An event related to memory and storage measurements.To distinguish between new and old
/// events, we recommend using the createTime field.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MemoryEvent {
    /// The number of free bytes in the medium, or for EXTERNAL_STORAGE_DETECTED, the total capacity
    /// in bytes of the storage medium.
    pub byte_count: Option<i64>,
    /// The creation time of the event.
    pub create_time: Option<Timestamp>,
    /// Event type.
    pub event_type: Option<crate::schemas::MemoryEventEventType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MemoryEvent {
    /// Sets `byteCount` (chainable).
    pub fn set_byte_count(mut self, value: impl Into<i64>) -> Self {
        self.byte_count = Some(value.into());
        self.unknown_fields.remove("byteCount");
        self
    }

    /// Sends `byteCount` as JSON `null`, which clears it on the server (chainable);
    /// `set_byte_count` takes it back.
    #[inline]
    pub fn clear_byte_count(mut self) -> Self {
        self.byte_count = None;
        self.unknown_fields.insert("byteCount".to_owned(), serde_json::Value::Null);
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
        value: impl Into<crate::schemas::MemoryEventEventType>,
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

impl serde::Serialize for MemoryEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.byte_count.is_some() {
            map.serialize_entry(
                "byteCount",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.byte_count),
            )?;
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

impl<'de> serde::Deserialize<'de> for MemoryEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MemoryEvent {
    const NAME: &'static str = "MemoryEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "byteCount" => {
                self.byte_count = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
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
pub enum MemoryEventEventType {
    /// Unspecified. No events have this type.
    ///
    /// `MEMORY_EVENT_TYPE_UNSPECIFIED` on the wire.
    #[default]
    MemoryEventTypeUnspecified,
    /// Free space in RAM was measured.
    ///
    /// `RAM_MEASURED` on the wire.
    RamMeasured,
    /// Free space in internal storage was measured.
    ///
    /// `INTERNAL_STORAGE_MEASURED` on the wire.
    InternalStorageMeasured,
    /// A new external storage medium was detected. The reported byte count is the total capacity of
    /// the storage medium.
    ///
    /// `EXTERNAL_STORAGE_DETECTED` on the wire.
    ExternalStorageDetected,
    /// An external storage medium was removed. The reported byte count is zero.
    ///
    /// `EXTERNAL_STORAGE_REMOVED` on the wire.
    ExternalStorageRemoved,
    /// Free space in an external storage medium was measured.
    ///
    /// `EXTERNAL_STORAGE_MEASURED` on the wire.
    ExternalStorageMeasured,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for MemoryEventEventType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::MemoryEventTypeUnspecified => "MEMORY_EVENT_TYPE_UNSPECIFIED",
            Self::RamMeasured => "RAM_MEASURED",
            Self::InternalStorageMeasured => "INTERNAL_STORAGE_MEASURED",
            Self::ExternalStorageDetected => "EXTERNAL_STORAGE_DETECTED",
            Self::ExternalStorageRemoved => "EXTERNAL_STORAGE_REMOVED",
            Self::ExternalStorageMeasured => "EXTERNAL_STORAGE_MEASURED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "MEMORY_EVENT_TYPE_UNSPECIFIED" => Self::MemoryEventTypeUnspecified,
            "RAM_MEASURED" => Self::RamMeasured,
            "INTERNAL_STORAGE_MEASURED" => Self::InternalStorageMeasured,
            "EXTERNAL_STORAGE_DETECTED" => Self::ExternalStorageDetected,
            "EXTERNAL_STORAGE_REMOVED" => Self::ExternalStorageRemoved,
            "EXTERNAL_STORAGE_MEASURED" => Self::ExternalStorageMeasured,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(MemoryEventEventType);
