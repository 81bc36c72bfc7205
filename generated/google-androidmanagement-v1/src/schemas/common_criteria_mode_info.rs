use crate::runtime::{impl_open_enum, wire};

/// Information about Common Criteria Mode—security standards defined in the Common Criteria for
/// Information Technology Security Evaluation (<https://www.commoncriteriaportal.org/>)
/// (CC).This information is only available if statusReportingSettings.commonCriteriaModeEnabled
/// is true in the device's policy.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CommonCriteriaModeInfo {
    /// Whether Common Criteria Mode is enabled.
    pub common_criteria_mode_status: Option<
        crate::schemas::CommonCriteriaModeInfoCommonCriteriaModeStatus,
    >,
    /// Output only. The status of policy signature verification.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub policy_signature_verification_status: Option<
        crate::schemas::CommonCriteriaModeInfoPolicySignatureVerificationStatus,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CommonCriteriaModeInfo {
    /// Sets `commonCriteriaModeStatus` (chainable).
    pub fn set_common_criteria_mode_status(
        mut self,
        value: impl Into<crate::schemas::CommonCriteriaModeInfoCommonCriteriaModeStatus>,
    ) -> Self {
        self.common_criteria_mode_status = Some(value.into());
        self.unknown_fields.remove("commonCriteriaModeStatus");
        self
    }

    /// Sends `commonCriteriaModeStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_common_criteria_mode_status` takes it back.
    #[inline]
    pub fn clear_common_criteria_mode_status(mut self) -> Self {
        self.common_criteria_mode_status = None;
        self.unknown_fields
            .insert("commonCriteriaModeStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `policySignatureVerificationStatus` (chainable).
    pub fn set_policy_signature_verification_status(
        mut self,
        value: impl Into<
            crate::schemas::CommonCriteriaModeInfoPolicySignatureVerificationStatus,
        >,
    ) -> Self {
        self.policy_signature_verification_status = Some(value.into());
        self.unknown_fields.remove("policySignatureVerificationStatus");
        self
    }

    /// Sends `policySignatureVerificationStatus` as JSON `null`, which clears it on the server
    /// (chainable); `set_policy_signature_verification_status` takes it back.
    #[inline]
    pub fn clear_policy_signature_verification_status(mut self) -> Self {
        self.policy_signature_verification_status = None;
        self.unknown_fields
            .insert(
                "policySignatureVerificationStatus".to_owned(),
                serde_json::Value::Null,
            );
        self
    }
}

impl serde::Serialize for CommonCriteriaModeInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.common_criteria_mode_status {
            map.serialize_entry("commonCriteriaModeStatus", value)?;
        }
        if let Some(value) = &self.policy_signature_verification_status {
            map.serialize_entry("policySignatureVerificationStatus", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CommonCriteriaModeInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CommonCriteriaModeInfo {
    const NAME: &'static str = "CommonCriteriaModeInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "commonCriteriaModeStatus" => {
                self.common_criteria_mode_status = map.next_value()?;
            }
            "policySignatureVerificationStatus" => {
                self.policy_signature_verification_status = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Whether Common Criteria Mode is enabled.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CommonCriteriaModeInfoCommonCriteriaModeStatus {
    /// Unknown status.
    ///
    /// `COMMON_CRITERIA_MODE_STATUS_UNKNOWN` on the wire.
    #[default]
    CommonCriteriaModeStatusUnknown,
    /// Common Criteria Mode is currently disabled.
    ///
    /// `COMMON_CRITERIA_MODE_DISABLED` on the wire.
    CommonCriteriaModeDisabled,
    /// Common Criteria Mode is currently enabled.
    ///
    /// `COMMON_CRITERIA_MODE_ENABLED` on the wire.
    CommonCriteriaModeEnabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CommonCriteriaModeInfoCommonCriteriaModeStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CommonCriteriaModeStatusUnknown => {
                "COMMON_CRITERIA_MODE_STATUS_UNKNOWN"
            }
            Self::CommonCriteriaModeDisabled => "COMMON_CRITERIA_MODE_DISABLED",
            Self::CommonCriteriaModeEnabled => "COMMON_CRITERIA_MODE_ENABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "COMMON_CRITERIA_MODE_STATUS_UNKNOWN" => {
                Self::CommonCriteriaModeStatusUnknown
            }
            "COMMON_CRITERIA_MODE_DISABLED" => Self::CommonCriteriaModeDisabled,
            "COMMON_CRITERIA_MODE_ENABLED" => Self::CommonCriteriaModeEnabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CommonCriteriaModeInfoCommonCriteriaModeStatus);

/// Output only. The status of policy signature verification.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CommonCriteriaModeInfoPolicySignatureVerificationStatus {
    /// Unspecified. The verification status has not been reported. This is set only if
    /// statusReportingSettings.commonCriteriaModeEnabled is false.
    ///
    /// `POLICY_SIGNATURE_VERIFICATION_STATUS_UNSPECIFIED` on the wire.
    #[default]
    PolicySignatureVerificationStatusUnspecified,
    /// Policy signature verification is disabled on the device as common_criteria_mode is set to
    /// false.
    ///
    /// `POLICY_SIGNATURE_VERIFICATION_DISABLED` on the wire.
    PolicySignatureVerificationDisabled,
    /// Policy signature verification succeeded.
    ///
    /// `POLICY_SIGNATURE_VERIFICATION_SUCCEEDED` on the wire.
    PolicySignatureVerificationSucceeded,
    /// Policy signature verification is not supported, e.g. because the device has been enrolled
    /// with a CloudDPC version that does not support the policy signature verification.
    ///
    /// `POLICY_SIGNATURE_VERIFICATION_NOT_SUPPORTED` on the wire.
    PolicySignatureVerificationNotSupported,
    /// The policy signature verification failed. The policy has not been applied.
    ///
    /// `POLICY_SIGNATURE_VERIFICATION_FAILED` on the wire.
    PolicySignatureVerificationFailed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CommonCriteriaModeInfoPolicySignatureVerificationStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PolicySignatureVerificationStatusUnspecified => {
                "POLICY_SIGNATURE_VERIFICATION_STATUS_UNSPECIFIED"
            }
            Self::PolicySignatureVerificationDisabled => {
                "POLICY_SIGNATURE_VERIFICATION_DISABLED"
            }
            Self::PolicySignatureVerificationSucceeded => {
                "POLICY_SIGNATURE_VERIFICATION_SUCCEEDED"
            }
            Self::PolicySignatureVerificationNotSupported => {
                "POLICY_SIGNATURE_VERIFICATION_NOT_SUPPORTED"
            }
            Self::PolicySignatureVerificationFailed => {
                "POLICY_SIGNATURE_VERIFICATION_FAILED"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "POLICY_SIGNATURE_VERIFICATION_STATUS_UNSPECIFIED" => {
                Self::PolicySignatureVerificationStatusUnspecified
            }
            "POLICY_SIGNATURE_VERIFICATION_DISABLED" => {
                Self::PolicySignatureVerificationDisabled
            }
            "POLICY_SIGNATURE_VERIFICATION_SUCCEEDED" => {
                Self::PolicySignatureVerificationSucceeded
            }
            "POLICY_SIGNATURE_VERIFICATION_NOT_SUPPORTED" => {
                Self::PolicySignatureVerificationNotSupported
            }
            "POLICY_SIGNATURE_VERIFICATION_FAILED" => {
                Self::PolicySignatureVerificationFailed
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CommonCriteriaModeInfoPolicySignatureVerificationStatus);
