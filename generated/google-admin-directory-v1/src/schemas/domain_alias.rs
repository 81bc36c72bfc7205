use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DomainAlias {
    /// The creation time of the domain alias. (Read-only).
    pub creation_time: Option<i64>,
    /// The domain alias name.
    pub domain_alias_name: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// Kind of resource this is.
    pub kind: Option<String>,
    /// The parent domain name that the domain alias is associated with. This can either be a
    /// primary or secondary domain name within a customer.
    ///
    /// Required by: `directory.domains.insert`.
    pub parent_domain_name: Option<String>,
    /// Indicates the verification state of a domain alias. (Read-only)
    pub verified: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for DomainAlias {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.creation_time.is_some() {
            map.serialize_entry(
                "creationTime",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.creation_time),
            )?;
        }
        if let Some(value) = &self.domain_alias_name {
            map.serialize_entry("domainAliasName", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.parent_domain_name {
            map.serialize_entry("parentDomainName", value)?;
        }
        if let Some(value) = &self.verified {
            map.serialize_entry("verified", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DomainAlias {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DomainAlias {
    const NAME: &'static str = "DomainAlias";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "creationTime" => {
                self.creation_time = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "domainAliasName" => self.domain_alias_name = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "parentDomainName" => self.parent_domain_name = map.next_value()?,
            "verified" => self.verified = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
