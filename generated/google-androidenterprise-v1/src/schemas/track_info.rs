use crate::runtime::wire;

/// Id to name association of a track.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrackInfo {
    /// A modifiable name for a track. This is the visible name in the play developer console.
    #[serde(rename = "trackAlias", default, skip_serializing_if = "Option::is_none")]
    pub track_alias: Option<String>,
    /// Unmodifiable, unique track identifier. This identifier is the releaseTrackId in the url of
    /// the play developer console page that displays the track information.
    #[serde(rename = "trackId", default, skip_serializing_if = "Option::is_none")]
    pub track_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl TrackInfo {
    /// Sets `trackAlias` (chainable).
    pub fn set_track_alias(mut self, value: impl Into<String>) -> Self {
        self.track_alias = Some(value.into());
        self.unknown_fields.remove("trackAlias");
        self
    }

    /// Sends `trackAlias` as JSON `null`, which clears it on the server (chainable);
    /// `set_track_alias` takes it back.
    #[inline]
    pub fn clear_track_alias(mut self) -> Self {
        self.track_alias = None;
        self.unknown_fields.insert("trackAlias".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `trackId` (chainable).
    pub fn set_track_id(mut self, value: impl Into<String>) -> Self {
        self.track_id = Some(value.into());
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
}
