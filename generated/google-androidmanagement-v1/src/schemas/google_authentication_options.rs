use crate::runtime::{impl_open_enum, wire};

/// Options for Google authentication during the enrollment.When triggering the enrollment with
/// a SigninDetail, these options are enforced after the user completes third-party sign-in and
/// an EnrollmentToken is created. If this token's authentication_requirement is set to
/// REQUIRED, these options interact with the SigninDetail.googleAuthenticationOptions that
/// initiated the flow in the following ways: - If the user skipped Google sign-in earlier
/// (permitted by SigninDetail.googleAuthenticationOptions), an error will occur and the user
/// will be prompted to sign in again. - If required_account_email is set on this token and the
/// user signed in with a different email earlier, an error will occur and the user will be
/// asked to sign in again with the correct account.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GoogleAuthenticationOptions {
    /// Optional. Specifies whether user should authenticate with Google during enrollment. If this
    /// is set to any value other than AUTHENTICATION_REQUIREMENT_UNSPECIFIED, the enterprise-level
    /// setting googleAuthenticationSettings is ignored for devices enrolled with this token.
    pub authentication_requirement: Option<
        crate::schemas::GoogleAuthenticationOptionsAuthenticationRequirement,
    >,
    /// Optional. Specifies the managed Google account that the user must use during enrollment.
    /// This field can only be set if AuthenticationRequirement is set to REQUIRED.
    pub required_account_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GoogleAuthenticationOptions {
    /// Sets `authenticationRequirement` (chainable).
    pub fn set_authentication_requirement(
        mut self,
        value: impl Into<
            crate::schemas::GoogleAuthenticationOptionsAuthenticationRequirement,
        >,
    ) -> Self {
        self.authentication_requirement = Some(value.into());
        self.unknown_fields.remove("authenticationRequirement");
        self
    }

    /// Sends `authenticationRequirement` as JSON `null`, which clears it on the server (chainable);
    /// `set_authentication_requirement` takes it back.
    #[inline]
    pub fn clear_authentication_requirement(mut self) -> Self {
        self.authentication_requirement = None;
        self.unknown_fields
            .insert("authenticationRequirement".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for GoogleAuthenticationOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.authentication_requirement {
            map.serialize_entry("authenticationRequirement", value)?;
        }
        if let Some(value) = &self.required_account_email {
            map.serialize_entry("requiredAccountEmail", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GoogleAuthenticationOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GoogleAuthenticationOptions {
    const NAME: &'static str = "GoogleAuthenticationOptions";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "authenticationRequirement" => {
                self.authentication_requirement = map.next_value()?;
            }
            "requiredAccountEmail" => self.required_account_email = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Specifies whether user should authenticate with Google during enrollment. If this
/// is set to any value other than AUTHENTICATION_REQUIREMENT_UNSPECIFIED, the enterprise-level
/// setting googleAuthenticationSettings is ignored for devices enrolled with this token.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GoogleAuthenticationOptionsAuthenticationRequirement {
    /// The setting googleAuthenticationSettings for the enterprise that this enrollment token
    /// belongs to is used to determine whether the user needs to authenticate with Google during
    /// enrollment.
    ///
    /// `AUTHENTICATION_REQUIREMENT_UNSPECIFIED` on the wire.
    #[default]
    AuthenticationRequirementUnspecified,
    /// Google authentication is optional for the user. This means the user can choose to skip
    /// Google authentication during enrollment.
    ///
    /// `OPTIONAL` on the wire.
    Optional,
    /// Google authentication is required for the user. This means the user must authenticate with a
    /// Google account to proceed.
    ///
    /// `REQUIRED` on the wire.
    Required,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for GoogleAuthenticationOptionsAuthenticationRequirement {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AuthenticationRequirementUnspecified => {
                "AUTHENTICATION_REQUIREMENT_UNSPECIFIED"
            }
            Self::Optional => "OPTIONAL",
            Self::Required => "REQUIRED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "AUTHENTICATION_REQUIREMENT_UNSPECIFIED" => {
                Self::AuthenticationRequirementUnspecified
            }
            "OPTIONAL" => Self::Optional,
            "REQUIRED" => Self::Required,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(GoogleAuthenticationOptionsAuthenticationRequirement);
