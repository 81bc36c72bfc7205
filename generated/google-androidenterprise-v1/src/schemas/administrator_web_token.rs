use crate::runtime::wire;

/// A token authorizing an admin to access an iframe.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AdministratorWebToken {
    /// An opaque token to be passed to the Play front-end to generate an iframe.
    pub token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AdministratorWebToken {
    /// Sets `token` (chainable).
    pub fn set_token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self.unknown_fields.remove("token");
        self
    }

    /// Sends `token` as JSON `null`, which clears it on the server (chainable); `set_token` takes
    /// it back.
    #[inline]
    pub fn clear_token(mut self) -> Self {
        self.token = None;
        self.unknown_fields.insert("token".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AdministratorWebToken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.token {
            map.serialize_entry("token", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdministratorWebToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AdministratorWebToken {
    const NAME: &'static str = "AdministratorWebToken";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "token" => self.token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
