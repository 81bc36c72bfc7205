use crate::runtime::wire;

/// Represents a whole or partial calendar date, such as a birthday. The time of day and time
/// zone are either specified elsewhere or are insignificant. The date is relative to the
/// Gregorian Calendar. This can represent one of the following: A full date, with non-zero
/// year, month, and day values. A month and day, with a zero year (for example, an
/// anniversary). A year on its own, with a zero month and a zero day. A year and month, with a
/// zero day (for example, a credit card expiration date).Related types: google.type.TimeOfDay
/// google.type.DateTime google.protobuf.Timestamp
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Date {
    /// Day of a month. Must be from 1 to 31 and valid for the year and month, or 0 to specify a
    /// year by itself or a year and month where the day isn't significant.
    pub day: Option<i32>,
    /// Month of a year. Must be from 1 to 12, or 0 to specify a year without a month and day.
    pub month: Option<i32>,
    /// Year of the date. Must be from 1 to 9999, or 0 to specify a date without a year.
    pub year: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Date {
    /// Sets `day` (chainable).
    pub fn set_day(mut self, value: impl Into<i32>) -> Self {
        self.day = Some(value.into());
        self.unknown_fields.remove("day");
        self
    }

    /// Sends `day` as JSON `null`, which clears it on the server (chainable); `set_day` takes it
    /// back.
    #[inline]
    pub fn clear_day(mut self) -> Self {
        self.day = None;
        self.unknown_fields.insert("day".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `month` (chainable).
    pub fn set_month(mut self, value: impl Into<i32>) -> Self {
        self.month = Some(value.into());
        self.unknown_fields.remove("month");
        self
    }

    /// Sends `month` as JSON `null`, which clears it on the server (chainable); `set_month` takes
    /// it back.
    #[inline]
    pub fn clear_month(mut self) -> Self {
        self.month = None;
        self.unknown_fields.insert("month".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `year` (chainable).
    pub fn set_year(mut self, value: impl Into<i32>) -> Self {
        self.year = Some(value.into());
        self.unknown_fields.remove("year");
        self
    }

    /// Sends `year` as JSON `null`, which clears it on the server (chainable); `set_year` takes it
    /// back.
    #[inline]
    pub fn clear_year(mut self) -> Self {
        self.year = None;
        self.unknown_fields.insert("year".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.day {
            map.serialize_entry("day", value)?;
        }
        if let Some(value) = &self.month {
            map.serialize_entry("month", value)?;
        }
        if let Some(value) = &self.year {
            map.serialize_entry("year", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Date {
    const NAME: &'static str = "Date";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "day" => self.day = map.next_value()?,
            "month" => self.month = map.next_value()?,
            "year" => self.year = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
