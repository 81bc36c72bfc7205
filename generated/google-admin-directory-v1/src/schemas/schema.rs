/// The type of API resource. For Schema resources, this is always `admin#directory#schema`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Schema {
    /// Display name for the schema.
    ///
    /// Required by: `directory.schemas.insert`.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// A list of fields in the schema.
    ///
    /// Required by: `directory.schemas.insert`, `directory.schemas.update`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<crate::schemas::SchemaFieldSpec>>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The unique identifier of the schema (Read-only)
    #[serde(rename = "schemaId", default, skip_serializing_if = "Option::is_none")]
    pub schema_id: Option<String>,
    /// The schema's name. Each `schema_name` must be unique within a customer. Reusing a name results in a `409: Entity already exists` error.
    ///
    /// Required by: `directory.schemas.insert`.
    #[serde(rename = "schemaName", default, skip_serializing_if = "Option::is_none")]
    pub schema_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Schema {
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
    /// Sets `fields` (chainable).
    pub fn set_fields(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::SchemaFieldSpec>,
    ) -> Self {
        self.fields = Some(value.into_iter().collect());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `schemaId` (chainable).
    pub fn set_schema_id(mut self, value: impl Into<String>) -> Self {
        self.schema_id = Some(value.into());
        self
    }
    /// Sets `schemaName` (chainable).
    pub fn set_schema_name(mut self, value: impl Into<String>) -> Self {
        self.schema_name = Some(value.into());
        self
    }
}
