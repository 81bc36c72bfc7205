use crate::runtime::wire;

/// Controls for the display settings.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisplaySettings {
    /// Optional. Controls the screen brightness settings.
    #[serde(
        rename = "screenBrightnessSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub screen_brightness_settings: Option<crate::schemas::ScreenBrightnessSettings>,
    /// Optional. Controls the screen timeout settings.
    #[serde(
        rename = "screenTimeoutSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub screen_timeout_settings: Option<crate::schemas::ScreenTimeoutSettings>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
