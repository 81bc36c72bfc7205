use crate::runtime::{impl_open_enum, wire};

/// Information reported about an installed app.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApplicationReport {
    /// The source of the package.
    #[serde(
        rename = "applicationSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_source: Option<crate::schemas::ApplicationReportApplicationSource>,
    /// The display name of the app.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The list of app events which have occurred in the last 30 hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<crate::schemas::ApplicationEvent>>,
    /// The package name of the app that installed this app.
    #[serde(
        rename = "installerPackageName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub installer_package_name: Option<String>,
    /// List of keyed app states reported by the app.
    #[serde(rename = "keyedAppStates", default, skip_serializing_if = "Option::is_none")]
    pub keyed_app_states: Option<Vec<crate::schemas::KeyedAppState>>,
    /// Package name of the app.
    #[serde(rename = "packageName", default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// The SHA-256 hash of the app's APK file, which can be used to verify the app hasn't been
    /// modified. Each byte of the hash value is represented as a two-digit hexadecimal number.
    #[serde(
        rename = "packageSha256Hash",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub package_sha256_hash: Option<String>,
    /// Deprecated. Use signingKeyCerts instead. The SHA-1 hash of each android.content.pm.Signature
    /// (<https://developer.android.com/reference/android/content/pm/Signature.html>) associated
    /// with the app package. Each byte of each hash value is represented as a two-digit hexadecimal
    /// number.
    ///
    /// Deprecated.
    #[serde(
        rename = "signingKeyCertFingerprints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signing_key_cert_fingerprints: Option<Vec<String>>,
    /// Output only. Signing key certificates of the app.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "signingKeyCerts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signing_key_certs: Option<Vec<crate::schemas::ApplicationSigningKeyCert>>,
    /// Application state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::schemas::ApplicationReportState>,
    /// Whether the app is user facing.
    #[serde(rename = "userFacingType", default, skip_serializing_if = "Option::is_none")]
    pub user_facing_type: Option<crate::schemas::ApplicationReportUserFacingType>,
    /// The app version code, which can be used to determine whether one version is more recent than
    /// another.
    #[serde(rename = "versionCode", default, skip_serializing_if = "Option::is_none")]
    pub version_code: Option<i32>,
    /// The app version as displayed to the user.
    #[serde(rename = "versionName", default, skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationReport {
    /// Sets `applicationSource` (chainable).
    pub fn set_application_source(
        mut self,
        value: impl Into<crate::schemas::ApplicationReportApplicationSource>,
    ) -> Self {
        self.application_source = Some(value.into());
        self.unknown_fields.remove("applicationSource");
        self
    }

    /// Sends `applicationSource` as JSON `null`, which clears it on the server (chainable);
    /// `set_application_source` takes it back.
    #[inline]
    pub fn clear_application_source(mut self) -> Self {
        self.application_source = None;
        self.unknown_fields
            .insert("applicationSource".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `events` (chainable).
    pub fn set_events(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ApplicationEvent>>,
    ) -> Self {
        self.events = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("events");
        self
    }

    /// Sends `events` as JSON `null`, which clears it on the server (chainable); `set_events` takes
    /// it back.
    #[inline]
    pub fn clear_events(mut self) -> Self {
        self.events = None;
        self.unknown_fields.insert("events".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `installerPackageName` (chainable).
    pub fn set_installer_package_name(mut self, value: impl Into<String>) -> Self {
        self.installer_package_name = Some(value.into());
        self.unknown_fields.remove("installerPackageName");
        self
    }

    /// Sends `installerPackageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_installer_package_name` takes it back.
    #[inline]
    pub fn clear_installer_package_name(mut self) -> Self {
        self.installer_package_name = None;
        self.unknown_fields
            .insert("installerPackageName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyedAppStates` (chainable).
    pub fn set_keyed_app_states(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::KeyedAppState>>,
    ) -> Self {
        self.keyed_app_states = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("keyedAppStates");
        self
    }

    /// Sends `keyedAppStates` as JSON `null`, which clears it on the server (chainable);
    /// `set_keyed_app_states` takes it back.
    #[inline]
    pub fn clear_keyed_app_states(mut self) -> Self {
        self.keyed_app_states = None;
        self.unknown_fields.insert("keyedAppStates".to_owned(), serde_json::Value::Null);
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

    /// Sets `packageSha256Hash` (chainable).
    pub fn set_package_sha256_hash(mut self, value: impl Into<String>) -> Self {
        self.package_sha256_hash = Some(value.into());
        self.unknown_fields.remove("packageSha256Hash");
        self
    }

    /// Sends `packageSha256Hash` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_sha256_hash` takes it back.
    #[inline]
    pub fn clear_package_sha256_hash(mut self) -> Self {
        self.package_sha256_hash = None;
        self.unknown_fields
            .insert("packageSha256Hash".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signingKeyCertFingerprints` (chainable).
    pub fn set_signing_key_cert_fingerprints(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.signing_key_cert_fingerprints = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("signingKeyCertFingerprints");
        self
    }

    /// Sends `signingKeyCertFingerprints` as JSON `null`, which clears it on the server
    /// (chainable); `set_signing_key_cert_fingerprints` takes it back.
    #[inline]
    pub fn clear_signing_key_cert_fingerprints(mut self) -> Self {
        self.signing_key_cert_fingerprints = None;
        self.unknown_fields
            .insert("signingKeyCertFingerprints".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signingKeyCerts` (chainable).
    pub fn set_signing_key_certs(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ApplicationSigningKeyCert>,
        >,
    ) -> Self {
        self.signing_key_certs = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("signingKeyCerts");
        self
    }

    /// Sends `signingKeyCerts` as JSON `null`, which clears it on the server (chainable);
    /// `set_signing_key_certs` takes it back.
    #[inline]
    pub fn clear_signing_key_certs(mut self) -> Self {
        self.signing_key_certs = None;
        self.unknown_fields
            .insert("signingKeyCerts".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(
        mut self,
        value: impl Into<crate::schemas::ApplicationReportState>,
    ) -> Self {
        self.state = Some(value.into());
        self.unknown_fields.remove("state");
        self
    }

    /// Sends `state` as JSON `null`, which clears it on the server (chainable); `set_state` takes
    /// it back.
    #[inline]
    pub fn clear_state(mut self) -> Self {
        self.state = None;
        self.unknown_fields.insert("state".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userFacingType` (chainable).
    pub fn set_user_facing_type(
        mut self,
        value: impl Into<crate::schemas::ApplicationReportUserFacingType>,
    ) -> Self {
        self.user_facing_type = Some(value.into());
        self.unknown_fields.remove("userFacingType");
        self
    }

    /// Sends `userFacingType` as JSON `null`, which clears it on the server (chainable);
    /// `set_user_facing_type` takes it back.
    #[inline]
    pub fn clear_user_facing_type(mut self) -> Self {
        self.user_facing_type = None;
        self.unknown_fields.insert("userFacingType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `versionCode` (chainable).
    pub fn set_version_code(mut self, value: impl Into<i32>) -> Self {
        self.version_code = Some(value.into());
        self.unknown_fields.remove("versionCode");
        self
    }

    /// Sends `versionCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_version_code` takes it back.
    #[inline]
    pub fn clear_version_code(mut self) -> Self {
        self.version_code = None;
        self.unknown_fields.insert("versionCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `versionName` (chainable).
    pub fn set_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = Some(value.into());
        self.unknown_fields.remove("versionName");
        self
    }

    /// Sends `versionName` as JSON `null`, which clears it on the server (chainable);
    /// `set_version_name` takes it back.
    #[inline]
    pub fn clear_version_name(mut self) -> Self {
        self.version_name = None;
        self.unknown_fields.insert("versionName".to_owned(), serde_json::Value::Null);
        self
    }
}

/// The source of the package.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationReportApplicationSource {
    /// The app was sideloaded from an unspecified source.
    ///
    /// `APPLICATION_SOURCE_UNSPECIFIED` on the wire.
    #[default]
    ApplicationSourceUnspecified,
    /// This is a system app from the device's factory image.
    ///
    /// `SYSTEM_APP_FACTORY_VERSION` on the wire.
    SystemAppFactoryVersion,
    /// This is an updated system app.
    ///
    /// `SYSTEM_APP_UPDATED_VERSION` on the wire.
    SystemAppUpdatedVersion,
    /// The app was installed from the Google Play Store.
    ///
    /// `INSTALLED_FROM_PLAY_STORE` on the wire.
    InstalledFromPlayStore,
    /// The app was installed using the AMAPI SDK command
    /// (<https://developers.google.com/android/management/extensibility-sdk-integration>). See
    /// also: CUSTOM
    ///
    /// `CUSTOM` on the wire.
    Custom,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationReportApplicationSource {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ApplicationSourceUnspecified => "APPLICATION_SOURCE_UNSPECIFIED",
            Self::SystemAppFactoryVersion => "SYSTEM_APP_FACTORY_VERSION",
            Self::SystemAppUpdatedVersion => "SYSTEM_APP_UPDATED_VERSION",
            Self::InstalledFromPlayStore => "INSTALLED_FROM_PLAY_STORE",
            Self::Custom => "CUSTOM",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APPLICATION_SOURCE_UNSPECIFIED" => Self::ApplicationSourceUnspecified,
            "SYSTEM_APP_FACTORY_VERSION" => Self::SystemAppFactoryVersion,
            "SYSTEM_APP_UPDATED_VERSION" => Self::SystemAppUpdatedVersion,
            "INSTALLED_FROM_PLAY_STORE" => Self::InstalledFromPlayStore,
            "CUSTOM" => Self::Custom,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationReportApplicationSource);

/// Application state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationReportState {
    /// App state is unspecified
    ///
    /// `APPLICATION_STATE_UNSPECIFIED` on the wire.
    #[default]
    ApplicationStateUnspecified,
    /// App was removed from the device
    ///
    /// `REMOVED` on the wire.
    Removed,
    /// App is installed on the device
    ///
    /// `INSTALLED` on the wire.
    Installed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationReportState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ApplicationStateUnspecified => "APPLICATION_STATE_UNSPECIFIED",
            Self::Removed => "REMOVED",
            Self::Installed => "INSTALLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APPLICATION_STATE_UNSPECIFIED" => Self::ApplicationStateUnspecified,
            "REMOVED" => Self::Removed,
            "INSTALLED" => Self::Installed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationReportState);

/// Whether the app is user facing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationReportUserFacingType {
    /// App user facing type is unspecified.
    ///
    /// `USER_FACING_TYPE_UNSPECIFIED` on the wire.
    #[default]
    UserFacingTypeUnspecified,
    /// App is not user facing.
    ///
    /// `NOT_USER_FACING` on the wire.
    NotUserFacing,
    /// App is user facing.
    ///
    /// `USER_FACING` on the wire.
    UserFacing,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationReportUserFacingType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UserFacingTypeUnspecified => "USER_FACING_TYPE_UNSPECIFIED",
            Self::NotUserFacing => "NOT_USER_FACING",
            Self::UserFacing => "USER_FACING",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "USER_FACING_TYPE_UNSPECIFIED" => Self::UserFacingTypeUnspecified,
            "NOT_USER_FACING" => Self::NotUserFacing,
            "USER_FACING" => Self::UserFacing,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationReportUserFacingType);
