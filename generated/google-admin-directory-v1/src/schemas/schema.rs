use crate::runtime::wire;

/// The type of API resource. For Schema resources, this is always `admin#directory#schema`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Schema {
    /// Display name for the schema.
    ///
    /// Required by: `directory.schemas.insert`.
    pub display_name: Option<String>,
    /// The ETag of the resource.
    pub etag: Option<String>,
    /// A list of fields in the schema.
    ///
    /// Required by: `directory.schemas.insert`, `directory.schemas.update`.
    pub fields: Option<Vec<crate::schemas::SchemaFieldSpec>>,
    /// Kind of resource this is.
    pub kind: Option<String>,
    /// The unique identifier of the schema (Read-only)
    pub schema_id: Option<String>,
    /// The schema's name. Each `schema_name` must be unique within a customer. Reusing a name
    /// results in a `409: Entity already exists` error.
    ///
    /// Required by: `directory.schemas.insert`.
    pub schema_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Schema {
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

    /// Sets `fields` (chainable).
    pub fn set_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::SchemaFieldSpec>>,
    ) -> Self {
        self.fields = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("fields");
        self
    }

    /// Sends `fields` as JSON `null`, which clears it on the server (chainable); `set_fields` takes
    /// it back.
    #[inline]
    pub fn clear_fields(mut self) -> Self {
        self.fields = None;
        self.unknown_fields.insert("fields".to_owned(), serde_json::Value::Null);
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

    /// Sets `schemaId` (chainable).
    pub fn set_schema_id(mut self, value: impl Into<String>) -> Self {
        self.schema_id = Some(value.into());
        self.unknown_fields.remove("schemaId");
        self
    }

    /// Sends `schemaId` as JSON `null`, which clears it on the server (chainable); `set_schema_id`
    /// takes it back.
    #[inline]
    pub fn clear_schema_id(mut self) -> Self {
        self.schema_id = None;
        self.unknown_fields.insert("schemaId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `schemaName` (chainable).
    pub fn set_schema_name(mut self, value: impl Into<String>) -> Self {
        self.schema_name = Some(value.into());
        self.unknown_fields.remove("schemaName");
        self
    }

    /// Sends `schemaName` as JSON `null`, which clears it on the server (chainable);
    /// `set_schema_name` takes it back.
    #[inline]
    pub fn clear_schema_name(mut self) -> Self {
        self.schema_name = None;
        self.unknown_fields.insert("schemaName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Schema {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.fields {
            map.serialize_entry("fields", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.schema_id {
            map.serialize_entry("schemaId", value)?;
        }
        if let Some(value) = &self.schema_name {
            map.serialize_entry("schemaName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Schema {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Schema {
    const NAME: &'static str = "Schema";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayName" => self.display_name = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "fields" => self.fields = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "schemaId" => self.schema_id = map.next_value()?,
            "schemaName" => self.schema_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
