use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Pong {
    pub ping: Option<Box<crate::schemas::Ping>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Pong {
    /// Sets `ping` (chainable).
    pub fn set_ping(mut self, value: impl Into<crate::schemas::Ping>) -> Self {
        self.ping = Some(Box::new(value.into()));
        self.unknown_fields.remove("ping");
        self
    }

    /// Sends `ping` as JSON `null`, which clears it on the server (chainable); `set_ping` takes it
    /// back.
    #[inline]
    pub fn clear_ping(mut self) -> Self {
        self.ping = None;
        self.unknown_fields.insert("ping".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Pong {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.ping {
            map.serialize_entry("ping", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Pong {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Pong {
    const NAME: &'static str = "Pong";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ping" => self.ping = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
