/// JSON response template for List Schema operation in Directory API.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Schemas {
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A list of UserSchema objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schemas: Option<Vec<crate::schemas::Schema>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Schemas {
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `schemas` (chainable).
    pub fn set_schemas(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Schema>,
    ) -> Self {
        self.schemas = Some(value.into_iter().collect());
        self
    }
}
