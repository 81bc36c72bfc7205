use crate::runtime::wire;

/// EID information for each eUICC chip.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Eid {
    /// Output only. The EID
    ///
    /// Read-only: set by the server, ignored in requests.
    pub eid: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Eid {
    /// Sets `eid` (chainable).
    pub fn set_eid(mut self, value: impl Into<String>) -> Self {
        self.eid = Some(value.into());
        self.unknown_fields.remove("eid");
        self
    }

    /// Sends `eid` as JSON `null`, which clears it on the server (chainable); `set_eid` takes it
    /// back.
    #[inline]
    pub fn clear_eid(mut self) -> Self {
        self.eid = None;
        self.unknown_fields.insert("eid".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Eid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.eid {
            map.serialize_entry("eid", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Eid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Eid {
    const NAME: &'static str = "Eid";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "eid" => self.eid = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
