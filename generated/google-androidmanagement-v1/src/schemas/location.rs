use crate::runtime::wire;

/// The device location containing the latitude and longitude.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Location {
    /// The latitude position of the location
    pub latitude: Option<f64>,
    /// The longitude position of the location
    pub longitude: Option<f64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Location {
    /// Sets `latitude` (chainable).
    pub fn set_latitude(mut self, value: impl Into<f64>) -> Self {
        self.latitude = Some(value.into());
        self.unknown_fields.remove("latitude");
        self
    }

    /// Sends `latitude` as JSON `null`, which clears it on the server (chainable); `set_latitude`
    /// takes it back.
    #[inline]
    pub fn clear_latitude(mut self) -> Self {
        self.latitude = None;
        self.unknown_fields.insert("latitude".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `longitude` (chainable).
    pub fn set_longitude(mut self, value: impl Into<f64>) -> Self {
        self.longitude = Some(value.into());
        self.unknown_fields.remove("longitude");
        self
    }

    /// Sends `longitude` as JSON `null`, which clears it on the server (chainable); `set_longitude`
    /// takes it back.
    #[inline]
    pub fn clear_longitude(mut self) -> Self {
        self.longitude = None;
        self.unknown_fields.insert("longitude".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.latitude {
            map.serialize_entry("latitude", value)?;
        }
        if let Some(value) = &self.longitude {
            map.serialize_entry("longitude", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Location {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Location {
    const NAME: &'static str = "Location";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "latitude" => self.latitude = map.next_value()?,
            "longitude" => self.longitude = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
