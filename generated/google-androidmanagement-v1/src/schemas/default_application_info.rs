use crate::runtime::{impl_open_enum, wire};

/// The default application information for a specific DefaultApplicationType.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DefaultApplicationInfo {
    /// Output only. Details on the default application setting attempts, in the same order as
    /// listed in defaultApplications.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub default_application_setting_attempts: Option<
        Vec<crate::schemas::DefaultApplicationSettingAttempt>,
    >,
    /// Output only. The default application type.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub default_application_type: Option<
        crate::schemas::DefaultApplicationInfoDefaultApplicationType,
    >,
    /// Output only. The package name of the current default application.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub package_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DefaultApplicationInfo {
    /// Sets `defaultApplicationSettingAttempts` (chainable).
    pub fn set_default_application_setting_attempts(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::DefaultApplicationSettingAttempt>,
        >,
    ) -> Self {
        self.default_application_setting_attempts = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("defaultApplicationSettingAttempts");
        self
    }

    /// Sends `defaultApplicationSettingAttempts` as JSON `null`, which clears it on the server
    /// (chainable); `set_default_application_setting_attempts` takes it back.
    #[inline]
    pub fn clear_default_application_setting_attempts(mut self) -> Self {
        self.default_application_setting_attempts = None;
        self.unknown_fields
            .insert(
                "defaultApplicationSettingAttempts".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `defaultApplicationType` (chainable).
    pub fn set_default_application_type(
        mut self,
        value: impl Into<crate::schemas::DefaultApplicationInfoDefaultApplicationType>,
    ) -> Self {
        self.default_application_type = Some(value.into());
        self.unknown_fields.remove("defaultApplicationType");
        self
    }

    /// Sends `defaultApplicationType` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_application_type` takes it back.
    #[inline]
    pub fn clear_default_application_type(mut self) -> Self {
        self.default_application_type = None;
        self.unknown_fields
            .insert("defaultApplicationType".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for DefaultApplicationInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.default_application_setting_attempts {
            map.serialize_entry("defaultApplicationSettingAttempts", value)?;
        }
        if let Some(value) = &self.default_application_type {
            map.serialize_entry("defaultApplicationType", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DefaultApplicationInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DefaultApplicationInfo {
    const NAME: &'static str = "DefaultApplicationInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "defaultApplicationSettingAttempts" => {
                self.default_application_setting_attempts = map.next_value()?;
            }
            "defaultApplicationType" => self.default_application_type = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. The default application type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DefaultApplicationInfoDefaultApplicationType {
    /// Unspecified. This value must not be used.
    ///
    /// `DEFAULT_APPLICATION_TYPE_UNSPECIFIED` on the wire.
    #[default]
    DefaultApplicationTypeUnspecified,
    /// The assistant app type. This app type is only allowed to be set for
    /// SCOPE_FULLY_MANAGED.Supported on fully managed devices on Android 16 and above. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for other management modes. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 16.
    ///
    /// `DEFAULT_ASSISTANT` on the wire.
    DefaultAssistant,
    /// The browser app type.Supported on Android 16 and above. A NonComplianceDetail with API_LEVEL
    /// is reported if the Android version is less than 16.
    ///
    /// `DEFAULT_BROWSER` on the wire.
    DefaultBrowser,
    /// The call redirection app type. This app type cannot be set for
    /// SCOPE_PERSONAL_PROFILE.Supported on Android 16 and above. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 16.
    ///
    /// `DEFAULT_CALL_REDIRECTION` on the wire.
    DefaultCallRedirection,
    /// The call screening app type. This app type cannot be set for
    /// SCOPE_PERSONAL_PROFILE.Supported on Android 16 and above. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 16.
    ///
    /// `DEFAULT_CALL_SCREENING` on the wire.
    DefaultCallScreening,
    /// The dialer app type.Supported on fully managed devices on Android 14 and 15. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for other management modes. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than
    /// 14.Supported on all management modes on Android 16 and above.
    ///
    /// `DEFAULT_DIALER` on the wire.
    DefaultDialer,
    /// The home app type. This app type is only allowed to be set for SCOPE_FULLY_MANAGED.Supported
    /// on fully managed devices on Android 16 and above. A NonComplianceDetail with MANAGEMENT_MODE
    /// is reported for other management modes. A NonComplianceDetail with API_LEVEL is reported if
    /// the Android version is less than 16.
    ///
    /// `DEFAULT_HOME` on the wire.
    DefaultHome,
    /// The SMS app type. This app type cannot be set for SCOPE_WORK_PROFILE.Supported on
    /// company-owned devices on Android 16 and above. A NonComplianceDetail with MANAGEMENT_MODE is
    /// reported for personally-owned devices. A NonComplianceDetail with API_LEVEL is reported if
    /// the Android version is less than 16.
    ///
    /// `DEFAULT_SMS` on the wire.
    DefaultSms,
    /// The wallet app type. The default application of this type applies across profiles.On a
    /// company-owned device with a work profile, admins can set the scope to SCOPE_PERSONAL_PROFILE
    /// to set a personal profile pre-installed system app as the default, or to SCOPE_WORK_PROFILE
    /// to set a work profile app as the default. It is not allowed to specify both scopes at the
    /// same time.Due to a known issue, the user may be able to change the default wallet even when
    /// this is set on a fully managed device.Supported on company-owned devices on Android 16 and
    /// above. A NonComplianceDetail with MANAGEMENT_MODE is reported for personally-owned devices.
    /// A NonComplianceDetail with API_LEVEL is reported if the Android version is less than 16.
    ///
    /// `DEFAULT_WALLET` on the wire.
    DefaultWallet,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DefaultApplicationInfoDefaultApplicationType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DefaultApplicationTypeUnspecified => {
                "DEFAULT_APPLICATION_TYPE_UNSPECIFIED"
            }
            Self::DefaultAssistant => "DEFAULT_ASSISTANT",
            Self::DefaultBrowser => "DEFAULT_BROWSER",
            Self::DefaultCallRedirection => "DEFAULT_CALL_REDIRECTION",
            Self::DefaultCallScreening => "DEFAULT_CALL_SCREENING",
            Self::DefaultDialer => "DEFAULT_DIALER",
            Self::DefaultHome => "DEFAULT_HOME",
            Self::DefaultSms => "DEFAULT_SMS",
            Self::DefaultWallet => "DEFAULT_WALLET",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEFAULT_APPLICATION_TYPE_UNSPECIFIED" => {
                Self::DefaultApplicationTypeUnspecified
            }
            "DEFAULT_ASSISTANT" => Self::DefaultAssistant,
            "DEFAULT_BROWSER" => Self::DefaultBrowser,
            "DEFAULT_CALL_REDIRECTION" => Self::DefaultCallRedirection,
            "DEFAULT_CALL_SCREENING" => Self::DefaultCallScreening,
            "DEFAULT_DIALER" => Self::DefaultDialer,
            "DEFAULT_HOME" => Self::DefaultHome,
            "DEFAULT_SMS" => Self::DefaultSms,
            "DEFAULT_WALLET" => Self::DefaultWallet,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DefaultApplicationInfoDefaultApplicationType);
