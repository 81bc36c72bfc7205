use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DomainAlias {
    /// The creation time of the domain alias. (Read-only).
    #[serde(
        rename = "creationTime",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
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
    /// The parent domain name that the domain alias is associated with. This can either be a
    /// primary or secondary domain name within a customer.
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
    pub unknown_fields: wire::UnknownFields,
}

impl DomainAlias {
    /// Sets `creationTime` (chainable).
    pub fn set_creation_time(mut self, value: impl Into<i64>) -> Self {
        self.creation_time = Some(value.into());
        self.unknown_fields.remove("creationTime");
        self
    }

    /// Sends `creationTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_creation_time` takes it back.
    #[inline]
    pub fn clear_creation_time(mut self) -> Self {
        self.creation_time = None;
        self.unknown_fields.insert("creationTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `domainAliasName` (chainable).
    pub fn set_domain_alias_name(mut self, value: impl Into<String>) -> Self {
        self.domain_alias_name = Some(value.into());
        self.unknown_fields.remove("domainAliasName");
        self
    }

    /// Sends `domainAliasName` as JSON `null`, which clears it on the server (chainable);
    /// `set_domain_alias_name` takes it back.
    #[inline]
    pub fn clear_domain_alias_name(mut self) -> Self {
        self.domain_alias_name = None;
        self.unknown_fields
            .insert("domainAliasName".to_owned(), serde_json::Value::Null);
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

    /// Sets `parentDomainName` (chainable).
    pub fn set_parent_domain_name(mut self, value: impl Into<String>) -> Self {
        self.parent_domain_name = Some(value.into());
        self.unknown_fields.remove("parentDomainName");
        self
    }

    /// Sends `parentDomainName` as JSON `null`, which clears it on the server (chainable);
    /// `set_parent_domain_name` takes it back.
    #[inline]
    pub fn clear_parent_domain_name(mut self) -> Self {
        self.parent_domain_name = None;
        self.unknown_fields
            .insert("parentDomainName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `verified` (chainable).
    pub fn set_verified(mut self, value: impl Into<bool>) -> Self {
        self.verified = Some(value.into());
        self.unknown_fields.remove("verified");
        self
    }

    /// Sends `verified` as JSON `null`, which clears it on the server (chainable); `set_verified`
    /// takes it back.
    #[inline]
    pub fn clear_verified(mut self) -> Self {
        self.verified = None;
        self.unknown_fields.insert("verified".to_owned(), serde_json::Value::Null);
        self
    }
}
