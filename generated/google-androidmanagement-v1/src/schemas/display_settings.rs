use crate::runtime::wire;

/// Controls for the display settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DisplaySettings {
    /// Optional. Controls the screen brightness settings.
    pub screen_brightness_settings: Option<crate::schemas::ScreenBrightnessSettings>,
    /// Optional. Controls the screen timeout settings.
    pub screen_timeout_settings: Option<crate::schemas::ScreenTimeoutSettings>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DisplaySettings {
    /// Sets `screenBrightnessSettings` (chainable).
    pub fn set_screen_brightness_settings(
        mut self,
        value: impl Into<crate::schemas::ScreenBrightnessSettings>,
    ) -> Self {
        self.screen_brightness_settings = Some(value.into());
        self.unknown_fields.remove("screenBrightnessSettings");
        self
    }

    /// Sends `screenBrightnessSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_screen_brightness_settings` takes it back.
    #[inline]
    pub fn clear_screen_brightness_settings(mut self) -> Self {
        self.screen_brightness_settings = None;
        self.unknown_fields
            .insert("screenBrightnessSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `screenTimeoutSettings` (chainable).
    pub fn set_screen_timeout_settings(
        mut self,
        value: impl Into<crate::schemas::ScreenTimeoutSettings>,
    ) -> Self {
        self.screen_timeout_settings = Some(value.into());
        self.unknown_fields.remove("screenTimeoutSettings");
        self
    }

    /// Sends `screenTimeoutSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_screen_timeout_settings` takes it back.
    #[inline]
    pub fn clear_screen_timeout_settings(mut self) -> Self {
        self.screen_timeout_settings = None;
        self.unknown_fields
            .insert("screenTimeoutSettings".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DisplaySettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.screen_brightness_settings {
            map.serialize_entry("screenBrightnessSettings", value)?;
        }
        if let Some(value) = &self.screen_timeout_settings {
            map.serialize_entry("screenTimeoutSettings", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DisplaySettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DisplaySettings {
    const NAME: &'static str = "DisplaySettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "screenBrightnessSettings" => {
                self.screen_brightness_settings = map.next_value()?;
            }
            "screenTimeoutSettings" => self.screen_timeout_settings = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
