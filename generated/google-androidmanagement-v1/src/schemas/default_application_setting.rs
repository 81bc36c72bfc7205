use crate::runtime::{impl_open_enum, wire};

/// The default application setting for a DefaultApplicationType.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DefaultApplicationSetting {
    /// Required. The scopes to which the policy should be applied. This list must not be empty or
    /// contain duplicates.A NonComplianceDetail with MANAGEMENT_MODE reason and
    /// DEFAULT_APPLICATION_SETTING_UNSUPPORTED_SCOPES specific reason is reported if none of the
    /// specified scopes can be applied to the management mode (e.g. a fully managed device receives
    /// a policy with only SCOPE_PERSONAL_PROFILE in the list).
    pub default_application_scopes: Option<
        Vec<crate::schemas::DefaultApplicationSettingDefaultApplicationScopes>,
    >,
    /// Required. The app type to set the default application.
    pub default_application_type: Option<
        crate::schemas::DefaultApplicationSettingDefaultApplicationType,
    >,
    /// Required. The list of applications that can be set as the default app for a given type. This
    /// list must not be empty or contain duplicates. The first app in the list that is installed
    /// and qualified for the defaultApplicationType (e.g. SMS app for DEFAULT_SMS) is set as the
    /// default app. The signing key certificate fingerprint of the app on the device must also
    /// match one of the signing key certificate fingerprints obtained from Play Store or one of the
    /// entries in ApplicationPolicy.signingKeyCerts in order to be set as the default.If the
    /// defaultApplicationScopes contains SCOPE_FULLY_MANAGED or SCOPE_WORK_PROFILE, the app must
    /// have an entry in applications with installType set to a value other than BLOCKED.A
    /// NonComplianceDetail with APP_NOT_INSTALLED reason and
    /// DEFAULT_APPLICATION_SETTING_FAILED_FOR_SCOPE specific reason is reported if none of the apps
    /// in the list are installed. A NonComplianceDetail with INVALID_VALUE reason and
    /// DEFAULT_APPLICATION_SETTING_FAILED_FOR_SCOPE specific reason is reported if at least one app
    /// is installed but the policy fails to apply due to other reasons (e.g. the app is not of the
    /// right type).When applying to SCOPE_PERSONAL_PROFILE on a company-owned device with a work
    /// profile, only pre-installed system apps can be set as the default. A NonComplianceDetail
    /// with INVALID_VALUE reason and DEFAULT_APPLICATION_SETTING_FAILED_FOR_SCOPE specific reason
    /// is reported if the policy fails to apply to the personal profile.
    pub default_applications: Option<Vec<crate::schemas::DefaultApplication>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DefaultApplicationSetting {
    /// Sets `defaultApplicationScopes` (chainable).
    pub fn set_default_application_scopes(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<
                crate::schemas::DefaultApplicationSettingDefaultApplicationScopes,
            >,
        >,
    ) -> Self {
        self.default_application_scopes = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("defaultApplicationScopes");
        self
    }

    /// Sends `defaultApplicationScopes` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_application_scopes` takes it back.
    #[inline]
    pub fn clear_default_application_scopes(mut self) -> Self {
        self.default_application_scopes = None;
        self.unknown_fields
            .insert("defaultApplicationScopes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultApplicationType` (chainable).
    pub fn set_default_application_type(
        mut self,
        value: impl Into<crate::schemas::DefaultApplicationSettingDefaultApplicationType>,
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

    /// Sets `defaultApplications` (chainable).
    pub fn set_default_applications(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::DefaultApplication>>,
    ) -> Self {
        self.default_applications = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("defaultApplications");
        self
    }

    /// Sends `defaultApplications` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_applications` takes it back.
    #[inline]
    pub fn clear_default_applications(mut self) -> Self {
        self.default_applications = None;
        self.unknown_fields
            .insert("defaultApplications".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DefaultApplicationSetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.default_application_scopes {
            map.serialize_entry("defaultApplicationScopes", value)?;
        }
        if let Some(value) = &self.default_application_type {
            map.serialize_entry("defaultApplicationType", value)?;
        }
        if let Some(value) = &self.default_applications {
            map.serialize_entry("defaultApplications", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DefaultApplicationSetting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DefaultApplicationSetting {
    const NAME: &'static str = "DefaultApplicationSetting";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "defaultApplicationScopes" => {
                self.default_application_scopes = map.next_value()?;
            }
            "defaultApplicationType" => self.default_application_type = map.next_value()?,
            "defaultApplications" => self.default_applications = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DefaultApplicationSettingDefaultApplicationScopes {
    /// Unspecified. This value must not be used.
    ///
    /// `DEFAULT_APPLICATION_SCOPE_UNSPECIFIED` on the wire.
    #[default]
    DefaultApplicationScopeUnspecified,
    /// Sets the application as the default on fully managed devices.
    ///
    /// `SCOPE_FULLY_MANAGED` on the wire.
    ScopeFullyManaged,
    /// Sets the application as the work profile default.Only supported for DEFAULT_BROWSER,
    /// DEFAULT_CALL_REDIRECTION, DEFAULT_CALL_SCREENING, DEFAULT_DIALER and DEFAULT_WALLET.
    ///
    /// `SCOPE_WORK_PROFILE` on the wire.
    ScopeWorkProfile,
    /// Sets the application as the personal profile default on company-owned devices with a work
    /// profile. Only pre-installed system apps can be set as the default.Only supported for
    /// DEFAULT_BROWSER, DEFAULT_DIALER, DEFAULT_SMS and DEFAULT_WALLET.
    ///
    /// `SCOPE_PERSONAL_PROFILE` on the wire.
    ScopePersonalProfile,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DefaultApplicationSettingDefaultApplicationScopes {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DefaultApplicationScopeUnspecified => {
                "DEFAULT_APPLICATION_SCOPE_UNSPECIFIED"
            }
            Self::ScopeFullyManaged => "SCOPE_FULLY_MANAGED",
            Self::ScopeWorkProfile => "SCOPE_WORK_PROFILE",
            Self::ScopePersonalProfile => "SCOPE_PERSONAL_PROFILE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEFAULT_APPLICATION_SCOPE_UNSPECIFIED" => {
                Self::DefaultApplicationScopeUnspecified
            }
            "SCOPE_FULLY_MANAGED" => Self::ScopeFullyManaged,
            "SCOPE_WORK_PROFILE" => Self::ScopeWorkProfile,
            "SCOPE_PERSONAL_PROFILE" => Self::ScopePersonalProfile,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DefaultApplicationSettingDefaultApplicationScopes);

/// Required. The app type to set the default application.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DefaultApplicationSettingDefaultApplicationType {
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

impl wire::OpenEnum for DefaultApplicationSettingDefaultApplicationType {
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
impl_open_enum!(DefaultApplicationSettingDefaultApplicationType);
