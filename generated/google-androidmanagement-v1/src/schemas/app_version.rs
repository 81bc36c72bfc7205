use crate::runtime::wire;

/// This represents a single version of the app.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppVersion {
    /// If the value is True, it indicates that this version is a production track.
    pub production: Option<bool>,
    /// Track identifiers that the app version is published in. This does not include the production
    /// track (see production instead).
    pub track_ids: Option<Vec<String>>,
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
    /// Sets `production` (chainable).
    pub fn set_production(mut self, value: impl Into<bool>) -> Self {
        self.production = Some(value.into());
        self.unknown_fields.remove("production");
        self
    }

    /// Sends `production` as JSON `null`, which clears it on the server (chainable);
    /// `set_production` takes it back.
    #[inline]
    pub fn clear_production(mut self) -> Self {
        self.production = None;
        self.unknown_fields.insert("production".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `trackIds` (chainable).
    pub fn set_track_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.track_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("trackIds");
        self
    }

    /// Sends `trackIds` as JSON `null`, which clears it on the server (chainable); `set_track_ids`
    /// takes it back.
    #[inline]
    pub fn clear_track_ids(mut self) -> Self {
        self.track_ids = None;
        self.unknown_fields.insert("trackIds".to_owned(), serde_json::Value::Null);
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
        if let Some(value) = &self.production {
            map.serialize_entry("production", value)?;
        }
        if let Some(value) = &self.track_ids {
            map.serialize_entry("trackIds", value)?;
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
            "production" => self.production = map.next_value()?,
            "trackIds" => self.track_ids = map.next_value()?,
            "versionCode" => self.version_code = map.next_value()?,
            "versionString" => self.version_string = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
