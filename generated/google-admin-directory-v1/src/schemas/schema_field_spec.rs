use crate::runtime::wire;

/// You can use schemas to add custom fields to user profiles. You can use these fields to store
/// information such as the projects your users work on, their physical locations, their hire
/// dates, or whatever else fits your business needs. For more information, see [Custom User
/// Fields](https://developers.google.com/workspace/admin/directory/v1/guides/manage-schemas).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SchemaFieldSpec {
    /// Display Name of the field.
    ///
    /// Required by: `directory.schemas.insert`, `directory.schemas.update`.
    pub display_name: Option<String>,
    /// The ETag of the field.
    pub etag: Option<String>,
    /// The unique identifier of the field (Read-only)
    pub field_id: Option<String>,
    /// The name of the field.
    ///
    /// Required by: `directory.schemas.insert`, `directory.schemas.update`.
    pub field_name: Option<String>,
    /// The type of the field.
    ///
    /// Required by: `directory.schemas.insert`, `directory.schemas.update`.
    pub field_type: Option<String>,
    /// Boolean specifying whether the field is indexed or not. Default: `true`.
    pub indexed: Option<bool>,
    /// The kind of resource this is. For schema fields this is always
    /// `admin#directory#schema#fieldspec`.
    pub kind: Option<String>,
    /// A boolean specifying whether this is a multi-valued field or not. Default: `false`.
    pub multi_valued: Option<bool>,
    /// Indexing spec for a numeric field. By default, only exact match queries will be supported
    /// for numeric fields. Setting the `numericIndexingSpec` allows range queries to be supported.
    pub numeric_indexing_spec: Option<
        crate::schemas::SchemaFieldSpecNumericIndexingSpec,
    >,
    /// Specifies who can view values of this field. See [Retrieve users as a
    /// non-administrator](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#retrieve_users_non_admin)
    /// for more information. Note: It may take up to 24 hours for changes to this field to be
    /// reflected.
    pub read_access_type: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SchemaFieldSpec {
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

    /// Sets `fieldId` (chainable).
    pub fn set_field_id(mut self, value: impl Into<String>) -> Self {
        self.field_id = Some(value.into());
        self.unknown_fields.remove("fieldId");
        self
    }

    /// Sends `fieldId` as JSON `null`, which clears it on the server (chainable); `set_field_id`
    /// takes it back.
    #[inline]
    pub fn clear_field_id(mut self) -> Self {
        self.field_id = None;
        self.unknown_fields.insert("fieldId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fieldName` (chainable).
    pub fn set_field_name(mut self, value: impl Into<String>) -> Self {
        self.field_name = Some(value.into());
        self.unknown_fields.remove("fieldName");
        self
    }

    /// Sends `fieldName` as JSON `null`, which clears it on the server (chainable);
    /// `set_field_name` takes it back.
    #[inline]
    pub fn clear_field_name(mut self) -> Self {
        self.field_name = None;
        self.unknown_fields.insert("fieldName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fieldType` (chainable).
    pub fn set_field_type(mut self, value: impl Into<String>) -> Self {
        self.field_type = Some(value.into());
        self.unknown_fields.remove("fieldType");
        self
    }

    /// Sends `fieldType` as JSON `null`, which clears it on the server (chainable);
    /// `set_field_type` takes it back.
    #[inline]
    pub fn clear_field_type(mut self) -> Self {
        self.field_type = None;
        self.unknown_fields.insert("fieldType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `indexed` (chainable).
    pub fn set_indexed(mut self, value: impl Into<bool>) -> Self {
        self.indexed = Some(value.into());
        self.unknown_fields.remove("indexed");
        self
    }

    /// Sends `indexed` as JSON `null`, which clears it on the server (chainable); `set_indexed`
    /// takes it back.
    #[inline]
    pub fn clear_indexed(mut self) -> Self {
        self.indexed = None;
        self.unknown_fields.insert("indexed".to_owned(), serde_json::Value::Null);
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

    /// Sets `multiValued` (chainable).
    pub fn set_multi_valued(mut self, value: impl Into<bool>) -> Self {
        self.multi_valued = Some(value.into());
        self.unknown_fields.remove("multiValued");
        self
    }

    /// Sends `multiValued` as JSON `null`, which clears it on the server (chainable);
    /// `set_multi_valued` takes it back.
    #[inline]
    pub fn clear_multi_valued(mut self) -> Self {
        self.multi_valued = None;
        self.unknown_fields.insert("multiValued".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `numericIndexingSpec` (chainable).
    pub fn set_numeric_indexing_spec(
        mut self,
        value: impl Into<crate::schemas::SchemaFieldSpecNumericIndexingSpec>,
    ) -> Self {
        self.numeric_indexing_spec = Some(value.into());
        self.unknown_fields.remove("numericIndexingSpec");
        self
    }

    /// Sends `numericIndexingSpec` as JSON `null`, which clears it on the server (chainable);
    /// `set_numeric_indexing_spec` takes it back.
    #[inline]
    pub fn clear_numeric_indexing_spec(mut self) -> Self {
        self.numeric_indexing_spec = None;
        self.unknown_fields
            .insert("numericIndexingSpec".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `readAccessType` (chainable).
    pub fn set_read_access_type(mut self, value: impl Into<String>) -> Self {
        self.read_access_type = Some(value.into());
        self.unknown_fields.remove("readAccessType");
        self
    }

    /// Sends `readAccessType` as JSON `null`, which clears it on the server (chainable);
    /// `set_read_access_type` takes it back.
    #[inline]
    pub fn clear_read_access_type(mut self) -> Self {
        self.read_access_type = None;
        self.unknown_fields.insert("readAccessType".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SchemaFieldSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.field_id {
            map.serialize_entry("fieldId", value)?;
        }
        if let Some(value) = &self.field_name {
            map.serialize_entry("fieldName", value)?;
        }
        if let Some(value) = &self.field_type {
            map.serialize_entry("fieldType", value)?;
        }
        if let Some(value) = &self.indexed {
            map.serialize_entry("indexed", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.multi_valued {
            map.serialize_entry("multiValued", value)?;
        }
        if let Some(value) = &self.numeric_indexing_spec {
            map.serialize_entry("numericIndexingSpec", value)?;
        }
        if let Some(value) = &self.read_access_type {
            map.serialize_entry("readAccessType", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SchemaFieldSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SchemaFieldSpec {
    const NAME: &'static str = "SchemaFieldSpec";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayName" => self.display_name = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "fieldId" => self.field_id = map.next_value()?,
            "fieldName" => self.field_name = map.next_value()?,
            "fieldType" => self.field_type = map.next_value()?,
            "indexed" => self.indexed = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "multiValued" => self.multi_valued = map.next_value()?,
            "numericIndexingSpec" => self.numeric_indexing_spec = map.next_value()?,
            "readAccessType" => self.read_access_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Indexing spec for a numeric field. By default, only exact match queries will be supported
/// for numeric fields. Setting the `numericIndexingSpec` allows range queries to be supported.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SchemaFieldSpecNumericIndexingSpec {
    /// Maximum value of this field. This is meant to be indicative rather than enforced. Values
    /// outside this range will still be indexed, but search may not be as performant.
    pub max_value: Option<f64>,
    /// Minimum value of this field. This is meant to be indicative rather than enforced. Values
    /// outside this range will still be indexed, but search may not be as performant.
    pub min_value: Option<f64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SchemaFieldSpecNumericIndexingSpec {
    /// Sets `maxValue` (chainable).
    pub fn set_max_value(mut self, value: impl Into<f64>) -> Self {
        self.max_value = Some(value.into());
        self.unknown_fields.remove("maxValue");
        self
    }

    /// Sends `maxValue` as JSON `null`, which clears it on the server (chainable); `set_max_value`
    /// takes it back.
    #[inline]
    pub fn clear_max_value(mut self) -> Self {
        self.max_value = None;
        self.unknown_fields.insert("maxValue".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `minValue` (chainable).
    pub fn set_min_value(mut self, value: impl Into<f64>) -> Self {
        self.min_value = Some(value.into());
        self.unknown_fields.remove("minValue");
        self
    }

    /// Sends `minValue` as JSON `null`, which clears it on the server (chainable); `set_min_value`
    /// takes it back.
    #[inline]
    pub fn clear_min_value(mut self) -> Self {
        self.min_value = None;
        self.unknown_fields.insert("minValue".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SchemaFieldSpecNumericIndexingSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.max_value {
            map.serialize_entry("maxValue", value)?;
        }
        if let Some(value) = &self.min_value {
            map.serialize_entry("minValue", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SchemaFieldSpecNumericIndexingSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SchemaFieldSpecNumericIndexingSpec {
    const NAME: &'static str = "SchemaFieldSpecNumericIndexingSpec";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "maxValue" => self.max_value = map.next_value()?,
            "minValue" => self.min_value = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
