use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserName {
    /// The user's display name. Limit: 256 characters.
    pub display_name: Option<String>,
    /// The user's last name. Required when creating a user account.
    ///
    /// Required by: `directory.users.insert`.
    pub family_name: Option<String>,
    /// The user's full name formed by concatenating the first and last name values.
    pub full_name: Option<String>,
    /// The user's first name. Required when creating a user account.
    ///
    /// Required by: `directory.users.insert`.
    pub given_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserName {
    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `familyName` (chainable).
    pub fn set_family_name(mut self, value: impl Into<String>) -> Self {
        self.family_name = Some(value.into());
        self.unknown_fields.remove("familyName");
        self
    }

    /// Sends `familyName` as JSON `null`, which clears it on the server (chainable);
    /// `set_family_name` takes it back.
    #[inline]
    pub fn clear_family_name(mut self) -> Self {
        self.family_name = None;
        self.unknown_fields.insert("familyName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fullName` (chainable).
    pub fn set_full_name(mut self, value: impl Into<String>) -> Self {
        self.full_name = Some(value.into());
        self.unknown_fields.remove("fullName");
        self
    }

    /// Sends `fullName` as JSON `null`, which clears it on the server (chainable); `set_full_name`
    /// takes it back.
    #[inline]
    pub fn clear_full_name(mut self) -> Self {
        self.full_name = None;
        self.unknown_fields.insert("fullName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `givenName` (chainable).
    pub fn set_given_name(mut self, value: impl Into<String>) -> Self {
        self.given_name = Some(value.into());
        self.unknown_fields.remove("givenName");
        self
    }

    /// Sends `givenName` as JSON `null`, which clears it on the server (chainable);
    /// `set_given_name` takes it back.
    #[inline]
    pub fn clear_given_name(mut self) -> Self {
        self.given_name = None;
        self.unknown_fields.insert("givenName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.family_name {
            map.serialize_entry("familyName", value)?;
        }
        if let Some(value) = &self.full_name {
            map.serialize_entry("fullName", value)?;
        }
        if let Some(value) = &self.given_name {
            map.serialize_entry("givenName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserName {
    const NAME: &'static str = "UserName";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayName" => self.display_name = map.next_value()?,
            "familyName" => self.family_name = map.next_value()?,
            "fullName" => self.full_name = map.next_value()?,
            "givenName" => self.given_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
