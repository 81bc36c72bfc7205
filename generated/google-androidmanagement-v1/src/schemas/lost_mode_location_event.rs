use crate::runtime::wire;

/// A lost mode event containing the device location and battery level as a percentage.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct LostModeLocationEvent {
    /// The battery level as a number between 0 and 100 inclusive
    pub battery_level: Option<i32>,
    /// The device location
    pub location: Option<crate::schemas::Location>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl LostModeLocationEvent {
    /// Sets `batteryLevel` (chainable).
    pub fn set_battery_level(mut self, value: impl Into<i32>) -> Self {
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

    /// Sets `location` (chainable).
    pub fn set_location(mut self, value: impl Into<crate::schemas::Location>) -> Self {
        self.location = Some(value.into());
        self.unknown_fields.remove("location");
        self
    }

    /// Sends `location` as JSON `null`, which clears it on the server (chainable); `set_location`
    /// takes it back.
    #[inline]
    pub fn clear_location(mut self) -> Self {
        self.location = None;
        self.unknown_fields.insert("location".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for LostModeLocationEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.battery_level {
            map.serialize_entry("batteryLevel", value)?;
        }
        if let Some(value) = &self.location {
            map.serialize_entry("location", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for LostModeLocationEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for LostModeLocationEvent {
    const NAME: &'static str = "LostModeLocationEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "batteryLevel" => self.battery_level = map.next_value()?,
            "location" => self.location = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
