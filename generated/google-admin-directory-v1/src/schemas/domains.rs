#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Domains {
    /// Creation time of the domain. Expressed in [Unix time](https://en.wikipedia.org/wiki/Epoch_time) format. (Read-only).
    #[serde(
        rename = "creationTime",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<crate::runtime::wire::I64>>"
    )]
    pub creation_time: Option<i64>,
    /// A list of domain alias objects. (Read-only)
    #[serde(rename = "domainAliases", default, skip_serializing_if = "Option::is_none")]
    pub domain_aliases: Option<Vec<crate::schemas::DomainAlias>>,
    /// The domain name of the customer.
    ///
    /// Required by: `directory.domains.insert`.
    #[serde(rename = "domainName", default, skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<String>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Indicates if the domain is a primary domain (Read-only).
    #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Indicates the verification state of a domain. (Read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Domains {
    /// Sets `creationTime` (chainable).
    pub fn set_creation_time(mut self, value: impl Into<i64>) -> Self {
        self.creation_time = Some(value.into());
        self
    }
    /// Sets `domainAliases` (chainable).
    pub fn set_domain_aliases(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::DomainAlias>,
    ) -> Self {
        self.domain_aliases = Some(value.into_iter().collect());
        self
    }
    /// Sets `domainName` (chainable).
    pub fn set_domain_name(mut self, value: impl Into<String>) -> Self {
        self.domain_name = Some(value.into());
        self
    }
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `isPrimary` (chainable).
    pub fn set_is_primary(mut self, value: impl Into<bool>) -> Self {
        self.is_primary = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `verified` (chainable).
    pub fn set_verified(mut self, value: impl Into<bool>) -> Self {
        self.verified = Some(value.into());
        self
    }
}
