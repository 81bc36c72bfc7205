use crate::runtime::wire;

/// Maintenance window for managed Google Play Accounts. This allows Play store to update the
/// apps on the foreground in the designated window.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MaintenanceWindow {
    /// Duration of the maintenance window, in milliseconds. The duration must be between 30 minutes
    /// and 24 hours (inclusive).
    pub duration_ms: Option<i64>,
    /// Start time of the maintenance window, in milliseconds after midnight on the device. Windows
    /// can span midnight.
    pub start_time_after_midnight_ms: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MaintenanceWindow {
    /// Sets `durationMs` (chainable).
    pub fn set_duration_ms(mut self, value: impl Into<i64>) -> Self {
        self.duration_ms = Some(value.into());
        self.unknown_fields.remove("durationMs");
        self
    }

    /// Sends `durationMs` as JSON `null`, which clears it on the server (chainable);
    /// `set_duration_ms` takes it back.
    #[inline]
    pub fn clear_duration_ms(mut self) -> Self {
        self.duration_ms = None;
        self.unknown_fields.insert("durationMs".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startTimeAfterMidnightMs` (chainable).
    pub fn set_start_time_after_midnight_ms(mut self, value: impl Into<i64>) -> Self {
        self.start_time_after_midnight_ms = Some(value.into());
        self.unknown_fields.remove("startTimeAfterMidnightMs");
        self
    }

    /// Sends `startTimeAfterMidnightMs` as JSON `null`, which clears it on the server (chainable);
    /// `set_start_time_after_midnight_ms` takes it back.
    #[inline]
    pub fn clear_start_time_after_midnight_ms(mut self) -> Self {
        self.start_time_after_midnight_ms = None;
        self.unknown_fields
            .insert("startTimeAfterMidnightMs".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for MaintenanceWindow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.duration_ms.is_some() {
            map.serialize_entry(
                "durationMs",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.duration_ms),
            )?;
        }
        if self.start_time_after_midnight_ms.is_some() {
            map.serialize_entry(
                "startTimeAfterMidnightMs",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.start_time_after_midnight_ms),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MaintenanceWindow {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MaintenanceWindow {
    const NAME: &'static str = "MaintenanceWindow";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "durationMs" => {
                self.duration_ms = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "startTimeAfterMidnightMs" => {
                self.start_time_after_midnight_ms = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
