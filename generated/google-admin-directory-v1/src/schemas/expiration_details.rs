use crate::runtime::{wire, Timestamp};

/// Details regarding the expiration of this role assignment. Used to automatically revoke
/// access when the time limit is reached.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ExpirationDetails {
    /// The specific timestamp when the role assignment expires.
    pub expire_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ExpirationDetails {
    /// Sets `expireTime` (chainable).
    pub fn set_expire_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.expire_time = Some(value.into());
        self.unknown_fields.remove("expireTime");
        self
    }

    /// Sends `expireTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_expire_time` takes it back.
    #[inline]
    pub fn clear_expire_time(mut self) -> Self {
        self.expire_time = None;
        self.unknown_fields.insert("expireTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ExpirationDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.expire_time {
            map.serialize_entry("expireTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExpirationDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ExpirationDetails {
    const NAME: &'static str = "ExpirationDetails";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "expireTime" => self.expire_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
