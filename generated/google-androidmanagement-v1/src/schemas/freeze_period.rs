use crate::runtime::wire;

/// A system freeze period. When a device’s clock is within the freeze period, all incoming
/// system updates (including security patches) are blocked and won’t be installed.When the
/// device is outside any set freeze periods, the normal policy behavior (automatic, windowed,
/// or postponed) applies.Leap years are ignored in freeze period calculations, in particular:
/// If Feb. 29th is set as the start or end date of a freeze period, the freeze period will
/// start or end on Feb. 28th instead. When a device’s system clock reads Feb. 29th, it’s
/// treated as Feb. 28th. When calculating the number of days in a freeze period or the time
/// between two freeze periods, Feb. 29th is ignored and not counted as a day.Note: For Freeze
/// Periods to take effect, SystemUpdateType cannot be specified as
/// SYSTEM_UPDATE_TYPE_UNSPECIFIED, because freeze periods require a defined policy to be
/// specified.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FreezePeriod {
    /// The end date (inclusive) of the freeze period. Must be no later than 90 days from the start
    /// date. If the end date is earlier than the start date, the freeze period is considered
    /// wrapping year-end. Note: day and month must be set. year should not be set as it is not
    /// used. For example, {"month": 1,"date": 30}.
    pub end_date: Option<crate::schemas::Date>,
    /// The start date (inclusive) of the freeze period. Note: day and month must be set. year
    /// should not be set as it is not used. For example, {"month": 1,"date": 30}.
    pub start_date: Option<crate::schemas::Date>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl FreezePeriod {
    /// Sets `endDate` (chainable).
    pub fn set_end_date(mut self, value: impl Into<crate::schemas::Date>) -> Self {
        self.end_date = Some(value.into());
        self.unknown_fields.remove("endDate");
        self
    }

    /// Sends `endDate` as JSON `null`, which clears it on the server (chainable); `set_end_date`
    /// takes it back.
    #[inline]
    pub fn clear_end_date(mut self) -> Self {
        self.end_date = None;
        self.unknown_fields.insert("endDate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startDate` (chainable).
    pub fn set_start_date(mut self, value: impl Into<crate::schemas::Date>) -> Self {
        self.start_date = Some(value.into());
        self.unknown_fields.remove("startDate");
        self
    }

    /// Sends `startDate` as JSON `null`, which clears it on the server (chainable);
    /// `set_start_date` takes it back.
    #[inline]
    pub fn clear_start_date(mut self) -> Self {
        self.start_date = None;
        self.unknown_fields.insert("startDate".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for FreezePeriod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.end_date {
            map.serialize_entry("endDate", value)?;
        }
        if let Some(value) = &self.start_date {
            map.serialize_entry("startDate", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for FreezePeriod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for FreezePeriod {
    const NAME: &'static str = "FreezePeriod";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "endDate" => self.end_date = map.next_value()?,
            "startDate" => self.start_date = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
