use crate::runtime::wire;

/// A response for counting ChromeOS devices.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CountChromeOsDevicesResponse {
    /// The total number of devices matching the request.
    pub count: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CountChromeOsDevicesResponse {
    /// Sets `count` (chainable).
    pub fn set_count(mut self, value: impl Into<i64>) -> Self {
        self.count = Some(value.into());
        self.unknown_fields.remove("count");
        self
    }

    /// Sends `count` as JSON `null`, which clears it on the server (chainable); `set_count` takes
    /// it back.
    #[inline]
    pub fn clear_count(mut self) -> Self {
        self.count = None;
        self.unknown_fields.insert("count".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CountChromeOsDevicesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.count.is_some() {
            map.serialize_entry(
                "count",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.count),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CountChromeOsDevicesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CountChromeOsDevicesResponse {
    const NAME: &'static str = "CountChromeOsDevicesResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "count" => {
                self.count = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
