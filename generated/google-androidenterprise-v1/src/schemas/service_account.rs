use crate::runtime::wire;

/// A service account identity, including the name and credentials that can be used to
/// authenticate as the service account.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ServiceAccount {
    /// Credentials that can be used to authenticate as this ServiceAccount.
    pub key: Option<crate::schemas::ServiceAccountKey>,
    /// The account name of the service account, in the form of an email address. Assigned by the
    /// server.
    pub name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ServiceAccount {
    /// Sets `key` (chainable).
    pub fn set_key(
        mut self,
        value: impl Into<crate::schemas::ServiceAccountKey>,
    ) -> Self {
        self.key = Some(value.into());
        self.unknown_fields.remove("key");
        self
    }

    /// Sends `key` as JSON `null`, which clears it on the server (chainable); `set_key` takes it
    /// back.
    #[inline]
    pub fn clear_key(mut self) -> Self {
        self.key = None;
        self.unknown_fields.insert("key".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ServiceAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.key {
            map.serialize_entry("key", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ServiceAccount {
    const NAME: &'static str = "ServiceAccount";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "key" => self.key = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
