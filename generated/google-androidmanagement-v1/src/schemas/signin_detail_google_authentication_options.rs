use crate::runtime::{impl_open_enum, wire};

/// Options for Google authentication during the enrollment.These options control whether the
/// Google authentication screen is shown, and whether it can be skipped, at the start of the
/// sign-in flow. More requirements can be enforced by
/// EnrollmentToken.googleAuthenticationOptions on the EnrollmentToken that is created later.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SigninDetailGoogleAuthenticationOptions {
    /// Optional. Specifies whether user should authenticate with Google during enrollment. If this
    /// is set to any value other than AUTHENTICATION_REQUIREMENT_UNSPECIFIED, the enterprise-level
    /// setting googleAuthenticationSettings is ignored for devices enrolled with this sign-in
    /// detail.
    pub authentication_requirement: Option<
        crate::schemas::SigninDetailGoogleAuthenticationOptionsAuthenticationRequirement,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SigninDetailGoogleAuthenticationOptions {
    /// Sets `authenticationRequirement` (chainable).
    pub fn set_authentication_requirement(
        mut self,
        value: impl Into<
            crate::schemas::SigninDetailGoogleAuthenticationOptionsAuthenticationRequirement,
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
}

impl serde::Serialize for SigninDetailGoogleAuthenticationOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.authentication_requirement {
            map.serialize_entry("authenticationRequirement", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SigninDetailGoogleAuthenticationOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SigninDetailGoogleAuthenticationOptions {
    const NAME: &'static str = "SigninDetailGoogleAuthenticationOptions";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "authenticationRequirement" => {
                self.authentication_requirement = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Specifies whether user should authenticate with Google during enrollment. If this
/// is set to any value other than AUTHENTICATION_REQUIREMENT_UNSPECIFIED, the enterprise-level
/// setting googleAuthenticationSettings is ignored for devices enrolled with this sign-in
/// detail.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SigninDetailGoogleAuthenticationOptionsAuthenticationRequirement {
    /// The setting googleAuthenticationSettings for the enterprise that this sign-in detail belongs
    /// to is used to determine whether the user needs to authenticate with Google during
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

impl wire::OpenEnum
for SigninDetailGoogleAuthenticationOptionsAuthenticationRequirement {
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
impl_open_enum!(SigninDetailGoogleAuthenticationOptionsAuthenticationRequirement);
