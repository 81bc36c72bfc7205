use crate::runtime::wire;

/// Request message for generating a URL to upgrade an existing managed Google Play Accounts
/// enterprise to a managed Google domain.Note: This feature is not generally available.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GenerateEnterpriseUpgradeUrlRequest {
    /// Optional. Email address used to prefill the admin field of the enterprise signup form as
    /// part of the upgrade process. This value is a hint only and can be altered by the user.
    /// Personal email addresses are not allowed. If allowedDomains is non-empty then this must
    /// belong to one of the allowedDomains.
    pub admin_email: Option<String>,
    /// Optional. A list of domains that are permitted for the admin email. The IT admin cannot
    /// enter an email address with a domain name that is not in this list. Subdomains of domains in
    /// this list are not allowed but can be allowed by adding a second entry which has *. prefixed
    /// to the domain name (e.g. *.example.com). If the field is not present or is an empty list
    /// then the IT admin is free to use any valid domain name. Personal email domains are not
    /// allowed.
    pub allowed_domains: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GenerateEnterpriseUpgradeUrlRequest {
    /// Sets `adminEmail` (chainable).
    pub fn set_admin_email(mut self, value: impl Into<String>) -> Self {
        self.admin_email = Some(value.into());
        self.unknown_fields.remove("adminEmail");
        self
    }

    /// Sends `adminEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_admin_email` takes it back.
    #[inline]
    pub fn clear_admin_email(mut self) -> Self {
        self.admin_email = None;
        self.unknown_fields.insert("adminEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `allowedDomains` (chainable).
    pub fn set_allowed_domains(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.allowed_domains = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("allowedDomains");
        self
    }

    /// Sends `allowedDomains` as JSON `null`, which clears it on the server (chainable);
    /// `set_allowed_domains` takes it back.
    #[inline]
    pub fn clear_allowed_domains(mut self) -> Self {
        self.allowed_domains = None;
        self.unknown_fields.insert("allowedDomains".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for GenerateEnterpriseUpgradeUrlRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.admin_email {
            map.serialize_entry("adminEmail", value)?;
        }
        if let Some(value) = &self.allowed_domains {
            map.serialize_entry("allowedDomains", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GenerateEnterpriseUpgradeUrlRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GenerateEnterpriseUpgradeUrlRequest {
    const NAME: &'static str = "GenerateEnterpriseUpgradeUrlRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "adminEmail" => self.admin_email = map.next_value()?,
            "allowedDomains" => self.allowed_domains = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
