use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Result_ {
    pub ok: Option<bool>,
    pub other: Option<crate::schemas::Ping>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Result_ {
    /// Sets `ok` (chainable).
    pub fn set_ok(mut self, value: impl Into<bool>) -> Self {
        self.ok = Some(value.into());
        self.unknown_fields.remove("ok");
        self
    }

    /// Sends `ok` as JSON `null`, which clears it on the server (chainable); `set_ok` takes it
    /// back.
    #[inline]
    pub fn clear_ok(mut self) -> Self {
        self.ok = None;
        self.unknown_fields.insert("ok".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `other` (chainable).
    pub fn set_other(mut self, value: impl Into<crate::schemas::Ping>) -> Self {
        self.other = Some(value.into());
        self.unknown_fields.remove("other");
        self
    }

    /// Sends `other` as JSON `null`, which clears it on the server (chainable); `set_other` takes
    /// it back.
    #[inline]
    pub fn clear_other(mut self) -> Self {
        self.other = None;
        self.unknown_fields.insert("other".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Result_ {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.ok {
            map.serialize_entry("ok", value)?;
        }
        if let Some(value) = &self.other {
            map.serialize_entry("other", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Result_ {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Result_ {
    const NAME: &'static str = "Result_";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ok" => self.ok = map.next_value()?,
            "other" => self.other = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
