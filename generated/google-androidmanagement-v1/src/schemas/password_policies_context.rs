use crate::runtime::{impl_open_enum, wire};

/// Additional context for non-compliance related to password policies.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PasswordPoliciesContext {
    /// The scope of non-compliant password.
    pub password_policy_scope: Option<
        crate::schemas::PasswordPoliciesContextPasswordPolicyScope,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PasswordPoliciesContext {
    /// Sets `passwordPolicyScope` (chainable).
    pub fn set_password_policy_scope(
        mut self,
        value: impl Into<crate::schemas::PasswordPoliciesContextPasswordPolicyScope>,
    ) -> Self {
        self.password_policy_scope = Some(value.into());
        self.unknown_fields.remove("passwordPolicyScope");
        self
    }

    /// Sends `passwordPolicyScope` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_policy_scope` takes it back.
    #[inline]
    pub fn clear_password_policy_scope(mut self) -> Self {
        self.password_policy_scope = None;
        self.unknown_fields
            .insert("passwordPolicyScope".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PasswordPoliciesContext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.password_policy_scope {
            map.serialize_entry("passwordPolicyScope", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PasswordPoliciesContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PasswordPoliciesContext {
    const NAME: &'static str = "PasswordPoliciesContext";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "passwordPolicyScope" => self.password_policy_scope = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The scope of non-compliant password.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PasswordPoliciesContextPasswordPolicyScope {
    /// The scope is unspecified. The password requirements are applied to the work profile for work
    /// profile devices and the whole device for fully managed or dedicated devices.
    ///
    /// `SCOPE_UNSPECIFIED` on the wire.
    #[default]
    ScopeUnspecified,
    /// The password requirements are only applied to the device.
    ///
    /// `SCOPE_DEVICE` on the wire.
    ScopeDevice,
    /// The password requirements are only applied to the work profile.
    ///
    /// `SCOPE_PROFILE` on the wire.
    ScopeProfile,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PasswordPoliciesContextPasswordPolicyScope {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ScopeUnspecified => "SCOPE_UNSPECIFIED",
            Self::ScopeDevice => "SCOPE_DEVICE",
            Self::ScopeProfile => "SCOPE_PROFILE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SCOPE_UNSPECIFIED" => Self::ScopeUnspecified,
            "SCOPE_DEVICE" => Self::ScopeDevice,
            "SCOPE_PROFILE" => Self::ScopeProfile,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PasswordPoliciesContextPasswordPolicyScope);
