use crate::runtime::wire;

/// Represents the list of app restrictions available to be pre-configured for the product.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppRestrictionsSchema {
    /// Deprecated.
    pub kind: Option<String>,
    /// The set of restrictions that make up this schema.
    pub restrictions: Option<Vec<crate::schemas::AppRestrictionsSchemaRestriction>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AppRestrictionsSchema {
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

    /// Sets `restrictions` (chainable).
    pub fn set_restrictions(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::AppRestrictionsSchemaRestriction>,
        >,
    ) -> Self {
        self.restrictions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("restrictions");
        self
    }

    /// Sends `restrictions` as JSON `null`, which clears it on the server (chainable);
    /// `set_restrictions` takes it back.
    #[inline]
    pub fn clear_restrictions(mut self) -> Self {
        self.restrictions = None;
        self.unknown_fields.insert("restrictions".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AppRestrictionsSchema {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.restrictions {
            map.serialize_entry("restrictions", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppRestrictionsSchema {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AppRestrictionsSchema {
    const NAME: &'static str = "AppRestrictionsSchema";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "kind" => self.kind = map.next_value()?,
            "restrictions" => self.restrictions = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
