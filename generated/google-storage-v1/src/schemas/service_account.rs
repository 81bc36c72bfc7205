use crate::runtime::wire;

/// A subscription to receive Google PubSub notifications.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ServiceAccount {
    /// The ID of the notification.
    pub email_address: Option<String>,
    /// The kind of item this is. For notifications, this is always storage#notification.
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ServiceAccount {
    /// Sets `email_address` (chainable).
    pub fn set_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self.unknown_fields.remove("email_address");
        self
    }

    /// Sends `email_address` as JSON `null`, which clears it on the server (chainable);
    /// `set_email_address` takes it back.
    #[inline]
    pub fn clear_email_address(mut self) -> Self {
        self.email_address = None;
        self.unknown_fields.insert("email_address".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ServiceAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.email_address {
            map.serialize_entry("email_address", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
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
            "email_address" => self.email_address = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
