use crate::runtime::{impl_open_enum, wire};

/// Controls the work account setup configuration, such as details of whether a Google
/// authenticated account is required.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WorkAccountSetupConfig {
    /// Optional. The authentication type of the user on the device.
    pub authentication_type: Option<
        crate::schemas::WorkAccountSetupConfigAuthenticationType,
    >,
    /// Optional. The specific google work account email address to be added. This field is only
    /// relevant if authenticationType is GOOGLE_AUTHENTICATED. This must be an enterprise account
    /// and not a consumer account. Once set and a Google authenticated account is added to the
    /// device, changing this field will have no effect, and thus recommended to be set only once.
    /// The email address must be all lowercase.
    pub required_account_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WorkAccountSetupConfig {
    /// Sets `authenticationType` (chainable).
    pub fn set_authentication_type(
        mut self,
        value: impl Into<crate::schemas::WorkAccountSetupConfigAuthenticationType>,
    ) -> Self {
        self.authentication_type = Some(value.into());
        self.unknown_fields.remove("authenticationType");
        self
    }

    /// Sends `authenticationType` as JSON `null`, which clears it on the server (chainable);
    /// `set_authentication_type` takes it back.
    #[inline]
    pub fn clear_authentication_type(mut self) -> Self {
        self.authentication_type = None;
        self.unknown_fields
            .insert("authenticationType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `requiredAccountEmail` (chainable).
    pub fn set_required_account_email(mut self, value: impl Into<String>) -> Self {
        self.required_account_email = Some(value.into());
        self.unknown_fields.remove("requiredAccountEmail");
        self
    }

    /// Sends `requiredAccountEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_required_account_email` takes it back.
    #[inline]
    pub fn clear_required_account_email(mut self) -> Self {
        self.required_account_email = None;
        self.unknown_fields
            .insert("requiredAccountEmail".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WorkAccountSetupConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.authentication_type {
            map.serialize_entry("authenticationType", value)?;
        }
        if let Some(value) = &self.required_account_email {
            map.serialize_entry("requiredAccountEmail", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WorkAccountSetupConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WorkAccountSetupConfig {
    const NAME: &'static str = "WorkAccountSetupConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "authenticationType" => self.authentication_type = map.next_value()?,
            "requiredAccountEmail" => self.required_account_email = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. The authentication type of the user on the device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WorkAccountSetupConfigAuthenticationType {
    /// Unspecified. Defaults to AUTHENTICATION_TYPE_NOT_ENFORCED.
    ///
    /// `AUTHENTICATION_TYPE_UNSPECIFIED` on the wire.
    #[default]
    AuthenticationTypeUnspecified,
    /// Authentication status of user on device is not enforced.
    ///
    /// `AUTHENTICATION_TYPE_NOT_ENFORCED` on the wire.
    AuthenticationTypeNotEnforced,
    /// Requires device to be managed with a Google authenticated account.
    ///
    /// `GOOGLE_AUTHENTICATED` on the wire.
    GoogleAuthenticated,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for WorkAccountSetupConfigAuthenticationType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AuthenticationTypeUnspecified => "AUTHENTICATION_TYPE_UNSPECIFIED",
            Self::AuthenticationTypeNotEnforced => "AUTHENTICATION_TYPE_NOT_ENFORCED",
            Self::GoogleAuthenticated => "GOOGLE_AUTHENTICATED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "AUTHENTICATION_TYPE_UNSPECIFIED" => Self::AuthenticationTypeUnspecified,
            "AUTHENTICATION_TYPE_NOT_ENFORCED" => Self::AuthenticationTypeNotEnforced,
            "GOOGLE_AUTHENTICATED" => Self::GoogleAuthenticated,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(WorkAccountSetupConfigAuthenticationType);
