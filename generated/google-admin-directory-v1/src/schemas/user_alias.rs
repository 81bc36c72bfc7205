use crate::runtime::wire;

/// The Directory API manages aliases, which are alternative email addresses.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserAlias {
    /// The alias email address.
    pub alias: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// The unique ID for the user.
    pub id: Option<String>,
    /// The type of the API resource. For Alias resources, the value is `admin#directory#alias`.
    pub kind: Option<String>,
    /// The user's primary email address.
    pub primary_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserAlias {
    /// Sets `alias` (chainable).
    pub fn set_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self.unknown_fields.remove("alias");
        self
    }

    /// Sends `alias` as JSON `null`, which clears it on the server (chainable); `set_alias` takes
    /// it back.
    #[inline]
    pub fn clear_alias(mut self) -> Self {
        self.alias = None;
        self.unknown_fields.insert("alias".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
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

    /// Sets `primaryEmail` (chainable).
    pub fn set_primary_email(mut self, value: impl Into<String>) -> Self {
        self.primary_email = Some(value.into());
        self.unknown_fields.remove("primaryEmail");
        self
    }

    /// Sends `primaryEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_email` takes it back.
    #[inline]
    pub fn clear_primary_email(mut self) -> Self {
        self.primary_email = None;
        self.unknown_fields.insert("primaryEmail".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserAlias {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.alias {
            map.serialize_entry("alias", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.primary_email {
            map.serialize_entry("primaryEmail", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserAlias {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserAlias {
    const NAME: &'static str = "UserAlias";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "alias" => self.alias = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "primaryEmail" => self.primary_email = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
