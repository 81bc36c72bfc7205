use crate::runtime::{impl_open_enum, wire};

/// Settings controlling the behavior of a device in kiosk mode. To enable kiosk mode, set
/// kioskCustomLauncherEnabled to true or specify an app in the policy with the KIOSK role.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KioskCustomization {
    /// Optional. Specifies whether the Settings app is allowed in kiosk mode.
    pub device_settings: Option<crate::schemas::KioskCustomizationDeviceSettings>,
    /// Optional. Sets the behavior of a device in kiosk mode when a user presses and holds
    /// (long-presses) the Power button.
    pub power_button_actions: Option<
        crate::schemas::KioskCustomizationPowerButtonActions,
    >,
    /// Optional. Specifies whether system info and notifications are disabled in kiosk mode.
    pub status_bar: Option<crate::schemas::KioskCustomizationStatusBar>,
    /// Optional. Specifies whether system error dialogs for crashed or unresponsive apps are
    /// blocked in kiosk mode. When blocked, the system will force-stop the app as if the user
    /// chooses the "close app" option on the UI.
    pub system_error_warnings: Option<
        crate::schemas::KioskCustomizationSystemErrorWarnings,
    >,
    /// Optional. Specifies which navigation features are enabled (e.g. Home, Overview buttons) in
    /// kiosk mode.
    pub system_navigation: Option<crate::schemas::KioskCustomizationSystemNavigation>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl KioskCustomization {
    /// Sets `deviceSettings` (chainable).
    pub fn set_device_settings(
        mut self,
        value: impl Into<crate::schemas::KioskCustomizationDeviceSettings>,
    ) -> Self {
        self.device_settings = Some(value.into());
        self.unknown_fields.remove("deviceSettings");
        self
    }

    /// Sends `deviceSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_settings` takes it back.
    #[inline]
    pub fn clear_device_settings(mut self) -> Self {
        self.device_settings = None;
        self.unknown_fields.insert("deviceSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `powerButtonActions` (chainable).
    pub fn set_power_button_actions(
        mut self,
        value: impl Into<crate::schemas::KioskCustomizationPowerButtonActions>,
    ) -> Self {
        self.power_button_actions = Some(value.into());
        self.unknown_fields.remove("powerButtonActions");
        self
    }

    /// Sends `powerButtonActions` as JSON `null`, which clears it on the server (chainable);
    /// `set_power_button_actions` takes it back.
    #[inline]
    pub fn clear_power_button_actions(mut self) -> Self {
        self.power_button_actions = None;
        self.unknown_fields
            .insert("powerButtonActions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `statusBar` (chainable).
    pub fn set_status_bar(
        mut self,
        value: impl Into<crate::schemas::KioskCustomizationStatusBar>,
    ) -> Self {
        self.status_bar = Some(value.into());
        self.unknown_fields.remove("statusBar");
        self
    }

    /// Sends `statusBar` as JSON `null`, which clears it on the server (chainable);
    /// `set_status_bar` takes it back.
    #[inline]
    pub fn clear_status_bar(mut self) -> Self {
        self.status_bar = None;
        self.unknown_fields.insert("statusBar".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemErrorWarnings` (chainable).
    pub fn set_system_error_warnings(
        mut self,
        value: impl Into<crate::schemas::KioskCustomizationSystemErrorWarnings>,
    ) -> Self {
        self.system_error_warnings = Some(value.into());
        self.unknown_fields.remove("systemErrorWarnings");
        self
    }

    /// Sends `systemErrorWarnings` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_error_warnings` takes it back.
    #[inline]
    pub fn clear_system_error_warnings(mut self) -> Self {
        self.system_error_warnings = None;
        self.unknown_fields
            .insert("systemErrorWarnings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemNavigation` (chainable).
    pub fn set_system_navigation(
        mut self,
        value: impl Into<crate::schemas::KioskCustomizationSystemNavigation>,
    ) -> Self {
        self.system_navigation = Some(value.into());
        self.unknown_fields.remove("systemNavigation");
        self
    }

    /// Sends `systemNavigation` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_navigation` takes it back.
    #[inline]
    pub fn clear_system_navigation(mut self) -> Self {
        self.system_navigation = None;
        self.unknown_fields
            .insert("systemNavigation".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for KioskCustomization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_settings {
            map.serialize_entry("deviceSettings", value)?;
        }
        if let Some(value) = &self.power_button_actions {
            map.serialize_entry("powerButtonActions", value)?;
        }
        if let Some(value) = &self.status_bar {
            map.serialize_entry("statusBar", value)?;
        }
        if let Some(value) = &self.system_error_warnings {
            map.serialize_entry("systemErrorWarnings", value)?;
        }
        if let Some(value) = &self.system_navigation {
            map.serialize_entry("systemNavigation", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for KioskCustomization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for KioskCustomization {
    const NAME: &'static str = "KioskCustomization";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceSettings" => self.device_settings = map.next_value()?,
            "powerButtonActions" => self.power_button_actions = map.next_value()?,
            "statusBar" => self.status_bar = map.next_value()?,
            "systemErrorWarnings" => self.system_error_warnings = map.next_value()?,
            "systemNavigation" => self.system_navigation = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Specifies whether the Settings app is allowed in kiosk mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KioskCustomizationDeviceSettings {
    /// Unspecified, defaults to SETTINGS_ACCESS_ALLOWED.
    ///
    /// `DEVICE_SETTINGS_UNSPECIFIED` on the wire.
    #[default]
    DeviceSettingsUnspecified,
    /// Access to the Settings app is allowed in kiosk mode.
    ///
    /// `SETTINGS_ACCESS_ALLOWED` on the wire.
    SettingsAccessAllowed,
    /// Access to the Settings app is not allowed in kiosk mode.
    ///
    /// `SETTINGS_ACCESS_BLOCKED` on the wire.
    SettingsAccessBlocked,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for KioskCustomizationDeviceSettings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceSettingsUnspecified => "DEVICE_SETTINGS_UNSPECIFIED",
            Self::SettingsAccessAllowed => "SETTINGS_ACCESS_ALLOWED",
            Self::SettingsAccessBlocked => "SETTINGS_ACCESS_BLOCKED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEVICE_SETTINGS_UNSPECIFIED" => Self::DeviceSettingsUnspecified,
            "SETTINGS_ACCESS_ALLOWED" => Self::SettingsAccessAllowed,
            "SETTINGS_ACCESS_BLOCKED" => Self::SettingsAccessBlocked,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(KioskCustomizationDeviceSettings);

/// Optional. Sets the behavior of a device in kiosk mode when a user presses and holds
/// (long-presses) the Power button.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KioskCustomizationPowerButtonActions {
    /// Unspecified, defaults to POWER_BUTTON_AVAILABLE.
    ///
    /// `POWER_BUTTON_ACTIONS_UNSPECIFIED` on the wire.
    #[default]
    PowerButtonActionsUnspecified,
    /// The power menu (e.g. Power off, Restart) is shown when a user long-presses the Power button
    /// of a device in kiosk mode.
    ///
    /// `POWER_BUTTON_AVAILABLE` on the wire.
    PowerButtonAvailable,
    /// The power menu (e.g. Power off, Restart) is not shown when a user long-presses the Power
    /// button of a device in kiosk mode. Note: this may prevent users from turning off the device.
    ///
    /// `POWER_BUTTON_BLOCKED` on the wire.
    PowerButtonBlocked,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for KioskCustomizationPowerButtonActions {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PowerButtonActionsUnspecified => "POWER_BUTTON_ACTIONS_UNSPECIFIED",
            Self::PowerButtonAvailable => "POWER_BUTTON_AVAILABLE",
            Self::PowerButtonBlocked => "POWER_BUTTON_BLOCKED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "POWER_BUTTON_ACTIONS_UNSPECIFIED" => Self::PowerButtonActionsUnspecified,
            "POWER_BUTTON_AVAILABLE" => Self::PowerButtonAvailable,
            "POWER_BUTTON_BLOCKED" => Self::PowerButtonBlocked,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(KioskCustomizationPowerButtonActions);

/// Optional. Specifies whether system info and notifications are disabled in kiosk mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KioskCustomizationStatusBar {
    /// Unspecified, defaults to INFO_AND_NOTIFICATIONS_DISABLED.
    ///
    /// `STATUS_BAR_UNSPECIFIED` on the wire.
    #[default]
    StatusBarUnspecified,
    /// System info and notifications are shown on the status bar in kiosk mode.Note: For this
    /// policy to take effect, the device's home button must be enabled using
    /// kioskCustomization.systemNavigation.
    ///
    /// `NOTIFICATIONS_AND_SYSTEM_INFO_ENABLED` on the wire.
    NotificationsAndSystemInfoEnabled,
    /// System info and notifications are disabled in kiosk mode.
    ///
    /// `NOTIFICATIONS_AND_SYSTEM_INFO_DISABLED` on the wire.
    NotificationsAndSystemInfoDisabled,
    /// Only system info is shown on the status bar.
    ///
    /// `SYSTEM_INFO_ONLY` on the wire.
    SystemInfoOnly,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for KioskCustomizationStatusBar {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::StatusBarUnspecified => "STATUS_BAR_UNSPECIFIED",
            Self::NotificationsAndSystemInfoEnabled => {
                "NOTIFICATIONS_AND_SYSTEM_INFO_ENABLED"
            }
            Self::NotificationsAndSystemInfoDisabled => {
                "NOTIFICATIONS_AND_SYSTEM_INFO_DISABLED"
            }
            Self::SystemInfoOnly => "SYSTEM_INFO_ONLY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "STATUS_BAR_UNSPECIFIED" => Self::StatusBarUnspecified,
            "NOTIFICATIONS_AND_SYSTEM_INFO_ENABLED" => {
                Self::NotificationsAndSystemInfoEnabled
            }
            "NOTIFICATIONS_AND_SYSTEM_INFO_DISABLED" => {
                Self::NotificationsAndSystemInfoDisabled
            }
            "SYSTEM_INFO_ONLY" => Self::SystemInfoOnly,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(KioskCustomizationStatusBar);

/// Optional. Specifies whether system error dialogs for crashed or unresponsive apps are
/// blocked in kiosk mode. When blocked, the system will force-stop the app as if the user
/// chooses the "close app" option on the UI.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KioskCustomizationSystemErrorWarnings {
    /// Unspecified, defaults to ERROR_AND_WARNINGS_MUTED.
    ///
    /// `SYSTEM_ERROR_WARNINGS_UNSPECIFIED` on the wire.
    #[default]
    SystemErrorWarningsUnspecified,
    /// All system error dialogs such as crash and app not responding (ANR) are displayed.
    ///
    /// `ERROR_AND_WARNINGS_ENABLED` on the wire.
    ErrorAndWarningsEnabled,
    /// All system error dialogs, such as crash and app not responding (ANR) are blocked. When
    /// blocked, the system force-stops the app as if the user closes the app from the UI.
    ///
    /// `ERROR_AND_WARNINGS_MUTED` on the wire.
    ErrorAndWarningsMuted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for KioskCustomizationSystemErrorWarnings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SystemErrorWarningsUnspecified => "SYSTEM_ERROR_WARNINGS_UNSPECIFIED",
            Self::ErrorAndWarningsEnabled => "ERROR_AND_WARNINGS_ENABLED",
            Self::ErrorAndWarningsMuted => "ERROR_AND_WARNINGS_MUTED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SYSTEM_ERROR_WARNINGS_UNSPECIFIED" => Self::SystemErrorWarningsUnspecified,
            "ERROR_AND_WARNINGS_ENABLED" => Self::ErrorAndWarningsEnabled,
            "ERROR_AND_WARNINGS_MUTED" => Self::ErrorAndWarningsMuted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(KioskCustomizationSystemErrorWarnings);

/// Optional. Specifies which navigation features are enabled (e.g. Home, Overview buttons) in
/// kiosk mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KioskCustomizationSystemNavigation {
    /// Unspecified, defaults to NAVIGATION_DISABLED.
    ///
    /// `SYSTEM_NAVIGATION_UNSPECIFIED` on the wire.
    #[default]
    SystemNavigationUnspecified,
    /// Home and overview buttons are enabled.
    ///
    /// `NAVIGATION_ENABLED` on the wire.
    NavigationEnabled,
    /// The home and Overview buttons are not accessible.
    ///
    /// `NAVIGATION_DISABLED` on the wire.
    NavigationDisabled,
    /// Only the home button is enabled.
    ///
    /// `HOME_BUTTON_ONLY` on the wire.
    HomeButtonOnly,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for KioskCustomizationSystemNavigation {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SystemNavigationUnspecified => "SYSTEM_NAVIGATION_UNSPECIFIED",
            Self::NavigationEnabled => "NAVIGATION_ENABLED",
            Self::NavigationDisabled => "NAVIGATION_DISABLED",
            Self::HomeButtonOnly => "HOME_BUTTON_ONLY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SYSTEM_NAVIGATION_UNSPECIFIED" => Self::SystemNavigationUnspecified,
            "NAVIGATION_ENABLED" => Self::NavigationEnabled,
            "NAVIGATION_DISABLED" => Self::NavigationDisabled,
            "HOME_BUTTON_ONLY" => Self::HomeButtonOnly,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(KioskCustomizationSystemNavigation);
