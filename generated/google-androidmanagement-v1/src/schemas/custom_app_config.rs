use crate::runtime::{impl_open_enum, wire};

/// Configuration for a custom app.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomAppConfig {
    /// Optional. User uninstall settings of the custom app.
    pub user_uninstall_settings: Option<
        crate::schemas::CustomAppConfigUserUninstallSettings,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CustomAppConfig {
    /// Sets `userUninstallSettings` (chainable).
    pub fn set_user_uninstall_settings(
        mut self,
        value: impl Into<crate::schemas::CustomAppConfigUserUninstallSettings>,
    ) -> Self {
        self.user_uninstall_settings = Some(value.into());
        self.unknown_fields.remove("userUninstallSettings");
        self
    }

    /// Sends `userUninstallSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_user_uninstall_settings` takes it back.
    #[inline]
    pub fn clear_user_uninstall_settings(mut self) -> Self {
        self.user_uninstall_settings = None;
        self.unknown_fields
            .insert("userUninstallSettings".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CustomAppConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.user_uninstall_settings {
            map.serialize_entry("userUninstallSettings", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CustomAppConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CustomAppConfig {
    const NAME: &'static str = "CustomAppConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "userUninstallSettings" => self.user_uninstall_settings = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. User uninstall settings of the custom app.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CustomAppConfigUserUninstallSettings {
    /// Unspecified. Defaults to DISALLOW_UNINSTALL_BY_USER.
    ///
    /// `USER_UNINSTALL_SETTINGS_UNSPECIFIED` on the wire.
    #[default]
    UserUninstallSettingsUnspecified,
    /// User is not allowed to uninstall the custom app.
    ///
    /// `DISALLOW_UNINSTALL_BY_USER` on the wire.
    DisallowUninstallByUser,
    /// User is allowed to uninstall the custom app.
    ///
    /// `ALLOW_UNINSTALL_BY_USER` on the wire.
    AllowUninstallByUser,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CustomAppConfigUserUninstallSettings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UserUninstallSettingsUnspecified => {
                "USER_UNINSTALL_SETTINGS_UNSPECIFIED"
            }
            Self::DisallowUninstallByUser => "DISALLOW_UNINSTALL_BY_USER",
            Self::AllowUninstallByUser => "ALLOW_UNINSTALL_BY_USER",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "USER_UNINSTALL_SETTINGS_UNSPECIFIED" => {
                Self::UserUninstallSettingsUnspecified
            }
            "DISALLOW_UNINSTALL_BY_USER" => Self::DisallowUninstallByUser,
            "ALLOW_UNINSTALL_BY_USER" => Self::AllowUninstallByUser,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CustomAppConfigUserUninstallSettings);
