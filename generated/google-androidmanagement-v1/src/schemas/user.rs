use crate::runtime::wire;

/// A user belonging to an enterprise.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct User {
    /// A unique identifier you create for this user, such as user342 or asset#44418. This field
    /// must be set when the user is created and can't be updated. This field must not contain
    /// personally identifiable information (PII). This identifier must be 1024 characters or less;
    /// otherwise, the update policy request will fail.
    pub account_identifier: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl User {
    /// Sets `accountIdentifier` (chainable).
    pub fn set_account_identifier(mut self, value: impl Into<String>) -> Self {
        self.account_identifier = Some(value.into());
        self.unknown_fields.remove("accountIdentifier");
        self
    }

    /// Sends `accountIdentifier` as JSON `null`, which clears it on the server (chainable);
    /// `set_account_identifier` takes it back.
    #[inline]
    pub fn clear_account_identifier(mut self) -> Self {
        self.account_identifier = None;
        self.unknown_fields
            .insert("accountIdentifier".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.account_identifier {
            map.serialize_entry("accountIdentifier", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for User {
    const NAME: &'static str = "User";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accountIdentifier" => self.account_identifier = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
