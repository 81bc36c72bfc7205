/// This represents a single version of the app.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AppVersion {
    /// If the value is True, it indicates that this version is a production track.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Track identifiers that the app version is published in. This does not include the production track (see production instead).
    #[serde(rename = "trackIds", default, skip_serializing_if = "Option::is_none")]
    pub track_ids: Option<Vec<String>>,
    /// Unique increasing identifier for the app version.
    #[serde(rename = "versionCode", default, skip_serializing_if = "Option::is_none")]
    pub version_code: Option<i32>,
    /// The string used in the Play store by the app developer to identify the version. The string is not necessarily unique or localized (for example, the string could be "1.4").
    #[serde(rename = "versionString", default, skip_serializing_if = "Option::is_none")]
    pub version_string: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl AppVersion {
    /// Sets `production` (chainable).
    pub fn set_production(mut self, value: impl Into<bool>) -> Self {
        self.production = Some(value.into());
        self
    }
    /// Sets `trackIds` (chainable).
    pub fn set_track_ids(mut self, value: impl IntoIterator<Item = String>) -> Self {
        self.track_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `versionCode` (chainable).
    pub fn set_version_code(mut self, value: impl Into<i32>) -> Self {
        self.version_code = Some(value.into());
        self
    }
    /// Sets `versionString` (chainable).
    pub fn set_version_string(mut self, value: impl Into<String>) -> Self {
        self.version_string = Some(value.into());
        self
    }
}
