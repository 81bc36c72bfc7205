#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DomainAliases {
    /// A list of domain alias objects.
    #[serde(rename = "domainAliases", default, skip_serializing_if = "Option::is_none")]
    pub domain_aliases: Option<Vec<crate::schemas::DomainAlias>>,
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
impl DomainAliases {
    /// Sets `domainAliases` (chainable).
    pub fn set_domain_aliases(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::DomainAlias>,
    ) -> Self {
        self.domain_aliases = Some(value.into_iter().collect());
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
