use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Domains {
    /// Creation time of the domain. Expressed in [Unix
    /// time](https://en.wikipedia.org/wiki/Epoch_time) format. (Read-only).
    pub creation_time: Option<i64>,
    /// A list of domain alias objects. (Read-only)
    pub domain_aliases: Option<Vec<crate::schemas::DomainAlias>>,
    /// The domain name of the customer.
    ///
    /// Required by: `directory.domains.insert`.
    pub domain_name: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// Indicates if the domain is a primary domain (Read-only).
    pub is_primary: Option<bool>,
    /// Kind of resource this is.
    pub kind: Option<String>,
    /// Indicates the verification state of a domain. (Read-only).
    pub verified: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Domains {
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

    /// Sets `domainName` (chainable).
    pub fn set_domain_name(mut self, value: impl Into<String>) -> Self {
        self.domain_name = Some(value.into());
        self.unknown_fields.remove("domainName");
        self
    }

    /// Sends `domainName` as JSON `null`, which clears it on the server (chainable);
    /// `set_domain_name` takes it back.
    #[inline]
    pub fn clear_domain_name(mut self) -> Self {
        self.domain_name = None;
        self.unknown_fields.insert("domainName".to_owned(), serde_json::Value::Null);
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

    /// Sets `isPrimary` (chainable).
    pub fn set_is_primary(mut self, value: impl Into<bool>) -> Self {
        self.is_primary = Some(value.into());
        self.unknown_fields.remove("isPrimary");
        self
    }

    /// Sends `isPrimary` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_primary` takes it back.
    #[inline]
    pub fn clear_is_primary(mut self) -> Self {
        self.is_primary = None;
        self.unknown_fields.insert("isPrimary".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for Domains {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.creation_time.is_some() {
            map.serialize_entry(
                "creationTime",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.creation_time),
            )?;
        }
        if let Some(value) = &self.domain_aliases {
            map.serialize_entry("domainAliases", value)?;
        }
        if let Some(value) = &self.domain_name {
            map.serialize_entry("domainName", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.is_primary {
            map.serialize_entry("isPrimary", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.verified {
            map.serialize_entry("verified", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Domains {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Domains {
    const NAME: &'static str = "Domains";
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
            "domainAliases" => self.domain_aliases = map.next_value()?,
            "domainName" => self.domain_name = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "isPrimary" => self.is_primary = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "verified" => self.verified = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
