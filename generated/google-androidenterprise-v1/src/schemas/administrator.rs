use crate::runtime::wire;

/// This represents an enterprise admin who can manage the enterprise in the managed Google Play
/// store.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Administrator {
    /// The admin's email address.
    pub email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Administrator {
    /// Sets `email` (chainable).
    pub fn set_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self.unknown_fields.remove("email");
        self
    }

    /// Sends `email` as JSON `null`, which clears it on the server (chainable); `set_email` takes
    /// it back.
    #[inline]
    pub fn clear_email(mut self) -> Self {
        self.email = None;
        self.unknown_fields.insert("email".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Administrator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Administrator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Administrator {
    const NAME: &'static str = "Administrator";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "email" => self.email = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
