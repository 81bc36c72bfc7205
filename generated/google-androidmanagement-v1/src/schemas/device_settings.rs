use crate::runtime::{impl_open_enum, wire};

/// Information about security related device settings on device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceSettings {
    /// Whether ADB (<https://developer.android.com/studio/command-line/adb.html>) is enabled on the
    /// device.
    pub adb_enabled: Option<bool>,
    /// Whether developer mode is enabled on the device.
    pub development_settings_enabled: Option<bool>,
    /// Encryption status from DevicePolicyManager.
    pub encryption_status: Option<crate::schemas::DeviceSettingsEncryptionStatus>,
    /// Whether the device is secured with PIN/password.
    pub is_device_secure: Option<bool>,
    /// Whether the storage encryption is enabled.
    pub is_encrypted: Option<bool>,
    /// Whether installing apps from unknown sources is enabled.
    pub unknown_sources_enabled: Option<bool>,
    /// Whether Google Play Protect verification
    /// (<https://support.google.com/accounts/answer/2812853>) is enforced on the device.
    pub verify_apps_enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceSettings {
    /// Sets `adbEnabled` (chainable).
    pub fn set_adb_enabled(mut self, value: impl Into<bool>) -> Self {
        self.adb_enabled = Some(value.into());
        self.unknown_fields.remove("adbEnabled");
        self
    }

    /// Sends `adbEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_adb_enabled` takes it back.
    #[inline]
    pub fn clear_adb_enabled(mut self) -> Self {
        self.adb_enabled = None;
        self.unknown_fields.insert("adbEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `developmentSettingsEnabled` (chainable).
    pub fn set_development_settings_enabled(mut self, value: impl Into<bool>) -> Self {
        self.development_settings_enabled = Some(value.into());
        self.unknown_fields.remove("developmentSettingsEnabled");
        self
    }

    /// Sends `developmentSettingsEnabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_development_settings_enabled` takes it back.
    #[inline]
    pub fn clear_development_settings_enabled(mut self) -> Self {
        self.development_settings_enabled = None;
        self.unknown_fields
            .insert("developmentSettingsEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `encryptionStatus` (chainable).
    pub fn set_encryption_status(
        mut self,
        value: impl Into<crate::schemas::DeviceSettingsEncryptionStatus>,
    ) -> Self {
        self.encryption_status = Some(value.into());
        self.unknown_fields.remove("encryptionStatus");
        self
    }

    /// Sends `encryptionStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_encryption_status` takes it back.
    #[inline]
    pub fn clear_encryption_status(mut self) -> Self {
        self.encryption_status = None;
        self.unknown_fields
            .insert("encryptionStatus".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isDeviceSecure` (chainable).
    pub fn set_is_device_secure(mut self, value: impl Into<bool>) -> Self {
        self.is_device_secure = Some(value.into());
        self.unknown_fields.remove("isDeviceSecure");
        self
    }

    /// Sends `isDeviceSecure` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_device_secure` takes it back.
    #[inline]
    pub fn clear_is_device_secure(mut self) -> Self {
        self.is_device_secure = None;
        self.unknown_fields.insert("isDeviceSecure".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isEncrypted` (chainable).
    pub fn set_is_encrypted(mut self, value: impl Into<bool>) -> Self {
        self.is_encrypted = Some(value.into());
        self.unknown_fields.remove("isEncrypted");
        self
    }

    /// Sends `isEncrypted` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_encrypted` takes it back.
    #[inline]
    pub fn clear_is_encrypted(mut self) -> Self {
        self.is_encrypted = None;
        self.unknown_fields.insert("isEncrypted".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `unknownSourcesEnabled` (chainable).
    pub fn set_unknown_sources_enabled(mut self, value: impl Into<bool>) -> Self {
        self.unknown_sources_enabled = Some(value.into());
        self.unknown_fields.remove("unknownSourcesEnabled");
        self
    }

    /// Sends `unknownSourcesEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_unknown_sources_enabled` takes it back.
    #[inline]
    pub fn clear_unknown_sources_enabled(mut self) -> Self {
        self.unknown_sources_enabled = None;
        self.unknown_fields
            .insert("unknownSourcesEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `verifyAppsEnabled` (chainable).
    pub fn set_verify_apps_enabled(mut self, value: impl Into<bool>) -> Self {
        self.verify_apps_enabled = Some(value.into());
        self.unknown_fields.remove("verifyAppsEnabled");
        self
    }

    /// Sends `verifyAppsEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_verify_apps_enabled` takes it back.
    #[inline]
    pub fn clear_verify_apps_enabled(mut self) -> Self {
        self.verify_apps_enabled = None;
        self.unknown_fields
            .insert("verifyAppsEnabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DeviceSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.adb_enabled {
            map.serialize_entry("adbEnabled", value)?;
        }
        if let Some(value) = &self.development_settings_enabled {
            map.serialize_entry("developmentSettingsEnabled", value)?;
        }
        if let Some(value) = &self.encryption_status {
            map.serialize_entry("encryptionStatus", value)?;
        }
        if let Some(value) = &self.is_device_secure {
            map.serialize_entry("isDeviceSecure", value)?;
        }
        if let Some(value) = &self.is_encrypted {
            map.serialize_entry("isEncrypted", value)?;
        }
        if let Some(value) = &self.unknown_sources_enabled {
            map.serialize_entry("unknownSourcesEnabled", value)?;
        }
        if let Some(value) = &self.verify_apps_enabled {
            map.serialize_entry("verifyAppsEnabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeviceSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DeviceSettings {
    const NAME: &'static str = "DeviceSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "adbEnabled" => self.adb_enabled = map.next_value()?,
            "developmentSettingsEnabled" => {
                self.development_settings_enabled = map.next_value()?;
            }
            "encryptionStatus" => self.encryption_status = map.next_value()?,
            "isDeviceSecure" => self.is_device_secure = map.next_value()?,
            "isEncrypted" => self.is_encrypted = map.next_value()?,
            "unknownSourcesEnabled" => self.unknown_sources_enabled = map.next_value()?,
            "verifyAppsEnabled" => self.verify_apps_enabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Encryption status from DevicePolicyManager.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceSettingsEncryptionStatus {
    /// Unspecified. No device should have this type.
    ///
    /// `ENCRYPTION_STATUS_UNSPECIFIED` on the wire.
    #[default]
    EncryptionStatusUnspecified,
    /// Encryption is not supported by the device.
    ///
    /// `UNSUPPORTED` on the wire.
    Unsupported,
    /// Encryption is supported by the device, but is not currently active.
    ///
    /// `INACTIVE` on the wire.
    Inactive,
    /// Encryption is not currently active, but is currently being activated.
    ///
    /// `ACTIVATING` on the wire.
    Activating,
    /// Encryption is active.
    ///
    /// `ACTIVE` on the wire.
    Active,
    /// Encryption is active, but an encryption key is not set by the user.
    ///
    /// `ACTIVE_DEFAULT_KEY` on the wire.
    ActiveDefaultKey,
    /// Encryption is active, and the encryption key is tied to the user profile.
    ///
    /// `ACTIVE_PER_USER` on the wire.
    ActivePerUser,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceSettingsEncryptionStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::EncryptionStatusUnspecified => "ENCRYPTION_STATUS_UNSPECIFIED",
            Self::Unsupported => "UNSUPPORTED",
            Self::Inactive => "INACTIVE",
            Self::Activating => "ACTIVATING",
            Self::Active => "ACTIVE",
            Self::ActiveDefaultKey => "ACTIVE_DEFAULT_KEY",
            Self::ActivePerUser => "ACTIVE_PER_USER",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ENCRYPTION_STATUS_UNSPECIFIED" => Self::EncryptionStatusUnspecified,
            "UNSUPPORTED" => Self::Unsupported,
            "INACTIVE" => Self::Inactive,
            "ACTIVATING" => Self::Activating,
            "ACTIVE" => Self::Active,
            "ACTIVE_DEFAULT_KEY" => Self::ActiveDefaultKey,
            "ACTIVE_PER_USER" => Self::ActivePerUser,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceSettingsEncryptionStatus);
