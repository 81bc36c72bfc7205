use crate::runtime::{impl_open_enum, wire};

/// Contains settings for Google-provided user authentication.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GoogleAuthenticationSettings {
    /// Output only. Whether users need to be authenticated by Google during the enrollment process.
    /// IT admin can specify if Google authentication is enabled for the enterprise for knowledge
    /// worker devices. This value can be set only via the Google Admin Console. Google
    /// authentication can be used with signin_url In the case where Google authentication is
    /// required and a signin_url is specified, Google authentication will be launched before
    /// signin_url. This value is overridden by EnrollmentToken.googleAuthenticationOptions and
    /// SigninDetail.googleAuthenticationOptions, if they are set.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub google_authentication_required: Option<
        crate::schemas::GoogleAuthenticationSettingsGoogleAuthenticationRequired,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GoogleAuthenticationSettings {
    /// Sets `googleAuthenticationRequired` (chainable).
    pub fn set_google_authentication_required(
        mut self,
        value: impl Into<
            crate::schemas::GoogleAuthenticationSettingsGoogleAuthenticationRequired,
        >,
    ) -> Self {
        self.google_authentication_required = Some(value.into());
        self.unknown_fields.remove("googleAuthenticationRequired");
        self
    }

    /// Sends `googleAuthenticationRequired` as JSON `null`, which clears it on the server
    /// (chainable); `set_google_authentication_required` takes it back.
    #[inline]
    pub fn clear_google_authentication_required(mut self) -> Self {
        self.google_authentication_required = None;
        self.unknown_fields
            .insert("googleAuthenticationRequired".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for GoogleAuthenticationSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.google_authentication_required {
            map.serialize_entry("googleAuthenticationRequired", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GoogleAuthenticationSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GoogleAuthenticationSettings {
    const NAME: &'static str = "GoogleAuthenticationSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "googleAuthenticationRequired" => {
                self.google_authentication_required = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. Whether users need to be authenticated by Google during the enrollment process.
/// IT admin can specify if Google authentication is enabled for the enterprise for knowledge
/// worker devices. This value can be set only via the Google Admin Console. Google
/// authentication can be used with signin_url In the case where Google authentication is
/// required and a signin_url is specified, Google authentication will be launched before
/// signin_url. This value is overridden by EnrollmentToken.googleAuthenticationOptions and
/// SigninDetail.googleAuthenticationOptions, if they are set.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GoogleAuthenticationSettingsGoogleAuthenticationRequired {
    /// This value is not used.
    ///
    /// `GOOGLE_AUTHENTICATION_REQUIRED_UNSPECIFIED` on the wire.
    #[default]
    GoogleAuthenticationRequiredUnspecified,
    /// Google authentication is not required.
    ///
    /// `NOT_REQUIRED` on the wire.
    NotRequired,
    /// User is required to be successfully authenticated by Google.
    ///
    /// `REQUIRED` on the wire.
    Required,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for GoogleAuthenticationSettingsGoogleAuthenticationRequired {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::GoogleAuthenticationRequiredUnspecified => {
                "GOOGLE_AUTHENTICATION_REQUIRED_UNSPECIFIED"
            }
            Self::NotRequired => "NOT_REQUIRED",
            Self::Required => "REQUIRED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "GOOGLE_AUTHENTICATION_REQUIRED_UNSPECIFIED" => {
                Self::GoogleAuthenticationRequiredUnspecified
            }
            "NOT_REQUIRED" => Self::NotRequired,
            "REQUIRED" => Self::Required,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(GoogleAuthenticationSettingsGoogleAuthenticationRequired);
