use crate::runtime::wire;

/// Id to name association of a app track.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppTrackInfo {
    /// The track name associated with the trackId, set in the Play Console. The name is modifiable
    /// from Play Console.
    pub track_alias: Option<String>,
    /// The unmodifiable unique track identifier, taken from the releaseTrackId in the URL of the
    /// Play Console page that displays the app’s track information.
    pub track_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AppTrackInfo {
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

impl serde::Serialize for AppTrackInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.track_alias {
            map.serialize_entry("trackAlias", value)?;
        }
        if let Some(value) = &self.track_id {
            map.serialize_entry("trackId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppTrackInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AppTrackInfo {
    const NAME: &'static str = "AppTrackInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "trackAlias" => self.track_alias = map.next_value()?,
            "trackId" => self.track_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
