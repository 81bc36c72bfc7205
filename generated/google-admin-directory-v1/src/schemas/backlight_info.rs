use crate::runtime::wire;

/// Information about the device's backlights.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BacklightInfo {
    /// Output only. Current brightness of the backlight, between 0 and max_brightness.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub brightness: Option<i32>,
    /// Output only. Maximum brightness for the backlight.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub max_brightness: Option<i32>,
    /// Output only. Path to this backlight on the system. Useful if the caller needs to correlate
    /// with other information.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub path: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BacklightInfo {
    /// Sets `brightness` (chainable).
    pub fn set_brightness(mut self, value: impl Into<i32>) -> Self {
        self.brightness = Some(value.into());
        self.unknown_fields.remove("brightness");
        self
    }

    /// Sends `brightness` as JSON `null`, which clears it on the server (chainable);
    /// `set_brightness` takes it back.
    #[inline]
    pub fn clear_brightness(mut self) -> Self {
        self.brightness = None;
        self.unknown_fields.insert("brightness".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `maxBrightness` (chainable).
    pub fn set_max_brightness(mut self, value: impl Into<i32>) -> Self {
        self.max_brightness = Some(value.into());
        self.unknown_fields.remove("maxBrightness");
        self
    }

    /// Sends `maxBrightness` as JSON `null`, which clears it on the server (chainable);
    /// `set_max_brightness` takes it back.
    #[inline]
    pub fn clear_max_brightness(mut self) -> Self {
        self.max_brightness = None;
        self.unknown_fields.insert("maxBrightness".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `path` (chainable).
    pub fn set_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self.unknown_fields.remove("path");
        self
    }

    /// Sends `path` as JSON `null`, which clears it on the server (chainable); `set_path` takes it
    /// back.
    #[inline]
    pub fn clear_path(mut self) -> Self {
        self.path = None;
        self.unknown_fields.insert("path".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BacklightInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.brightness {
            map.serialize_entry("brightness", value)?;
        }
        if let Some(value) = &self.max_brightness {
            map.serialize_entry("maxBrightness", value)?;
        }
        if let Some(value) = &self.path {
            map.serialize_entry("path", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BacklightInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BacklightInfo {
    const NAME: &'static str = "BacklightInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "brightness" => self.brightness = map.next_value()?,
            "maxBrightness" => self.max_brightness = map.next_value()?,
            "path" => self.path = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
