use crate::runtime::wire;
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
    pub unknown_fields: wire::UnknownFields,
}

impl DomainAliases {
    /// Sets `domainAliases` (chainable).
    pub fn set_domain_aliases(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::DomainAlias>>,
    ) -> Self {
        self.domain_aliases = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("domainAliases");
        self
    }

    /// Sends `domainAliases` as JSON `null`, which clears it on the server (chainable);
    /// `set_domain_aliases` takes it back.
    #[inline]
    pub fn clear_domain_aliases(mut self) -> Self {
        self.domain_aliases = None;
        self.unknown_fields.insert("domainAliases".to_owned(), serde_json::Value::Null);
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
}
