use crate::runtime::{impl_open_enum, wire, Duration};

/// Controls the screen timeout settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScreenTimeoutSettings {
    /// Optional. Controls the screen timeout duration. The screen timeout duration must be greater
    /// than 0, otherwise it is rejected. Additionally, it should not be greater than
    /// maximumTimeToLock, otherwise the screen timeout is set to maximumTimeToLock and a
    /// NonComplianceDetail with INVALID_VALUE reason and
    /// SCREEN_TIMEOUT_GREATER_THAN_MAXIMUM_TIME_TO_LOCK specific reason is reported. If the screen
    /// timeout is less than a certain lower bound, it is set to the lower bound. The lower bound
    /// may vary across devices. If this is set, screenTimeoutMode must be SCREEN_TIMEOUT_ENFORCED.
    /// Supported on Android 9 and above on fully managed devices. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 9. Supported on work profiles on
    /// company-owned devices on Android 15 and above.
    pub screen_timeout: Option<Duration>,
    /// Optional. Controls whether the user is allowed to configure the screen timeout.
    pub screen_timeout_mode: Option<
        crate::schemas::ScreenTimeoutSettingsScreenTimeoutMode,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ScreenTimeoutSettings {
    /// Sets `screenTimeout` (chainable).
    pub fn set_screen_timeout(mut self, value: impl Into<Duration>) -> Self {
        self.screen_timeout = Some(value.into());
        self.unknown_fields.remove("screenTimeout");
        self
    }

    /// Sends `screenTimeout` as JSON `null`, which clears it on the server (chainable);
    /// `set_screen_timeout` takes it back.
    #[inline]
    pub fn clear_screen_timeout(mut self) -> Self {
        self.screen_timeout = None;
        self.unknown_fields.insert("screenTimeout".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `screenTimeoutMode` (chainable).
    pub fn set_screen_timeout_mode(
        mut self,
        value: impl Into<crate::schemas::ScreenTimeoutSettingsScreenTimeoutMode>,
    ) -> Self {
        self.screen_timeout_mode = Some(value.into());
        self.unknown_fields.remove("screenTimeoutMode");
        self
    }

    /// Sends `screenTimeoutMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_screen_timeout_mode` takes it back.
    #[inline]
    pub fn clear_screen_timeout_mode(mut self) -> Self {
        self.screen_timeout_mode = None;
        self.unknown_fields
            .insert("screenTimeoutMode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ScreenTimeoutSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.screen_timeout {
            map.serialize_entry("screenTimeout", value)?;
        }
        if let Some(value) = &self.screen_timeout_mode {
            map.serialize_entry("screenTimeoutMode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ScreenTimeoutSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ScreenTimeoutSettings {
    const NAME: &'static str = "ScreenTimeoutSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "screenTimeout" => self.screen_timeout = map.next_value()?,
            "screenTimeoutMode" => self.screen_timeout_mode = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls whether the user is allowed to configure the screen timeout.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ScreenTimeoutSettingsScreenTimeoutMode {
    /// Unspecified. Defaults to SCREEN_TIMEOUT_USER_CHOICE.
    ///
    /// `SCREEN_TIMEOUT_MODE_UNSPECIFIED` on the wire.
    #[default]
    ScreenTimeoutModeUnspecified,
    /// The user is allowed to configure the screen timeout. screenTimeout must not be set.
    ///
    /// `SCREEN_TIMEOUT_USER_CHOICE` on the wire.
    ScreenTimeoutUserChoice,
    /// The screen timeout is set to screenTimeout and the user is not allowed to configure the
    /// timeout. screenTimeout must be set. Supported on Android 9 and above on fully managed
    /// devices. A NonComplianceDetail with API_LEVEL is reported if the Android version is less
    /// than 9. Supported on work profiles on company-owned devices on Android 15 and above.
    ///
    /// `SCREEN_TIMEOUT_ENFORCED` on the wire.
    ScreenTimeoutEnforced,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ScreenTimeoutSettingsScreenTimeoutMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ScreenTimeoutModeUnspecified => "SCREEN_TIMEOUT_MODE_UNSPECIFIED",
            Self::ScreenTimeoutUserChoice => "SCREEN_TIMEOUT_USER_CHOICE",
            Self::ScreenTimeoutEnforced => "SCREEN_TIMEOUT_ENFORCED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SCREEN_TIMEOUT_MODE_UNSPECIFIED" => Self::ScreenTimeoutModeUnspecified,
            "SCREEN_TIMEOUT_USER_CHOICE" => Self::ScreenTimeoutUserChoice,
            "SCREEN_TIMEOUT_ENFORCED" => Self::ScreenTimeoutEnforced,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ScreenTimeoutSettingsScreenTimeoutMode);
