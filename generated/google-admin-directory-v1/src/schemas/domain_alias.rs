#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DomainAlias {
    /// The creation time of the domain alias. (Read-only).
    #[serde(
        rename = "creationTime",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<crate::runtime::wire::I64>>"
    )]
    pub creation_time: Option<i64>,
    /// The domain alias name.
    #[serde(
        rename = "domainAliasName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub domain_alias_name: Option<String>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The parent domain name that the domain alias is associated with. This can either be a primary or secondary domain name within a customer.
    ///
    /// Required by: `directory.domains.insert`.
    #[serde(
        rename = "parentDomainName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_domain_name: Option<String>,
    /// Indicates the verification state of a domain alias. (Read-only)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl DomainAlias {
    /// Sets `creationTime` (chainable).
    pub fn set_creation_time(mut self, value: impl Into<i64>) -> Self {
        self.creation_time = Some(value.into());
        self
    }
    /// Sets `domainAliasName` (chainable).
    pub fn set_domain_alias_name(mut self, value: impl Into<String>) -> Self {
        self.domain_alias_name = Some(value.into());
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
    /// Sets `parentDomainName` (chainable).
    pub fn set_parent_domain_name(mut self, value: impl Into<String>) -> Self {
        self.parent_domain_name = Some(value.into());
        self
    }
    /// Sets `verified` (chainable).
    pub fn set_verified(mut self, value: impl Into<bool>) -> Self {
        self.verified = Some(value.into());
        self
    }
}
