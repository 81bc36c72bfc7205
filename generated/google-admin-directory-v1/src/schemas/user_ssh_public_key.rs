use crate::runtime::wire;

/// JSON template for a POSIX account entry.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserSshPublicKey {
    /// An expiration time in microseconds since epoch.
    pub expiration_time_usec: Option<i64>,
    /// A SHA-256 fingerprint of the SSH public key. (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    pub fingerprint: Option<String>,
    /// An SSH public key.
    pub key: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserSshPublicKey {
    /// Sets `expirationTimeUsec` (chainable).
    pub fn set_expiration_time_usec(mut self, value: impl Into<i64>) -> Self {
        self.expiration_time_usec = Some(value.into());
        self.unknown_fields.remove("expirationTimeUsec");
        self
    }

    /// Sends `expirationTimeUsec` as JSON `null`, which clears it on the server (chainable);
    /// `set_expiration_time_usec` takes it back.
    #[inline]
    pub fn clear_expiration_time_usec(mut self) -> Self {
        self.expiration_time_usec = None;
        self.unknown_fields
            .insert("expirationTimeUsec".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fingerprint` (chainable).
    pub fn set_fingerprint(mut self, value: impl Into<String>) -> Self {
        self.fingerprint = Some(value.into());
        self.unknown_fields.remove("fingerprint");
        self
    }

    /// Sends `fingerprint` as JSON `null`, which clears it on the server (chainable);
    /// `set_fingerprint` takes it back.
    #[inline]
    pub fn clear_fingerprint(mut self) -> Self {
        self.fingerprint = None;
        self.unknown_fields.insert("fingerprint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `key` (chainable).
    pub fn set_key(mut self, value: impl Into<String>) -> Self {
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
}

impl serde::Serialize for UserSshPublicKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.expiration_time_usec.is_some() {
            map.serialize_entry(
                "expirationTimeUsec",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.expiration_time_usec),
            )?;
        }
        if let Some(value) = &self.fingerprint {
            map.serialize_entry("fingerprint", value)?;
        }
        if let Some(value) = &self.key {
            map.serialize_entry("key", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserSshPublicKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserSshPublicKey {
    const NAME: &'static str = "UserSshPublicKey";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "expirationTimeUsec" => {
                self.expiration_time_usec = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "fingerprint" => self.fingerprint = map.next_value()?,
            "key" => self.key = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
