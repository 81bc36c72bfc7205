use crate::runtime::{impl_open_enum, wire, Duration};

/// A predicate is something that can be evaluated on a device at any point of time, to return
/// true or false. This is the conjunction (logical AND) of all the individual conditions
/// defined here. An empty Predicate always evaluates to true.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Predicate {
    /// Optional. A lower bound on the current date, in the device time zone. If not set, always
    /// evaluates to true.
    pub date_lower_bound: Option<crate::schemas::Date>,
    /// Optional. An upper bound on the current date, in the device time zone. If not set, always
    /// evaluates to true.
    pub date_upper_bound: Option<crate::schemas::Date>,
    /// Optional. Evaluates to true if this list is empty or if the current day of the week in the
    /// device's local time is in this list.
    pub days_of_week: Option<Vec<crate::schemas::PredicateDaysOfWeek>>,
    /// Optional. A lower bound on the current time of the day, evaluated as hh:00:00 in the device
    /// time zone. Must specify only the hour (0-23). The policy will be rejected if minutes,
    /// seconds, or nanos are set. If not set, always evaluates to true.
    pub time_of_day_lower_bound: Option<crate::schemas::TimeOfDay>,
    /// Optional. An upper bound on the current time of the day, evaluated as hh:00:00 in the device
    /// time zone. Must specify only the hour (0-23). The policy will be rejected if minutes,
    /// seconds, or nanos are set. If not set, always evaluates to true.The window closes at the
    /// specified hour (for example, a lower bound of 14 and an upper bound of 15 covers 14:00 to
    /// 15:00). When both bounds are set in the same rule, timeOfDayUpperBound must be strictly
    /// greater than timeOfDayLowerBound for the window to match; if timeOfDayUpperBound is less
    /// than or equal to timeOfDayLowerBound, the predicate evaluates to false. Setting
    /// timeOfDayUpperBound to 0 (00:00) evaluates to false for the entire day. To extend a window
    /// to the end of the day (24:00), omit timeOfDayUpperBound. To define an overnight window
    /// spanning midnight, use two rules: an evening rule with only timeOfDayLowerBound set and a
    /// morning rule with only timeOfDayUpperBound set (targeting the following day if daysOfWeek is
    /// set).
    pub time_of_day_upper_bound: Option<crate::schemas::TimeOfDay>,
    /// Optional. A lower bound on the amount of time for which the update (that is, the specific
    /// build or version) has been available to the device. This must be a multiple of 24 hours.
    pub update_age_lower_bound: Option<Duration>,
    /// Optional. An upper bound on the amount of time for which the update has been available. If
    /// not set or set to zero, always evaluates to true. This must be a multiple of 24 hours.
    pub update_age_upper_bound: Option<Duration>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Predicate {
    /// Sets `dateLowerBound` (chainable).
    pub fn set_date_lower_bound(
        mut self,
        value: impl Into<crate::schemas::Date>,
    ) -> Self {
        self.date_lower_bound = Some(value.into());
        self.unknown_fields.remove("dateLowerBound");
        self
    }

    /// Sends `dateLowerBound` as JSON `null`, which clears it on the server (chainable);
    /// `set_date_lower_bound` takes it back.
    #[inline]
    pub fn clear_date_lower_bound(mut self) -> Self {
        self.date_lower_bound = None;
        self.unknown_fields.insert("dateLowerBound".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dateUpperBound` (chainable).
    pub fn set_date_upper_bound(
        mut self,
        value: impl Into<crate::schemas::Date>,
    ) -> Self {
        self.date_upper_bound = Some(value.into());
        self.unknown_fields.remove("dateUpperBound");
        self
    }

    /// Sends `dateUpperBound` as JSON `null`, which clears it on the server (chainable);
    /// `set_date_upper_bound` takes it back.
    #[inline]
    pub fn clear_date_upper_bound(mut self) -> Self {
        self.date_upper_bound = None;
        self.unknown_fields.insert("dateUpperBound".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `daysOfWeek` (chainable).
    pub fn set_days_of_week(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PredicateDaysOfWeek>>,
    ) -> Self {
        self.days_of_week = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("daysOfWeek");
        self
    }

    /// Sends `daysOfWeek` as JSON `null`, which clears it on the server (chainable);
    /// `set_days_of_week` takes it back.
    #[inline]
    pub fn clear_days_of_week(mut self) -> Self {
        self.days_of_week = None;
        self.unknown_fields.insert("daysOfWeek".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `timeOfDayLowerBound` (chainable).
    pub fn set_time_of_day_lower_bound(
        mut self,
        value: impl Into<crate::schemas::TimeOfDay>,
    ) -> Self {
        self.time_of_day_lower_bound = Some(value.into());
        self.unknown_fields.remove("timeOfDayLowerBound");
        self
    }

    /// Sends `timeOfDayLowerBound` as JSON `null`, which clears it on the server (chainable);
    /// `set_time_of_day_lower_bound` takes it back.
    #[inline]
    pub fn clear_time_of_day_lower_bound(mut self) -> Self {
        self.time_of_day_lower_bound = None;
        self.unknown_fields
            .insert("timeOfDayLowerBound".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `timeOfDayUpperBound` (chainable).
    pub fn set_time_of_day_upper_bound(
        mut self,
        value: impl Into<crate::schemas::TimeOfDay>,
    ) -> Self {
        self.time_of_day_upper_bound = Some(value.into());
        self.unknown_fields.remove("timeOfDayUpperBound");
        self
    }

    /// Sends `timeOfDayUpperBound` as JSON `null`, which clears it on the server (chainable);
    /// `set_time_of_day_upper_bound` takes it back.
    #[inline]
    pub fn clear_time_of_day_upper_bound(mut self) -> Self {
        self.time_of_day_upper_bound = None;
        self.unknown_fields
            .insert("timeOfDayUpperBound".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updateAgeLowerBound` (chainable).
    pub fn set_update_age_lower_bound(mut self, value: impl Into<Duration>) -> Self {
        self.update_age_lower_bound = Some(value.into());
        self.unknown_fields.remove("updateAgeLowerBound");
        self
    }

    /// Sends `updateAgeLowerBound` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_age_lower_bound` takes it back.
    #[inline]
    pub fn clear_update_age_lower_bound(mut self) -> Self {
        self.update_age_lower_bound = None;
        self.unknown_fields
            .insert("updateAgeLowerBound".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updateAgeUpperBound` (chainable).
    pub fn set_update_age_upper_bound(mut self, value: impl Into<Duration>) -> Self {
        self.update_age_upper_bound = Some(value.into());
        self.unknown_fields.remove("updateAgeUpperBound");
        self
    }

    /// Sends `updateAgeUpperBound` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_age_upper_bound` takes it back.
    #[inline]
    pub fn clear_update_age_upper_bound(mut self) -> Self {
        self.update_age_upper_bound = None;
        self.unknown_fields
            .insert("updateAgeUpperBound".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Predicate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.date_lower_bound {
            map.serialize_entry("dateLowerBound", value)?;
        }
        if let Some(value) = &self.date_upper_bound {
            map.serialize_entry("dateUpperBound", value)?;
        }
        if let Some(value) = &self.days_of_week {
            map.serialize_entry("daysOfWeek", value)?;
        }
        if let Some(value) = &self.time_of_day_lower_bound {
            map.serialize_entry("timeOfDayLowerBound", value)?;
        }
        if let Some(value) = &self.time_of_day_upper_bound {
            map.serialize_entry("timeOfDayUpperBound", value)?;
        }
        if let Some(value) = &self.update_age_lower_bound {
            map.serialize_entry("updateAgeLowerBound", value)?;
        }
        if let Some(value) = &self.update_age_upper_bound {
            map.serialize_entry("updateAgeUpperBound", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Predicate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Predicate {
    const NAME: &'static str = "Predicate";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "dateLowerBound" => self.date_lower_bound = map.next_value()?,
            "dateUpperBound" => self.date_upper_bound = map.next_value()?,
            "daysOfWeek" => self.days_of_week = map.next_value()?,
            "timeOfDayLowerBound" => self.time_of_day_lower_bound = map.next_value()?,
            "timeOfDayUpperBound" => self.time_of_day_upper_bound = map.next_value()?,
            "updateAgeLowerBound" => self.update_age_lower_bound = map.next_value()?,
            "updateAgeUpperBound" => self.update_age_upper_bound = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PredicateDaysOfWeek {
    /// The day of the week is unspecified.
    ///
    /// `DAY_OF_WEEK_UNSPECIFIED` on the wire.
    #[default]
    DayOfWeekUnspecified,
    /// Monday
    ///
    /// `MONDAY` on the wire.
    Monday,
    /// Tuesday
    ///
    /// `TUESDAY` on the wire.
    Tuesday,
    /// Wednesday
    ///
    /// `WEDNESDAY` on the wire.
    Wednesday,
    /// Thursday
    ///
    /// `THURSDAY` on the wire.
    Thursday,
    /// Friday
    ///
    /// `FRIDAY` on the wire.
    Friday,
    /// Saturday
    ///
    /// `SATURDAY` on the wire.
    Saturday,
    /// Sunday
    ///
    /// `SUNDAY` on the wire.
    Sunday,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PredicateDaysOfWeek {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DayOfWeekUnspecified => "DAY_OF_WEEK_UNSPECIFIED",
            Self::Monday => "MONDAY",
            Self::Tuesday => "TUESDAY",
            Self::Wednesday => "WEDNESDAY",
            Self::Thursday => "THURSDAY",
            Self::Friday => "FRIDAY",
            Self::Saturday => "SATURDAY",
            Self::Sunday => "SUNDAY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DAY_OF_WEEK_UNSPECIFIED" => Self::DayOfWeekUnspecified,
            "MONDAY" => Self::Monday,
            "TUESDAY" => Self::Tuesday,
            "WEDNESDAY" => Self::Wednesday,
            "THURSDAY" => Self::Thursday,
            "FRIDAY" => Self::Friday,
            "SATURDAY" => Self::Saturday,
            "SUNDAY" => Self::Sunday,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PredicateDaysOfWeek);
