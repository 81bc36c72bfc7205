use crate::runtime::{impl_open_enum, wire};

/// Controls for the screen brightness settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScreenBrightnessSettings {
    /// Optional. The screen brightness between 1 and 255 where 1 is the lowest and 255 is the
    /// highest brightness. A value of 0 (default) means no screen brightness set. Any other value
    /// is rejected. screenBrightnessMode must be either BRIGHTNESS_AUTOMATIC or BRIGHTNESS_FIXED to
    /// set this. Supported on Android 9 and above on fully managed devices. A NonComplianceDetail
    /// with API_LEVEL is reported if the Android version is less than 9. Supported on work profiles
    /// on company-owned devices on Android 15 and above.
    pub screen_brightness: Option<i32>,
    /// Optional. Controls the screen brightness mode.
    pub screen_brightness_mode: Option<
        crate::schemas::ScreenBrightnessSettingsScreenBrightnessMode,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ScreenBrightnessSettings {
    /// Sets `screenBrightness` (chainable).
    pub fn set_screen_brightness(mut self, value: impl Into<i32>) -> Self {
        self.screen_brightness = Some(value.into());
        self.unknown_fields.remove("screenBrightness");
        self
    }

    /// Sends `screenBrightness` as JSON `null`, which clears it on the server (chainable);
    /// `set_screen_brightness` takes it back.
    #[inline]
    pub fn clear_screen_brightness(mut self) -> Self {
        self.screen_brightness = None;
        self.unknown_fields
            .insert("screenBrightness".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `screenBrightnessMode` (chainable).
    pub fn set_screen_brightness_mode(
        mut self,
        value: impl Into<crate::schemas::ScreenBrightnessSettingsScreenBrightnessMode>,
    ) -> Self {
        self.screen_brightness_mode = Some(value.into());
        self.unknown_fields.remove("screenBrightnessMode");
        self
    }

    /// Sends `screenBrightnessMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_screen_brightness_mode` takes it back.
    #[inline]
    pub fn clear_screen_brightness_mode(mut self) -> Self {
        self.screen_brightness_mode = None;
        self.unknown_fields
            .insert("screenBrightnessMode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ScreenBrightnessSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.screen_brightness {
            map.serialize_entry("screenBrightness", value)?;
        }
        if let Some(value) = &self.screen_brightness_mode {
            map.serialize_entry("screenBrightnessMode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ScreenBrightnessSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ScreenBrightnessSettings {
    const NAME: &'static str = "ScreenBrightnessSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "screenBrightness" => self.screen_brightness = map.next_value()?,
            "screenBrightnessMode" => self.screen_brightness_mode = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls the screen brightness mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ScreenBrightnessSettingsScreenBrightnessMode {
    /// Unspecified. Defaults to BRIGHTNESS_USER_CHOICE.
    ///
    /// `SCREEN_BRIGHTNESS_MODE_UNSPECIFIED` on the wire.
    #[default]
    ScreenBrightnessModeUnspecified,
    /// The user is allowed to configure the screen brightness. screenBrightness must not be set.
    ///
    /// `BRIGHTNESS_USER_CHOICE` on the wire.
    BrightnessUserChoice,
    /// The screen brightness mode is automatic in which the brightness is automatically adjusted
    /// and the user is not allowed to configure the screen brightness. screenBrightness can still
    /// be set and it is taken into account while the brightness is automatically adjusted.
    /// Supported on Android 9 and above on fully managed devices. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 9. Supported on work profiles on
    /// company-owned devices on Android 15 and above.
    ///
    /// `BRIGHTNESS_AUTOMATIC` on the wire.
    BrightnessAutomatic,
    /// The screen brightness mode is fixed in which the brightness is set to screenBrightness and
    /// the user is not allowed to configure the screen brightness. screenBrightness must be set.
    /// Supported on Android 9 and above on fully managed devices. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 9. Supported on work profiles on
    /// company-owned devices on Android 15 and above.
    ///
    /// `BRIGHTNESS_FIXED` on the wire.
    BrightnessFixed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ScreenBrightnessSettingsScreenBrightnessMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ScreenBrightnessModeUnspecified => "SCREEN_BRIGHTNESS_MODE_UNSPECIFIED",
            Self::BrightnessUserChoice => "BRIGHTNESS_USER_CHOICE",
            Self::BrightnessAutomatic => "BRIGHTNESS_AUTOMATIC",
            Self::BrightnessFixed => "BRIGHTNESS_FIXED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SCREEN_BRIGHTNESS_MODE_UNSPECIFIED" => Self::ScreenBrightnessModeUnspecified,
            "BRIGHTNESS_USER_CHOICE" => Self::BrightnessUserChoice,
            "BRIGHTNESS_AUTOMATIC" => Self::BrightnessAutomatic,
            "BRIGHTNESS_FIXED" => Self::BrightnessFixed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ScreenBrightnessSettingsScreenBrightnessMode);
