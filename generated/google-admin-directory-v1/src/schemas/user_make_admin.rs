use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserMakeAdmin {
    /// Indicates the administrator status of the user.
    ///
    /// Required by: `directory.users.makeAdmin`.
    pub status: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserMakeAdmin {
    /// Sets `status` (chainable).
    pub fn set_status(mut self, value: impl Into<bool>) -> Self {
        self.status = Some(value.into());
        self.unknown_fields.remove("status");
        self
    }

    /// Sends `status` as JSON `null`, which clears it on the server (chainable); `set_status` takes
    /// it back.
    #[inline]
    pub fn clear_status(mut self) -> Self {
        self.status = None;
        self.unknown_fields.insert("status".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserMakeAdmin {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserMakeAdmin {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserMakeAdmin {
    const NAME: &'static str = "UserMakeAdmin";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "status" => self.status = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
