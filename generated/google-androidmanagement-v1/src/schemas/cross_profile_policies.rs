use crate::runtime::{impl_open_enum, wire};

/// Controls the data from the work profile that can be accessed from the personal profile and
/// vice versa. A NonComplianceDetail with MANAGEMENT_MODE is reported if the device does not
/// have a work profile.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CrossProfilePolicies {
    /// Optional. Controls whether personal profile apps can invoke app functions exposed by apps in
    /// the work profile.
    pub cross_profile_app_functions: Option<
        crate::schemas::CrossProfilePoliciesCrossProfileAppFunctions,
    >,
    /// Optional. Whether text copied from one profile (personal or work) can be pasted in the other
    /// profile.
    pub cross_profile_copy_paste: Option<
        crate::schemas::CrossProfilePoliciesCrossProfileCopyPaste,
    >,
    /// Optional. Whether data from one profile (personal or work) can be shared with apps in the
    /// other profile. Specifically controls simple data sharing via intents. Management of other
    /// cross-profile communication channels, such as contact search, copy/paste, or connected work
    /// & personal apps, are configured separately.
    pub cross_profile_data_sharing: Option<
        crate::schemas::CrossProfilePoliciesCrossProfileDataSharing,
    >,
    /// Optional. List of apps which are excluded from the ShowWorkContactsInPersonalProfile
    /// setting. For this to be set, ShowWorkContactsInPersonalProfile must be set to one of the
    /// following values: SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_ALLOWED. In this case, these
    /// exemptions act as a blocklist. SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED. In this
    /// case, these exemptions act as an allowlist.
    /// SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED_EXCEPT_SYSTEM. In this case, these
    /// exemptions act as an allowlist, in addition to the already allowlisted system apps.Supported
    /// on Android 14 and above. A NonComplianceDetail with API_LEVEL is reported if the Android
    /// version is less than 14.
    pub exemptions_to_show_work_contacts_in_personal_profile: Option<
        crate::schemas::PackageNameList,
    >,
    /// Optional. Whether personal apps can access contacts stored in the work profile.See also
    /// exemptions_to_show_work_contacts_in_personal_profile.
    pub show_work_contacts_in_personal_profile: Option<
        crate::schemas::CrossProfilePoliciesShowWorkContactsInPersonalProfile,
    >,
    /// Optional. Specifies the default behaviour for work profile widgets. If the policy does not
    /// specify work_profile_widgets for a specific application, it will behave according to the
    /// value specified here.
    pub work_profile_widgets_default: Option<
        crate::schemas::CrossProfilePoliciesWorkProfileWidgetsDefault,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CrossProfilePolicies {
    /// Sets `crossProfileAppFunctions` (chainable).
    pub fn set_cross_profile_app_functions(
        mut self,
        value: impl Into<crate::schemas::CrossProfilePoliciesCrossProfileAppFunctions>,
    ) -> Self {
        self.cross_profile_app_functions = Some(value.into());
        self.unknown_fields.remove("crossProfileAppFunctions");
        self
    }

    /// Sends `crossProfileAppFunctions` as JSON `null`, which clears it on the server (chainable);
    /// `set_cross_profile_app_functions` takes it back.
    #[inline]
    pub fn clear_cross_profile_app_functions(mut self) -> Self {
        self.cross_profile_app_functions = None;
        self.unknown_fields
            .insert("crossProfileAppFunctions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `crossProfileCopyPaste` (chainable).
    pub fn set_cross_profile_copy_paste(
        mut self,
        value: impl Into<crate::schemas::CrossProfilePoliciesCrossProfileCopyPaste>,
    ) -> Self {
        self.cross_profile_copy_paste = Some(value.into());
        self.unknown_fields.remove("crossProfileCopyPaste");
        self
    }

    /// Sends `crossProfileCopyPaste` as JSON `null`, which clears it on the server (chainable);
    /// `set_cross_profile_copy_paste` takes it back.
    #[inline]
    pub fn clear_cross_profile_copy_paste(mut self) -> Self {
        self.cross_profile_copy_paste = None;
        self.unknown_fields
            .insert("crossProfileCopyPaste".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `crossProfileDataSharing` (chainable).
    pub fn set_cross_profile_data_sharing(
        mut self,
        value: impl Into<crate::schemas::CrossProfilePoliciesCrossProfileDataSharing>,
    ) -> Self {
        self.cross_profile_data_sharing = Some(value.into());
        self.unknown_fields.remove("crossProfileDataSharing");
        self
    }

    /// Sends `crossProfileDataSharing` as JSON `null`, which clears it on the server (chainable);
    /// `set_cross_profile_data_sharing` takes it back.
    #[inline]
    pub fn clear_cross_profile_data_sharing(mut self) -> Self {
        self.cross_profile_data_sharing = None;
        self.unknown_fields
            .insert("crossProfileDataSharing".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `exemptionsToShowWorkContactsInPersonalProfile` (chainable).
    pub fn set_exemptions_to_show_work_contacts_in_personal_profile(
        mut self,
        value: impl Into<crate::schemas::PackageNameList>,
    ) -> Self {
        self.exemptions_to_show_work_contacts_in_personal_profile = Some(value.into());
        self.unknown_fields.remove("exemptionsToShowWorkContactsInPersonalProfile");
        self
    }

    /// Sends `exemptionsToShowWorkContactsInPersonalProfile` as JSON `null`, which clears it on the
    /// server (chainable); `set_exemptions_to_show_work_contacts_in_personal_profile` takes it
    /// back.
    #[inline]
    pub fn clear_exemptions_to_show_work_contacts_in_personal_profile(mut self) -> Self {
        self.exemptions_to_show_work_contacts_in_personal_profile = None;
        self.unknown_fields
            .insert(
                "exemptionsToShowWorkContactsInPersonalProfile".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `showWorkContactsInPersonalProfile` (chainable).
    pub fn set_show_work_contacts_in_personal_profile(
        mut self,
        value: impl Into<
            crate::schemas::CrossProfilePoliciesShowWorkContactsInPersonalProfile,
        >,
    ) -> Self {
        self.show_work_contacts_in_personal_profile = Some(value.into());
        self.unknown_fields.remove("showWorkContactsInPersonalProfile");
        self
    }

    /// Sends `showWorkContactsInPersonalProfile` as JSON `null`, which clears it on the server
    /// (chainable); `set_show_work_contacts_in_personal_profile` takes it back.
    #[inline]
    pub fn clear_show_work_contacts_in_personal_profile(mut self) -> Self {
        self.show_work_contacts_in_personal_profile = None;
        self.unknown_fields
            .insert(
                "showWorkContactsInPersonalProfile".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `workProfileWidgetsDefault` (chainable).
    pub fn set_work_profile_widgets_default(
        mut self,
        value: impl Into<crate::schemas::CrossProfilePoliciesWorkProfileWidgetsDefault>,
    ) -> Self {
        self.work_profile_widgets_default = Some(value.into());
        self.unknown_fields.remove("workProfileWidgetsDefault");
        self
    }

    /// Sends `workProfileWidgetsDefault` as JSON `null`, which clears it on the server (chainable);
    /// `set_work_profile_widgets_default` takes it back.
    #[inline]
    pub fn clear_work_profile_widgets_default(mut self) -> Self {
        self.work_profile_widgets_default = None;
        self.unknown_fields
            .insert("workProfileWidgetsDefault".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CrossProfilePolicies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.cross_profile_app_functions {
            map.serialize_entry("crossProfileAppFunctions", value)?;
        }
        if let Some(value) = &self.cross_profile_copy_paste {
            map.serialize_entry("crossProfileCopyPaste", value)?;
        }
        if let Some(value) = &self.cross_profile_data_sharing {
            map.serialize_entry("crossProfileDataSharing", value)?;
        }
        if let Some(value) = &self.exemptions_to_show_work_contacts_in_personal_profile {
            map.serialize_entry("exemptionsToShowWorkContactsInPersonalProfile", value)?;
        }
        if let Some(value) = &self.show_work_contacts_in_personal_profile {
            map.serialize_entry("showWorkContactsInPersonalProfile", value)?;
        }
        if let Some(value) = &self.work_profile_widgets_default {
            map.serialize_entry("workProfileWidgetsDefault", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CrossProfilePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CrossProfilePolicies {
    const NAME: &'static str = "CrossProfilePolicies";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "crossProfileAppFunctions" => {
                self.cross_profile_app_functions = map.next_value()?;
            }
            "crossProfileCopyPaste" => self.cross_profile_copy_paste = map.next_value()?,
            "crossProfileDataSharing" => {
                self.cross_profile_data_sharing = map.next_value()?;
            }
            "exemptionsToShowWorkContactsInPersonalProfile" => {
                self.exemptions_to_show_work_contacts_in_personal_profile = map
                    .next_value()?;
            }
            "showWorkContactsInPersonalProfile" => {
                self.show_work_contacts_in_personal_profile = map.next_value()?;
            }
            "workProfileWidgetsDefault" => {
                self.work_profile_widgets_default = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls whether personal profile apps can invoke app functions exposed by apps in
/// the work profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrossProfilePoliciesCrossProfileAppFunctions {
    /// Unspecified. If appFunctions is set to APP_FUNCTIONS_ALLOWED, defaults to
    /// CROSS_PROFILE_APP_FUNCTIONS_ALLOWED. If appFunctions is set to APP_FUNCTIONS_DISALLOWED,
    /// defaults to CROSS_PROFILE_APP_FUNCTIONS_DISALLOWED.
    ///
    /// `CROSS_PROFILE_APP_FUNCTIONS_UNSPECIFIED` on the wire.
    #[default]
    CrossProfileAppFunctionsUnspecified,
    /// Personal profile apps are not allowed to invoke app functions exposed by apps in the work
    /// profile.
    ///
    /// `CROSS_PROFILE_APP_FUNCTIONS_DISALLOWED` on the wire.
    CrossProfileAppFunctionsDisallowed,
    /// Personal profile apps can invoke app functions exposed by apps in the work profile. If this
    /// is set, appFunctions must not be set to APP_FUNCTIONS_DISALLOWED, otherwise the policy will
    /// be rejected.
    ///
    /// `CROSS_PROFILE_APP_FUNCTIONS_ALLOWED` on the wire.
    CrossProfileAppFunctionsAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CrossProfilePoliciesCrossProfileAppFunctions {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CrossProfileAppFunctionsUnspecified => {
                "CROSS_PROFILE_APP_FUNCTIONS_UNSPECIFIED"
            }
            Self::CrossProfileAppFunctionsDisallowed => {
                "CROSS_PROFILE_APP_FUNCTIONS_DISALLOWED"
            }
            Self::CrossProfileAppFunctionsAllowed => {
                "CROSS_PROFILE_APP_FUNCTIONS_ALLOWED"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CROSS_PROFILE_APP_FUNCTIONS_UNSPECIFIED" => {
                Self::CrossProfileAppFunctionsUnspecified
            }
            "CROSS_PROFILE_APP_FUNCTIONS_DISALLOWED" => {
                Self::CrossProfileAppFunctionsDisallowed
            }
            "CROSS_PROFILE_APP_FUNCTIONS_ALLOWED" => {
                Self::CrossProfileAppFunctionsAllowed
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CrossProfilePoliciesCrossProfileAppFunctions);

/// Optional. Whether text copied from one profile (personal or work) can be pasted in the other
/// profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrossProfilePoliciesCrossProfileCopyPaste {
    /// Unspecified. Defaults to COPY_FROM_WORK_TO_PERSONAL_DISALLOWED
    ///
    /// `CROSS_PROFILE_COPY_PASTE_UNSPECIFIED` on the wire.
    #[default]
    CrossProfileCopyPasteUnspecified,
    /// Default. Prevents users from pasting into the personal profile text copied from the work
    /// profile. Text copied from the personal profile can be pasted into the work profile, and text
    /// copied from the work profile can be pasted into the work profile.
    ///
    /// `COPY_FROM_WORK_TO_PERSONAL_DISALLOWED` on the wire.
    CopyFromWorkToPersonalDisallowed,
    /// Text copied in either profile can be pasted in the other profile.
    ///
    /// `CROSS_PROFILE_COPY_PASTE_ALLOWED` on the wire.
    CrossProfileCopyPasteAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CrossProfilePoliciesCrossProfileCopyPaste {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CrossProfileCopyPasteUnspecified => {
                "CROSS_PROFILE_COPY_PASTE_UNSPECIFIED"
            }
            Self::CopyFromWorkToPersonalDisallowed => {
                "COPY_FROM_WORK_TO_PERSONAL_DISALLOWED"
            }
            Self::CrossProfileCopyPasteAllowed => "CROSS_PROFILE_COPY_PASTE_ALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CROSS_PROFILE_COPY_PASTE_UNSPECIFIED" => {
                Self::CrossProfileCopyPasteUnspecified
            }
            "COPY_FROM_WORK_TO_PERSONAL_DISALLOWED" => {
                Self::CopyFromWorkToPersonalDisallowed
            }
            "CROSS_PROFILE_COPY_PASTE_ALLOWED" => Self::CrossProfileCopyPasteAllowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CrossProfilePoliciesCrossProfileCopyPaste);

/// Optional. Whether data from one profile (personal or work) can be shared with apps in the
/// other profile. Specifically controls simple data sharing via intents. Management of other
/// cross-profile communication channels, such as contact search, copy/paste, or connected work
/// & personal apps, are configured separately.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrossProfilePoliciesCrossProfileDataSharing {
    /// Unspecified. Defaults to DATA_SHARING_FROM_WORK_TO_PERSONAL_DISALLOWED.
    ///
    /// `CROSS_PROFILE_DATA_SHARING_UNSPECIFIED` on the wire.
    #[default]
    CrossProfileDataSharingUnspecified,
    /// Prevents data from being shared from both the personal profile to the work profile and the
    /// work profile to the personal profile.
    ///
    /// `CROSS_PROFILE_DATA_SHARING_DISALLOWED` on the wire.
    CrossProfileDataSharingDisallowed,
    /// Default. Prevents users from sharing data from the work profile to apps in the personal
    /// profile. Personal data can be shared with work apps.
    ///
    /// `DATA_SHARING_FROM_WORK_TO_PERSONAL_DISALLOWED` on the wire.
    DataSharingFromWorkToPersonalDisallowed,
    /// Data from either profile can be shared with the other profile.
    ///
    /// `CROSS_PROFILE_DATA_SHARING_ALLOWED` on the wire.
    CrossProfileDataSharingAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CrossProfilePoliciesCrossProfileDataSharing {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::CrossProfileDataSharingUnspecified => {
                "CROSS_PROFILE_DATA_SHARING_UNSPECIFIED"
            }
            Self::CrossProfileDataSharingDisallowed => {
                "CROSS_PROFILE_DATA_SHARING_DISALLOWED"
            }
            Self::DataSharingFromWorkToPersonalDisallowed => {
                "DATA_SHARING_FROM_WORK_TO_PERSONAL_DISALLOWED"
            }
            Self::CrossProfileDataSharingAllowed => "CROSS_PROFILE_DATA_SHARING_ALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CROSS_PROFILE_DATA_SHARING_UNSPECIFIED" => {
                Self::CrossProfileDataSharingUnspecified
            }
            "CROSS_PROFILE_DATA_SHARING_DISALLOWED" => {
                Self::CrossProfileDataSharingDisallowed
            }
            "DATA_SHARING_FROM_WORK_TO_PERSONAL_DISALLOWED" => {
                Self::DataSharingFromWorkToPersonalDisallowed
            }
            "CROSS_PROFILE_DATA_SHARING_ALLOWED" => Self::CrossProfileDataSharingAllowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CrossProfilePoliciesCrossProfileDataSharing);

/// Optional. Whether personal apps can access contacts stored in the work profile.See also
/// exemptions_to_show_work_contacts_in_personal_profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrossProfilePoliciesShowWorkContactsInPersonalProfile {
    /// Unspecified. Defaults to SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_ALLOWED.When this is set,
    /// exemptions_to_show_work_contacts_in_personal_profile must not be set.
    ///
    /// `SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_UNSPECIFIED` on the wire.
    #[default]
    ShowWorkContactsInPersonalProfileUnspecified,
    /// Prevents personal apps from accessing work profile contacts and looking up work
    /// contacts.When this is set, personal apps specified in
    /// exemptions_to_show_work_contacts_in_personal_profile are allowlisted and can access work
    /// profile contacts directly.Supported on Android 7.0 and above. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 7.0.
    ///
    /// `SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED` on the wire.
    ShowWorkContactsInPersonalProfileDisallowed,
    /// Default. Allows apps in the personal profile to access work profile contacts including
    /// contact searches and incoming calls.When this is set, personal apps specified in
    /// exemptions_to_show_work_contacts_in_personal_profile are blocklisted and can not access work
    /// profile contacts directly.Supported on Android 7.0 and above. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 7.0.
    ///
    /// `SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_ALLOWED` on the wire.
    ShowWorkContactsInPersonalProfileAllowed,
    /// Prevents most personal apps from accessing work profile contacts including contact searches
    /// and incoming calls, except for the OEM default Dialer, Messages, and Contacts apps. Neither
    /// user-configured Dialer, Messages, and Contacts apps, nor any other system or play installed
    /// apps, will be able to query work contacts directly.When this is set, personal apps specified
    /// in exemptions_to_show_work_contacts_in_personal_profile are allowlisted and can access work
    /// profile contacts.Supported on Android 14 and above. If this is set on a device with Android
    /// version less than 14, the behaviour falls back to
    /// SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED and a NonComplianceDetail with API_LEVEL
    /// is reported.
    ///
    /// `SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED_EXCEPT_SYSTEM` on the wire.
    ShowWorkContactsInPersonalProfileDisallowedExceptSystem,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CrossProfilePoliciesShowWorkContactsInPersonalProfile {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ShowWorkContactsInPersonalProfileUnspecified => {
                "SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_UNSPECIFIED"
            }
            Self::ShowWorkContactsInPersonalProfileDisallowed => {
                "SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED"
            }
            Self::ShowWorkContactsInPersonalProfileAllowed => {
                "SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_ALLOWED"
            }
            Self::ShowWorkContactsInPersonalProfileDisallowedExceptSystem => {
                "SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED_EXCEPT_SYSTEM"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_UNSPECIFIED" => {
                Self::ShowWorkContactsInPersonalProfileUnspecified
            }
            "SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED" => {
                Self::ShowWorkContactsInPersonalProfileDisallowed
            }
            "SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_ALLOWED" => {
                Self::ShowWorkContactsInPersonalProfileAllowed
            }
            "SHOW_WORK_CONTACTS_IN_PERSONAL_PROFILE_DISALLOWED_EXCEPT_SYSTEM" => {
                Self::ShowWorkContactsInPersonalProfileDisallowedExceptSystem
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CrossProfilePoliciesShowWorkContactsInPersonalProfile);

/// Optional. Specifies the default behaviour for work profile widgets. If the policy does not
/// specify work_profile_widgets for a specific application, it will behave according to the
/// value specified here.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrossProfilePoliciesWorkProfileWidgetsDefault {
    /// Unspecified. Defaults to WORK_PROFILE_WIDGETS_DEFAULT_DISALLOWED.
    ///
    /// `WORK_PROFILE_WIDGETS_DEFAULT_UNSPECIFIED` on the wire.
    #[default]
    WorkProfileWidgetsDefaultUnspecified,
    /// Work profile widgets are allowed by default. This means that if the policy does not specify
    /// work_profile_widgets as WORK_PROFILE_WIDGETS_DISALLOWED for the application, it will be able
    /// to add widgets to the home screen.
    ///
    /// `WORK_PROFILE_WIDGETS_DEFAULT_ALLOWED` on the wire.
    WorkProfileWidgetsDefaultAllowed,
    /// Work profile widgets are disallowed by default. This means that if the policy does not
    /// specify work_profile_widgets as WORK_PROFILE_WIDGETS_ALLOWED for the application, it will be
    /// unable to add widgets to the home screen.
    ///
    /// `WORK_PROFILE_WIDGETS_DEFAULT_DISALLOWED` on the wire.
    WorkProfileWidgetsDefaultDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CrossProfilePoliciesWorkProfileWidgetsDefault {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WorkProfileWidgetsDefaultUnspecified => {
                "WORK_PROFILE_WIDGETS_DEFAULT_UNSPECIFIED"
            }
            Self::WorkProfileWidgetsDefaultAllowed => {
                "WORK_PROFILE_WIDGETS_DEFAULT_ALLOWED"
            }
            Self::WorkProfileWidgetsDefaultDisallowed => {
                "WORK_PROFILE_WIDGETS_DEFAULT_DISALLOWED"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WORK_PROFILE_WIDGETS_DEFAULT_UNSPECIFIED" => {
                Self::WorkProfileWidgetsDefaultUnspecified
            }
            "WORK_PROFILE_WIDGETS_DEFAULT_ALLOWED" => {
                Self::WorkProfileWidgetsDefaultAllowed
            }
            "WORK_PROFILE_WIDGETS_DEFAULT_DISALLOWED" => {
                Self::WorkProfileWidgetsDefaultDisallowed
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CrossProfilePoliciesWorkProfileWidgetsDefault);
