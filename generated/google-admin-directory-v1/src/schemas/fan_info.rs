use crate::runtime::wire;

/// Information about the device's fan.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FanInfo {
    /// Output only. Fan speed in RPM.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub speed_rpm: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl FanInfo {
    /// Sets `speedRpm` (chainable).
    pub fn set_speed_rpm(mut self, value: impl Into<i32>) -> Self {
        self.speed_rpm = Some(value.into());
        self.unknown_fields.remove("speedRpm");
        self
    }

    /// Sends `speedRpm` as JSON `null`, which clears it on the server (chainable); `set_speed_rpm`
    /// takes it back.
    #[inline]
    pub fn clear_speed_rpm(mut self) -> Self {
        self.speed_rpm = None;
        self.unknown_fields.insert("speedRpm".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for FanInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.speed_rpm {
            map.serialize_entry("speedRpm", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for FanInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for FanInfo {
    const NAME: &'static str = "FanInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "speedRpm" => self.speed_rpm = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
