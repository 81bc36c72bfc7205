/// You can use schemas to add custom fields to user profiles. You can use these fields to store information such as the projects your users work on, their physical locations, their hire dates, or whatever else fits your business needs. For more information, see [Custom User Fields](https://developers.google.com/workspace/admin/directory/v1/guides/manage-schemas).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SchemaFieldSpec {
    /// Display Name of the field.
    ///
    /// Required by: `directory.schemas.insert`, `directory.schemas.update`.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The ETag of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The unique identifier of the field (Read-only)
    #[serde(rename = "fieldId", default, skip_serializing_if = "Option::is_none")]
    pub field_id: Option<String>,
    /// The name of the field.
    ///
    /// Required by: `directory.schemas.insert`, `directory.schemas.update`.
    #[serde(rename = "fieldName", default, skip_serializing_if = "Option::is_none")]
    pub field_name: Option<String>,
    /// The type of the field.
    ///
    /// Required by: `directory.schemas.insert`, `directory.schemas.update`.
    #[serde(rename = "fieldType", default, skip_serializing_if = "Option::is_none")]
    pub field_type: Option<String>,
    /// Boolean specifying whether the field is indexed or not. Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indexed: Option<bool>,
    /// The kind of resource this is. For schema fields this is always `admin#directory#schema#fieldspec`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A boolean specifying whether this is a multi-valued field or not. Default: `false`.
    #[serde(rename = "multiValued", default, skip_serializing_if = "Option::is_none")]
    pub multi_valued: Option<bool>,
    /// Indexing spec for a numeric field. By default, only exact match queries will be supported for numeric fields. Setting the `numericIndexingSpec` allows range queries to be supported.
    #[serde(
        rename = "numericIndexingSpec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub numeric_indexing_spec: Option<
        crate::schemas::SchemaFieldSpecNumericIndexingSpec,
    >,
    /// Specifies who can view values of this field. See [Retrieve users as a non-administrator](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#retrieve_users_non_admin) for more information. Note: It may take up to 24 hours for changes to this field to be reflected.
    #[serde(rename = "readAccessType", default, skip_serializing_if = "Option::is_none")]
    pub read_access_type: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl SchemaFieldSpec {
    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `fieldId` (chainable).
    pub fn set_field_id(mut self, value: impl Into<String>) -> Self {
        self.field_id = Some(value.into());
        self
    }
    /// Sets `fieldName` (chainable).
    pub fn set_field_name(mut self, value: impl Into<String>) -> Self {
        self.field_name = Some(value.into());
        self
    }
    /// Sets `fieldType` (chainable).
    pub fn set_field_type(mut self, value: impl Into<String>) -> Self {
        self.field_type = Some(value.into());
        self
    }
    /// Sets `indexed` (chainable).
    pub fn set_indexed(mut self, value: impl Into<bool>) -> Self {
        self.indexed = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `multiValued` (chainable).
    pub fn set_multi_valued(mut self, value: impl Into<bool>) -> Self {
        self.multi_valued = Some(value.into());
        self
    }
    /// Sets `numericIndexingSpec` (chainable).
    pub fn set_numeric_indexing_spec(
        mut self,
        value: impl Into<crate::schemas::SchemaFieldSpecNumericIndexingSpec>,
    ) -> Self {
        self.numeric_indexing_spec = Some(value.into());
        self
    }
    /// Sets `readAccessType` (chainable).
    pub fn set_read_access_type(mut self, value: impl Into<String>) -> Self {
        self.read_access_type = Some(value.into());
        self
    }
}
/// Indexing spec for a numeric field. By default, only exact match queries will be supported for numeric fields. Setting the `numericIndexingSpec` allows range queries to be supported.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SchemaFieldSpecNumericIndexingSpec {
    /// Maximum value of this field. This is meant to be indicative rather than enforced. Values outside this range will still be indexed, but search may not be as performant.
    #[serde(rename = "maxValue", default, skip_serializing_if = "Option::is_none")]
    pub max_value: Option<f64>,
    /// Minimum value of this field. This is meant to be indicative rather than enforced. Values outside this range will still be indexed, but search may not be as performant.
    #[serde(rename = "minValue", default, skip_serializing_if = "Option::is_none")]
    pub min_value: Option<f64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl SchemaFieldSpecNumericIndexingSpec {
    /// Sets `maxValue` (chainable).
    pub fn set_max_value(mut self, value: impl Into<f64>) -> Self {
        self.max_value = Some(value.into());
        self
    }
    /// Sets `minValue` (chainable).
    pub fn set_min_value(mut self, value: impl Into<f64>) -> Self {
        self.min_value = Some(value.into());
        self
    }
}
