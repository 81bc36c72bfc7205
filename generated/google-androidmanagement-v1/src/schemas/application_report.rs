use crate::runtime::{impl_open_enum, wire};

/// Information reported about an installed app.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplicationReport {
    /// The source of the package.
    pub application_source: Option<crate::schemas::ApplicationReportApplicationSource>,
    /// The display name of the app.
    pub display_name: Option<String>,
    /// The list of app events which have occurred in the last 30 hours.
    pub events: Option<Vec<crate::schemas::ApplicationEvent>>,
    /// The package name of the app that installed this app.
    pub installer_package_name: Option<String>,
    /// List of keyed app states reported by the app.
    pub keyed_app_states: Option<Vec<crate::schemas::KeyedAppState>>,
    /// Package name of the app.
    pub package_name: Option<String>,
    /// The SHA-256 hash of the app's APK file, which can be used to verify the app hasn't been
    /// modified. Each byte of the hash value is represented as a two-digit hexadecimal number.
    pub package_sha256_hash: Option<String>,
    /// Deprecated. Use signingKeyCerts instead. The SHA-1 hash of each android.content.pm.Signature
    /// (<https://developer.android.com/reference/android/content/pm/Signature.html>) associated
    /// with the app package. Each byte of each hash value is represented as a two-digit hexadecimal
    /// number.
    ///
    /// Deprecated.
    pub signing_key_cert_fingerprints: Option<Vec<String>>,
    /// Output only. Signing key certificates of the app.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub signing_key_certs: Option<Vec<crate::schemas::ApplicationSigningKeyCert>>,
    /// Application state.
    pub state: Option<crate::schemas::ApplicationReportState>,
    /// Whether the app is user facing.
    pub user_facing_type: Option<crate::schemas::ApplicationReportUserFacingType>,
    /// The app version code, which can be used to determine whether one version is more recent than
    /// another.
    pub version_code: Option<i32>,
    /// The app version as displayed to the user.
    pub version_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ApplicationReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.application_source {
            map.serialize_entry("applicationSource", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.events {
            map.serialize_entry("events", value)?;
        }
        if let Some(value) = &self.installer_package_name {
            map.serialize_entry("installerPackageName", value)?;
        }
        if let Some(value) = &self.keyed_app_states {
            map.serialize_entry("keyedAppStates", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        if let Some(value) = &self.package_sha256_hash {
            map.serialize_entry("packageSha256Hash", value)?;
        }
        if let Some(value) = &self.signing_key_cert_fingerprints {
            map.serialize_entry("signingKeyCertFingerprints", value)?;
        }
        if let Some(value) = &self.signing_key_certs {
            map.serialize_entry("signingKeyCerts", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.user_facing_type {
            map.serialize_entry("userFacingType", value)?;
        }
        if let Some(value) = &self.version_code {
            map.serialize_entry("versionCode", value)?;
        }
        if let Some(value) = &self.version_name {
            map.serialize_entry("versionName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApplicationReport {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApplicationReport {
    const NAME: &'static str = "ApplicationReport";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "applicationSource" => self.application_source = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "events" => self.events = map.next_value()?,
            "installerPackageName" => self.installer_package_name = map.next_value()?,
            "keyedAppStates" => self.keyed_app_states = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            "packageSha256Hash" => self.package_sha256_hash = map.next_value()?,
            "signingKeyCertFingerprints" => {
                self.signing_key_cert_fingerprints = map.next_value()?;
            }
            "signingKeyCerts" => self.signing_key_certs = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "userFacingType" => self.user_facing_type = map.next_value()?,
            "versionCode" => self.version_code = map.next_value()?,
            "versionName" => self.version_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
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
