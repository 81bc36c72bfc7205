use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HttpHealthCheck2 {
    pub port: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl HttpHealthCheck2 {
    /// Sets `port` (chainable).
    pub fn set_port(mut self, value: impl Into<i32>) -> Self {
        self.port = Some(value.into());
        self.unknown_fields.remove("port");
        self
    }

    /// Sends `port` as JSON `null`, which clears it on the server (chainable); `set_port` takes it
    /// back.
    #[inline]
    pub fn clear_port(mut self) -> Self {
        self.port = None;
        self.unknown_fields.insert("port".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for HttpHealthCheck2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HttpHealthCheck2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for HttpHealthCheck2 {
    const NAME: &'static str = "HttpHealthCheck2";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "port" => self.port = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
