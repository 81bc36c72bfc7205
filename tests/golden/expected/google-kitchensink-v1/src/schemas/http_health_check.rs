use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HttpHealthCheck {
    pub host: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl HttpHealthCheck {
    /// Sets `host` (chainable).
    pub fn set_host(mut self, value: impl Into<String>) -> Self {
        self.host = Some(value.into());
        self.unknown_fields.remove("host");
        self
    }

    /// Sends `host` as JSON `null`, which clears it on the server (chainable); `set_host` takes it
    /// back.
    #[inline]
    pub fn clear_host(mut self) -> Self {
        self.host = None;
        self.unknown_fields.insert("host".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for HttpHealthCheck {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.host {
            map.serialize_entry("host", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HttpHealthCheck {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for HttpHealthCheck {
    const NAME: &'static str = "HttpHealthCheck";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "host" => self.host = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
