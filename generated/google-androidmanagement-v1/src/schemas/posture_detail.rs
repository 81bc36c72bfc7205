use crate::runtime::{impl_open_enum, wire};

/// Additional details regarding the security posture of the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PostureDetail {
    /// Corresponding admin-facing advice to mitigate this security risk and improve the security
    /// posture of the device.
    pub advice: Option<Vec<crate::schemas::UserFacingMessage>>,
    /// A specific security risk that negatively affects the security posture of the device.
    pub security_risk: Option<crate::schemas::PostureDetailSecurityRisk>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PostureDetail {
    /// Sets `advice` (chainable).
    pub fn set_advice(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::UserFacingMessage>>,
    ) -> Self {
        self.advice = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("advice");
        self
    }

    /// Sends `advice` as JSON `null`, which clears it on the server (chainable); `set_advice` takes
    /// it back.
    #[inline]
    pub fn clear_advice(mut self) -> Self {
        self.advice = None;
        self.unknown_fields.insert("advice".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `securityRisk` (chainable).
    pub fn set_security_risk(
        mut self,
        value: impl Into<crate::schemas::PostureDetailSecurityRisk>,
    ) -> Self {
        self.security_risk = Some(value.into());
        self.unknown_fields.remove("securityRisk");
        self
    }

    /// Sends `securityRisk` as JSON `null`, which clears it on the server (chainable);
    /// `set_security_risk` takes it back.
    #[inline]
    pub fn clear_security_risk(mut self) -> Self {
        self.security_risk = None;
        self.unknown_fields.insert("securityRisk".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PostureDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.advice {
            map.serialize_entry("advice", value)?;
        }
        if let Some(value) = &self.security_risk {
            map.serialize_entry("securityRisk", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PostureDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PostureDetail {
    const NAME: &'static str = "PostureDetail";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "advice" => self.advice = map.next_value()?,
            "securityRisk" => self.security_risk = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// A specific security risk that negatively affects the security posture of the device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PostureDetailSecurityRisk {
    /// Unspecified.
    ///
    /// `SECURITY_RISK_UNSPECIFIED` on the wire.
    #[default]
    SecurityRiskUnspecified,
    /// Play Integrity API detects that the device is running an unknown OS (basicIntegrity check
    /// succeeds but ctsProfileMatch fails).
    ///
    /// `UNKNOWN_OS` on the wire.
    UnknownOs,
    /// Play Integrity API detects that the device is running a compromised OS (basicIntegrity check
    /// fails).
    ///
    /// `COMPROMISED_OS` on the wire.
    CompromisedOs,
    /// Play Integrity API detects that the device does not have a strong guarantee of system
    /// integrity, if the MEETS_STRONG_INTEGRITY label doesn't show in the device integrity field
    /// (<https://developer.android.com/google/play/integrity/verdicts#device-integrity-field>).
    ///
    /// `HARDWARE_BACKED_EVALUATION_FAILED` on the wire.
    HardwareBackedEvaluationFailed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PostureDetailSecurityRisk {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SecurityRiskUnspecified => "SECURITY_RISK_UNSPECIFIED",
            Self::UnknownOs => "UNKNOWN_OS",
            Self::CompromisedOs => "COMPROMISED_OS",
            Self::HardwareBackedEvaluationFailed => "HARDWARE_BACKED_EVALUATION_FAILED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SECURITY_RISK_UNSPECIFIED" => Self::SecurityRiskUnspecified,
            "UNKNOWN_OS" => Self::UnknownOs,
            "COMPROMISED_OS" => Self::CompromisedOs,
            "HARDWARE_BACKED_EVALUATION_FAILED" => Self::HardwareBackedEvaluationFailed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PostureDetailSecurityRisk);
