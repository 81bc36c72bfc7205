#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Domains2 {
    /// A list of domain objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<crate::schemas::Domains>>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Domains2 {
    /// Sets `domains` (chainable).
    pub fn set_domains(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Domains>,
    ) -> Self {
        self.domains = Some(value.into_iter().collect());
        self
    }
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
}
