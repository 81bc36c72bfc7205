use crate::runtime::wire;

/// Represents a time of day. The date and time zone are either not significant or are specified
/// elsewhere. An API may choose to allow leap seconds. Related types are google.type.Date and
/// google.protobuf.Timestamp.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TimeOfDay {
    /// Hours of a day in 24 hour format. Must be greater than or equal to 0 and typically must be
    /// less than or equal to 23. An API may choose to allow the value "24:00:00" for scenarios like
    /// business closing time.
    pub hours: Option<i32>,
    /// Minutes of an hour. Must be greater than or equal to 0 and less than or equal to 59.
    pub minutes: Option<i32>,
    /// Fractions of seconds, in nanoseconds. Must be greater than or equal to 0 and less than or
    /// equal to 999,999,999.
    pub nanos: Option<i32>,
    /// Seconds of a minute. Must be greater than or equal to 0 and typically must be less than or
    /// equal to 59. An API may allow the value 60 if it allows leap-seconds.
    pub seconds: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl TimeOfDay {
    /// Sets `hours` (chainable).
    pub fn set_hours(mut self, value: impl Into<i32>) -> Self {
        self.hours = Some(value.into());
        self.unknown_fields.remove("hours");
        self
    }

    /// Sends `hours` as JSON `null`, which clears it on the server (chainable); `set_hours` takes
    /// it back.
    #[inline]
    pub fn clear_hours(mut self) -> Self {
        self.hours = None;
        self.unknown_fields.insert("hours".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `minutes` (chainable).
    pub fn set_minutes(mut self, value: impl Into<i32>) -> Self {
        self.minutes = Some(value.into());
        self.unknown_fields.remove("minutes");
        self
    }

    /// Sends `minutes` as JSON `null`, which clears it on the server (chainable); `set_minutes`
    /// takes it back.
    #[inline]
    pub fn clear_minutes(mut self) -> Self {
        self.minutes = None;
        self.unknown_fields.insert("minutes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nanos` (chainable).
    pub fn set_nanos(mut self, value: impl Into<i32>) -> Self {
        self.nanos = Some(value.into());
        self.unknown_fields.remove("nanos");
        self
    }

    /// Sends `nanos` as JSON `null`, which clears it on the server (chainable); `set_nanos` takes
    /// it back.
    #[inline]
    pub fn clear_nanos(mut self) -> Self {
        self.nanos = None;
        self.unknown_fields.insert("nanos".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `seconds` (chainable).
    pub fn set_seconds(mut self, value: impl Into<i32>) -> Self {
        self.seconds = Some(value.into());
        self.unknown_fields.remove("seconds");
        self
    }

    /// Sends `seconds` as JSON `null`, which clears it on the server (chainable); `set_seconds`
    /// takes it back.
    #[inline]
    pub fn clear_seconds(mut self) -> Self {
        self.seconds = None;
        self.unknown_fields.insert("seconds".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.hours {
            map.serialize_entry("hours", value)?;
        }
        if let Some(value) = &self.minutes {
            map.serialize_entry("minutes", value)?;
        }
        if let Some(value) = &self.nanos {
            map.serialize_entry("nanos", value)?;
        }
        if let Some(value) = &self.seconds {
            map.serialize_entry("seconds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for TimeOfDay {
    const NAME: &'static str = "TimeOfDay";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "hours" => self.hours = map.next_value()?,
            "minutes" => self.minutes = map.next_value()?,
            "nanos" => self.nanos = map.next_value()?,
            "seconds" => self.seconds = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
