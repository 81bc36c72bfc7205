use crate::runtime::{impl_open_enum, wire};

/// An Enterprises resource represents the binding between an EMM and a specific organization.
/// That binding can be instantiated in one of two different ways using this API as follows: -
/// For Google managed domain customers, the process involves using Enterprises.enroll and
/// Enterprises.setAccount (in conjunction with artifacts obtained from the Admin console and
/// the Google API Console) and submitted to the EMM through a more-or-less manual process. -
/// For managed Google Play Accounts customers, the process involves using
/// Enterprises.generateSignupUrl and Enterprises.completeSignup in conjunction with the managed
/// Google Play sign-up UI (Google-provided mechanism) to create the binding without manual
/// steps. As an EMM, you can support either or both approaches in your EMM console. See Create
/// an Enterprise for details.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Enterprise {
    /// Admins of the enterprise. This is only supported for enterprises created via the
    /// EMM-initiated flow.
    pub administrator: Option<Vec<crate::schemas::Administrator>>,
    /// The type of the enterprise.
    pub enterprise_type: Option<crate::schemas::EnterpriseEnterpriseType>,
    /// Output only. Settings for Google-provided user authentication.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub google_authentication_settings: Option<
        crate::schemas::GoogleAuthenticationSettings,
    >,
    /// The unique ID for the enterprise.
    pub id: Option<String>,
    /// The type of managed Google domain
    pub managed_google_domain_type: Option<
        crate::schemas::EnterpriseManagedGoogleDomainType,
    >,
    /// The name of the enterprise, for example, "Example, Inc".
    pub name: Option<String>,
    /// The enterprise's primary domain, such as "example.com".
    pub primary_domain: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Enterprise {
    /// Sets `administrator` (chainable).
    pub fn set_administrator(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Administrator>>,
    ) -> Self {
        self.administrator = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("administrator");
        self
    }

    /// Sends `administrator` as JSON `null`, which clears it on the server (chainable);
    /// `set_administrator` takes it back.
    #[inline]
    pub fn clear_administrator(mut self) -> Self {
        self.administrator = None;
        self.unknown_fields.insert("administrator".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enterpriseType` (chainable).
    pub fn set_enterprise_type(
        mut self,
        value: impl Into<crate::schemas::EnterpriseEnterpriseType>,
    ) -> Self {
        self.enterprise_type = Some(value.into());
        self.unknown_fields.remove("enterpriseType");
        self
    }

    /// Sends `enterpriseType` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprise_type` takes it back.
    #[inline]
    pub fn clear_enterprise_type(mut self) -> Self {
        self.enterprise_type = None;
        self.unknown_fields.insert("enterpriseType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `googleAuthenticationSettings` (chainable).
    pub fn set_google_authentication_settings(
        mut self,
        value: impl Into<crate::schemas::GoogleAuthenticationSettings>,
    ) -> Self {
        self.google_authentication_settings = Some(value.into());
        self.unknown_fields.remove("googleAuthenticationSettings");
        self
    }

    /// Sends `googleAuthenticationSettings` as JSON `null`, which clears it on the server
    /// (chainable); `set_google_authentication_settings` takes it back.
    #[inline]
    pub fn clear_google_authentication_settings(mut self) -> Self {
        self.google_authentication_settings = None;
        self.unknown_fields
            .insert("googleAuthenticationSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managedGoogleDomainType` (chainable).
    pub fn set_managed_google_domain_type(
        mut self,
        value: impl Into<crate::schemas::EnterpriseManagedGoogleDomainType>,
    ) -> Self {
        self.managed_google_domain_type = Some(value.into());
        self.unknown_fields.remove("managedGoogleDomainType");
        self
    }

    /// Sends `managedGoogleDomainType` as JSON `null`, which clears it on the server (chainable);
    /// `set_managed_google_domain_type` takes it back.
    #[inline]
    pub fn clear_managed_google_domain_type(mut self) -> Self {
        self.managed_google_domain_type = None;
        self.unknown_fields
            .insert("managedGoogleDomainType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primaryDomain` (chainable).
    pub fn set_primary_domain(mut self, value: impl Into<String>) -> Self {
        self.primary_domain = Some(value.into());
        self.unknown_fields.remove("primaryDomain");
        self
    }

    /// Sends `primaryDomain` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_domain` takes it back.
    #[inline]
    pub fn clear_primary_domain(mut self) -> Self {
        self.primary_domain = None;
        self.unknown_fields.insert("primaryDomain".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Enterprise {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.administrator {
            map.serialize_entry("administrator", value)?;
        }
        if let Some(value) = &self.enterprise_type {
            map.serialize_entry("enterpriseType", value)?;
        }
        if let Some(value) = &self.google_authentication_settings {
            map.serialize_entry("googleAuthenticationSettings", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.managed_google_domain_type {
            map.serialize_entry("managedGoogleDomainType", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.primary_domain {
            map.serialize_entry("primaryDomain", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Enterprise {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Enterprise {
    const NAME: &'static str = "Enterprise";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "administrator" => self.administrator = map.next_value()?,
            "enterpriseType" => self.enterprise_type = map.next_value()?,
            "googleAuthenticationSettings" => {
                self.google_authentication_settings = map.next_value()?;
            }
            "id" => self.id = map.next_value()?,
            "managedGoogleDomainType" => {
                self.managed_google_domain_type = map.next_value()?;
            }
            "name" => self.name = map.next_value()?,
            "primaryDomain" => self.primary_domain = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of the enterprise.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum EnterpriseEnterpriseType {
    /// This value is not used.
    ///
    /// `enterpriseTypeUnspecified` on the wire.
    #[default]
    EnterpriseTypeUnspecified,
    /// The enterprise belongs to a managed Google domain.
    ///
    /// `managedGoogleDomain` on the wire.
    ManagedGoogleDomain,
    /// The enterprise is a managed Google Play Accounts enterprise.
    ///
    /// `managedGooglePlayAccountsEnterprise` on the wire.
    ManagedGooglePlayAccountsEnterprise,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for EnterpriseEnterpriseType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::EnterpriseTypeUnspecified => "enterpriseTypeUnspecified",
            Self::ManagedGoogleDomain => "managedGoogleDomain",
            Self::ManagedGooglePlayAccountsEnterprise => {
                "managedGooglePlayAccountsEnterprise"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "enterpriseTypeUnspecified" => Self::EnterpriseTypeUnspecified,
            "managedGoogleDomain" => Self::ManagedGoogleDomain,
            "managedGooglePlayAccountsEnterprise" => {
                Self::ManagedGooglePlayAccountsEnterprise
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(EnterpriseEnterpriseType);

/// The type of managed Google domain
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum EnterpriseManagedGoogleDomainType {
    /// The managed Google domain type is not specified.
    ///
    /// `managedGoogleDomainTypeUnspecified` on the wire.
    #[default]
    ManagedGoogleDomainTypeUnspecified,
    /// The managed Google domain is an email-verified team.
    ///
    /// `typeTeam` on the wire.
    TypeTeam,
    /// The managed Google domain is domain-verified.
    ///
    /// `typeDomain` on the wire.
    TypeDomain,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for EnterpriseManagedGoogleDomainType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ManagedGoogleDomainTypeUnspecified => {
                "managedGoogleDomainTypeUnspecified"
            }
            Self::TypeTeam => "typeTeam",
            Self::TypeDomain => "typeDomain",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "managedGoogleDomainTypeUnspecified" => {
                Self::ManagedGoogleDomainTypeUnspecified
            }
            "typeTeam" => Self::TypeTeam,
            "typeDomain" => Self::TypeDomain,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(EnterpriseManagedGoogleDomainType);
