use crate::runtime::wire;

/// Shares Pong (and so Ping) with things.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Gadget {
    pub pong: Option<crate::schemas::Pong>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Gadget {
    /// Sets `pong` (chainable).
    pub fn set_pong(mut self, value: impl Into<crate::schemas::Pong>) -> Self {
        self.pong = Some(value.into());
        self.unknown_fields.remove("pong");
        self
    }

    /// Sends `pong` as JSON `null`, which clears it on the server (chainable); `set_pong` takes it
    /// back.
    #[inline]
    pub fn clear_pong(mut self) -> Self {
        self.pong = None;
        self.unknown_fields.insert("pong".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Gadget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.pong {
            map.serialize_entry("pong", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Gadget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Gadget {
    const NAME: &'static str = "Gadget";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "pong" => self.pong = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
