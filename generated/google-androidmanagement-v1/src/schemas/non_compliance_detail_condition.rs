use crate::runtime::{impl_open_enum, wire};

/// A compliance rule condition which is satisfied if there exists any matching
/// NonComplianceDetail for the device. A NonComplianceDetail matches a
/// NonComplianceDetailCondition if all the fields which are set within the
/// NonComplianceDetailCondition match the corresponding NonComplianceDetail fields.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct NonComplianceDetailCondition {
    /// The reason the device is not in compliance with the setting. If not set, then this condition
    /// matches any reason.
    pub non_compliance_reason: Option<
        crate::schemas::NonComplianceDetailConditionNonComplianceReason,
    >,
    /// The package name of the app that's out of compliance. If not set, then this condition
    /// matches any package name.
    pub package_name: Option<String>,
    /// The name of the policy setting. This is the JSON field name of a top-level Policy field. If
    /// not set, then this condition matches any setting name.
    pub setting_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl NonComplianceDetailCondition {
    /// Sets `nonComplianceReason` (chainable).
    pub fn set_non_compliance_reason(
        mut self,
        value: impl Into<crate::schemas::NonComplianceDetailConditionNonComplianceReason>,
    ) -> Self {
        self.non_compliance_reason = Some(value.into());
        self.unknown_fields.remove("nonComplianceReason");
        self
    }

    /// Sends `nonComplianceReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_non_compliance_reason` takes it back.
    #[inline]
    pub fn clear_non_compliance_reason(mut self) -> Self {
        self.non_compliance_reason = None;
        self.unknown_fields
            .insert("nonComplianceReason".to_owned(), serde_json::Value::Null);
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

    /// Sets `settingName` (chainable).
    pub fn set_setting_name(mut self, value: impl Into<String>) -> Self {
        self.setting_name = Some(value.into());
        self.unknown_fields.remove("settingName");
        self
    }

    /// Sends `settingName` as JSON `null`, which clears it on the server (chainable);
    /// `set_setting_name` takes it back.
    #[inline]
    pub fn clear_setting_name(mut self) -> Self {
        self.setting_name = None;
        self.unknown_fields.insert("settingName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for NonComplianceDetailCondition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.non_compliance_reason {
            map.serialize_entry("nonComplianceReason", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        if let Some(value) = &self.setting_name {
            map.serialize_entry("settingName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NonComplianceDetailCondition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for NonComplianceDetailCondition {
    const NAME: &'static str = "NonComplianceDetailCondition";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nonComplianceReason" => self.non_compliance_reason = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            "settingName" => self.setting_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The reason the device is not in compliance with the setting. If not set, then this condition
/// matches any reason.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NonComplianceDetailConditionNonComplianceReason {
    /// This value is not used.
    ///
    /// `NON_COMPLIANCE_REASON_UNSPECIFIED` on the wire.
    #[default]
    NonComplianceReasonUnspecified,
    /// The setting is not supported in the API level of the Android version running on the device.
    ///
    /// `API_LEVEL` on the wire.
    ApiLevel,
    /// The management mode (such as fully managed or work profile) doesn't support the setting.
    ///
    /// `MANAGEMENT_MODE` on the wire.
    ManagementMode,
    /// The user has not taken required action to comply with the setting.
    ///
    /// `USER_ACTION` on the wire.
    UserAction,
    /// The setting has an invalid value.
    ///
    /// `INVALID_VALUE` on the wire.
    InvalidValue,
    /// The app required to implement the policy is not installed.
    ///
    /// `APP_NOT_INSTALLED` on the wire.
    AppNotInstalled,
    /// The policy is not supported by the version of Android Device Policy on the device.
    ///
    /// `UNSUPPORTED` on the wire.
    Unsupported,
    /// A blocked app is installed.
    ///
    /// `APP_INSTALLED` on the wire.
    AppInstalled,
    /// The setting hasn't been applied at the time of the report, but is expected to be applied
    /// shortly.
    ///
    /// `PENDING` on the wire.
    Pending,
    /// The setting can't be applied to the app because the app doesn't support it, for example
    /// because its target SDK version is not high enough.
    ///
    /// `APP_INCOMPATIBLE` on the wire.
    AppIncompatible,
    /// The app is installed, but it hasn't been updated to the minimum version code specified by
    /// policy.
    ///
    /// `APP_NOT_UPDATED` on the wire.
    AppNotUpdated,
    /// This OS version is not permitted by the policy
    ///
    /// `OS_NOT_PERMITTED` on the wire.
    OsNotPermitted,
    /// The device is incompatible with the policy requirements.
    ///
    /// `DEVICE_INCOMPATIBLE` on the wire.
    DeviceIncompatible,
    /// The app's signing certificate does not match the setting value.
    ///
    /// `APP_SIGNING_CERT_MISMATCH` on the wire.
    AppSigningCertMismatch,
    /// The Google Cloud Platform project used to manage the device is not permitted to use this
    /// policy.
    ///
    /// `PROJECT_NOT_PERMITTED` on the wire.
    ProjectNotPermitted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for NonComplianceDetailConditionNonComplianceReason {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NonComplianceReasonUnspecified => "NON_COMPLIANCE_REASON_UNSPECIFIED",
            Self::ApiLevel => "API_LEVEL",
            Self::ManagementMode => "MANAGEMENT_MODE",
            Self::UserAction => "USER_ACTION",
            Self::InvalidValue => "INVALID_VALUE",
            Self::AppNotInstalled => "APP_NOT_INSTALLED",
            Self::Unsupported => "UNSUPPORTED",
            Self::AppInstalled => "APP_INSTALLED",
            Self::Pending => "PENDING",
            Self::AppIncompatible => "APP_INCOMPATIBLE",
            Self::AppNotUpdated => "APP_NOT_UPDATED",
            Self::OsNotPermitted => "OS_NOT_PERMITTED",
            Self::DeviceIncompatible => "DEVICE_INCOMPATIBLE",
            Self::AppSigningCertMismatch => "APP_SIGNING_CERT_MISMATCH",
            Self::ProjectNotPermitted => "PROJECT_NOT_PERMITTED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NON_COMPLIANCE_REASON_UNSPECIFIED" => Self::NonComplianceReasonUnspecified,
            "API_LEVEL" => Self::ApiLevel,
            "MANAGEMENT_MODE" => Self::ManagementMode,
            "USER_ACTION" => Self::UserAction,
            "INVALID_VALUE" => Self::InvalidValue,
            "APP_NOT_INSTALLED" => Self::AppNotInstalled,
            "UNSUPPORTED" => Self::Unsupported,
            "APP_INSTALLED" => Self::AppInstalled,
            "PENDING" => Self::Pending,
            "APP_INCOMPATIBLE" => Self::AppIncompatible,
            "APP_NOT_UPDATED" => Self::AppNotUpdated,
            "OS_NOT_PERMITTED" => Self::OsNotPermitted,
            "DEVICE_INCOMPATIBLE" => Self::DeviceIncompatible,
            "APP_SIGNING_CERT_MISMATCH" => Self::AppSigningCertMismatch,
            "PROJECT_NOT_PERMITTED" => Self::ProjectNotPermitted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(NonComplianceDetailConditionNonComplianceReason);
