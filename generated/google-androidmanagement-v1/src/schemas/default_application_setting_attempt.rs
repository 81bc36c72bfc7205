use crate::runtime::{impl_open_enum, wire};

/// Details on a default application setting attempt.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DefaultApplicationSettingAttempt {
    /// Output only. The outcome of setting the app as the default.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub attempt_outcome: Option<
        crate::schemas::DefaultApplicationSettingAttemptAttemptOutcome,
    >,
    /// Output only. The package name of the attempted application.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub package_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DefaultApplicationSettingAttempt {
    /// Sets `attemptOutcome` (chainable).
    pub fn set_attempt_outcome(
        mut self,
        value: impl Into<crate::schemas::DefaultApplicationSettingAttemptAttemptOutcome>,
    ) -> Self {
        self.attempt_outcome = Some(value.into());
        self.unknown_fields.remove("attemptOutcome");
        self
    }

    /// Sends `attemptOutcome` as JSON `null`, which clears it on the server (chainable);
    /// `set_attempt_outcome` takes it back.
    #[inline]
    pub fn clear_attempt_outcome(mut self) -> Self {
        self.attempt_outcome = None;
        self.unknown_fields.insert("attemptOutcome".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `packageName` (chainable).
    pub fn set_package_name(mut self, value: impl Into<String>) -> Self {
        self.package_name = Some(value.into());
        self.unknown_fields.remove("packageName");
        self
    }

    /// Sends `packageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_name` takes it back.
    #[inline]
    pub fn clear_package_name(mut self) -> Self {
        self.package_name = None;
        self.unknown_fields.insert("packageName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DefaultApplicationSettingAttempt {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.attempt_outcome {
            map.serialize_entry("attemptOutcome", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DefaultApplicationSettingAttempt {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DefaultApplicationSettingAttempt {
    const NAME: &'static str = "DefaultApplicationSettingAttempt";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "attemptOutcome" => self.attempt_outcome = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. The outcome of setting the app as the default.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DefaultApplicationSettingAttemptAttemptOutcome {
    /// Attempt outcome is unspecified. This is not used.
    ///
    /// `ATTEMPT_OUTCOME_UNSPECIFIED` on the wire.
    #[default]
    AttemptOutcomeUnspecified,
    /// App is successfully set as the default.
    ///
    /// `SUCCESS` on the wire.
    Success,
    /// Attempt failed as the app is not installed.
    ///
    /// `APP_NOT_INSTALLED` on the wire.
    AppNotInstalled,
    /// Attempt failed as the signing key certificate fingerprint of the app from Play Store or from
    /// ApplicationPolicy.signingKeyCerts does not match the one on the device.
    ///
    /// `APP_SIGNING_CERT_MISMATCH` on the wire.
    AppSigningCertMismatch,
    /// Attempt failed due to other reasons.
    ///
    /// `OTHER_FAILURE` on the wire.
    OtherFailure,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DefaultApplicationSettingAttemptAttemptOutcome {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AttemptOutcomeUnspecified => "ATTEMPT_OUTCOME_UNSPECIFIED",
            Self::Success => "SUCCESS",
            Self::AppNotInstalled => "APP_NOT_INSTALLED",
            Self::AppSigningCertMismatch => "APP_SIGNING_CERT_MISMATCH",
            Self::OtherFailure => "OTHER_FAILURE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ATTEMPT_OUTCOME_UNSPECIFIED" => Self::AttemptOutcomeUnspecified,
            "SUCCESS" => Self::Success,
            "APP_NOT_INSTALLED" => Self::AppNotInstalled,
            "APP_SIGNING_CERT_MISMATCH" => Self::AppSigningCertMismatch,
            "OTHER_FAILURE" => Self::OtherFailure,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DefaultApplicationSettingAttemptAttemptOutcome);
