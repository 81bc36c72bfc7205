use crate::runtime::{impl_open_enum, wire};

/// This represents a single version of the app.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppVersion {
    /// True if this version is a production APK.
    pub is_production: Option<bool>,
    /// The SDK version this app targets, as specified in the manifest of the APK.
    /// See <http://developer.android.com/guide/topics/manifest/uses-sdk-element.html>
    pub target_sdk_version: Option<i32>,
    /// Deprecated, use trackId instead.
    pub track: Option<crate::schemas::AppVersionTrack>,
    /// Track ids that the app version is published in. Replaces the track field (deprecated), but
    /// doesn't include the production track (see isProduction instead).
    pub track_id: Option<Vec<String>>,
    /// Unique increasing identifier for the app version.
    pub version_code: Option<i32>,
    /// The string used in the Play store by the app developer to identify the version. The string
    /// is not necessarily unique or localized (for example, the string could be "1.4").
    pub version_string: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AppVersion {
    /// Sets `isProduction` (chainable).
    pub fn set_is_production(mut self, value: impl Into<bool>) -> Self {
        self.is_production = Some(value.into());
        self.unknown_fields.remove("isProduction");
        self
    }

    /// Sends `isProduction` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_production` takes it back.
    #[inline]
    pub fn clear_is_production(mut self) -> Self {
        self.is_production = None;
        self.unknown_fields.insert("isProduction".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `targetSdkVersion` (chainable).
    pub fn set_target_sdk_version(mut self, value: impl Into<i32>) -> Self {
        self.target_sdk_version = Some(value.into());
        self.unknown_fields.remove("targetSdkVersion");
        self
    }

    /// Sends `targetSdkVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_target_sdk_version` takes it back.
    #[inline]
    pub fn clear_target_sdk_version(mut self) -> Self {
        self.target_sdk_version = None;
        self.unknown_fields
            .insert("targetSdkVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `track` (chainable).
    pub fn set_track(
        mut self,
        value: impl Into<crate::schemas::AppVersionTrack>,
    ) -> Self {
        self.track = Some(value.into());
        self.unknown_fields.remove("track");
        self
    }

    /// Sends `track` as JSON `null`, which clears it on the server (chainable); `set_track` takes
    /// it back.
    #[inline]
    pub fn clear_track(mut self) -> Self {
        self.track = None;
        self.unknown_fields.insert("track".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `trackId` (chainable).
    pub fn set_track_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.track_id = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("trackId");
        self
    }

    /// Sends `trackId` as JSON `null`, which clears it on the server (chainable); `set_track_id`
    /// takes it back.
    #[inline]
    pub fn clear_track_id(mut self) -> Self {
        self.track_id = None;
        self.unknown_fields.insert("trackId".to_owned(), serde_json::Value::Null);
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

    /// Sets `versionString` (chainable).
    pub fn set_version_string(mut self, value: impl Into<String>) -> Self {
        self.version_string = Some(value.into());
        self.unknown_fields.remove("versionString");
        self
    }

    /// Sends `versionString` as JSON `null`, which clears it on the server (chainable);
    /// `set_version_string` takes it back.
    #[inline]
    pub fn clear_version_string(mut self) -> Self {
        self.version_string = None;
        self.unknown_fields.insert("versionString".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AppVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.is_production {
            map.serialize_entry("isProduction", value)?;
        }
        if let Some(value) = &self.target_sdk_version {
            map.serialize_entry("targetSdkVersion", value)?;
        }
        if let Some(value) = &self.track {
            map.serialize_entry("track", value)?;
        }
        if let Some(value) = &self.track_id {
            map.serialize_entry("trackId", value)?;
        }
        if let Some(value) = &self.version_code {
            map.serialize_entry("versionCode", value)?;
        }
        if let Some(value) = &self.version_string {
            map.serialize_entry("versionString", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AppVersion {
    const NAME: &'static str = "AppVersion";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "isProduction" => self.is_production = map.next_value()?,
            "targetSdkVersion" => self.target_sdk_version = map.next_value()?,
            "track" => self.track = map.next_value()?,
            "trackId" => self.track_id = map.next_value()?,
            "versionCode" => self.version_code = map.next_value()?,
            "versionString" => self.version_string = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Deprecated, use trackId instead.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AppVersionTrack {
    /// `appTrackUnspecified` on the wire.
    #[default]
    AppTrackUnspecified,
    /// `production` on the wire.
    Production,
    /// `beta` on the wire.
    Beta,
    /// `alpha` on the wire.
    Alpha,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AppVersionTrack {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppTrackUnspecified => "appTrackUnspecified",
            Self::Production => "production",
            Self::Beta => "beta",
            Self::Alpha => "alpha",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "appTrackUnspecified" => Self::AppTrackUnspecified,
            "production" => Self::Production,
            "beta" => Self::Beta,
            "alpha" => Self::Alpha,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AppVersionTrack);
