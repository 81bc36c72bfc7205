use crate::runtime::{wire, Timestamp};

/// Information about device software.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SoftwareInfo {
    /// Android build ID string meant for displaying to the user. For example, shamu-userdebug 6.0.1
    /// MOB30I 2756745 dev-keys.
    pub android_build_number: Option<String>,
    /// Build time.
    pub android_build_time: Option<Timestamp>,
    /// The Android Device Policy app version code.
    pub android_device_policy_version_code: Option<i32>,
    /// The Android Device Policy app version as displayed to the user.
    pub android_device_policy_version_name: Option<String>,
    /// The user-visible Android version string. For example, 6.0.1.
    pub android_version: Option<String>,
    /// The system bootloader version number, e.g. 0.6.7.
    pub bootloader_version: Option<String>,
    /// SHA-256 hash of android.content.pm.Signature
    /// (<https://developer.android.com/reference/android/content/pm/Signature.html>) associated
    /// with the system package, which can be used to verify that the system build hasn't been
    /// modified.
    pub device_build_signature: Option<String>,
    /// Kernel version, for example, 2.6.32.9-g103d848.
    pub device_kernel_version: Option<String>,
    /// An IETF BCP 47 language code for the primary locale on the device.
    pub primary_language_code: Option<String>,
    /// Security patch level, e.g. 2016-05-01.
    pub security_patch_level: Option<String>,
    /// Information about a potential pending system update.
    pub system_update_info: Option<crate::schemas::SystemUpdateInfo>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SoftwareInfo {
    /// Sets `androidBuildNumber` (chainable).
    pub fn set_android_build_number(mut self, value: impl Into<String>) -> Self {
        self.android_build_number = Some(value.into());
        self.unknown_fields.remove("androidBuildNumber");
        self
    }

    /// Sends `androidBuildNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_android_build_number` takes it back.
    #[inline]
    pub fn clear_android_build_number(mut self) -> Self {
        self.android_build_number = None;
        self.unknown_fields
            .insert("androidBuildNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `androidBuildTime` (chainable).
    pub fn set_android_build_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.android_build_time = Some(value.into());
        self.unknown_fields.remove("androidBuildTime");
        self
    }

    /// Sends `androidBuildTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_android_build_time` takes it back.
    #[inline]
    pub fn clear_android_build_time(mut self) -> Self {
        self.android_build_time = None;
        self.unknown_fields
            .insert("androidBuildTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `androidDevicePolicyVersionCode` (chainable).
    pub fn set_android_device_policy_version_code(
        mut self,
        value: impl Into<i32>,
    ) -> Self {
        self.android_device_policy_version_code = Some(value.into());
        self.unknown_fields.remove("androidDevicePolicyVersionCode");
        self
    }

    /// Sends `androidDevicePolicyVersionCode` as JSON `null`, which clears it on the server
    /// (chainable); `set_android_device_policy_version_code` takes it back.
    #[inline]
    pub fn clear_android_device_policy_version_code(mut self) -> Self {
        self.android_device_policy_version_code = None;
        self.unknown_fields
            .insert(
                "androidDevicePolicyVersionCode".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `androidDevicePolicyVersionName` (chainable).
    pub fn set_android_device_policy_version_name(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.android_device_policy_version_name = Some(value.into());
        self.unknown_fields.remove("androidDevicePolicyVersionName");
        self
    }

    /// Sends `androidDevicePolicyVersionName` as JSON `null`, which clears it on the server
    /// (chainable); `set_android_device_policy_version_name` takes it back.
    #[inline]
    pub fn clear_android_device_policy_version_name(mut self) -> Self {
        self.android_device_policy_version_name = None;
        self.unknown_fields
            .insert(
                "androidDevicePolicyVersionName".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `androidVersion` (chainable).
    pub fn set_android_version(mut self, value: impl Into<String>) -> Self {
        self.android_version = Some(value.into());
        self.unknown_fields.remove("androidVersion");
        self
    }

    /// Sends `androidVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_android_version` takes it back.
    #[inline]
    pub fn clear_android_version(mut self) -> Self {
        self.android_version = None;
        self.unknown_fields.insert("androidVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `bootloaderVersion` (chainable).
    pub fn set_bootloader_version(mut self, value: impl Into<String>) -> Self {
        self.bootloader_version = Some(value.into());
        self.unknown_fields.remove("bootloaderVersion");
        self
    }

    /// Sends `bootloaderVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_bootloader_version` takes it back.
    #[inline]
    pub fn clear_bootloader_version(mut self) -> Self {
        self.bootloader_version = None;
        self.unknown_fields
            .insert("bootloaderVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceBuildSignature` (chainable).
    pub fn set_device_build_signature(mut self, value: impl Into<String>) -> Self {
        self.device_build_signature = Some(value.into());
        self.unknown_fields.remove("deviceBuildSignature");
        self
    }

    /// Sends `deviceBuildSignature` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_build_signature` takes it back.
    #[inline]
    pub fn clear_device_build_signature(mut self) -> Self {
        self.device_build_signature = None;
        self.unknown_fields
            .insert("deviceBuildSignature".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceKernelVersion` (chainable).
    pub fn set_device_kernel_version(mut self, value: impl Into<String>) -> Self {
        self.device_kernel_version = Some(value.into());
        self.unknown_fields.remove("deviceKernelVersion");
        self
    }

    /// Sends `deviceKernelVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_kernel_version` takes it back.
    #[inline]
    pub fn clear_device_kernel_version(mut self) -> Self {
        self.device_kernel_version = None;
        self.unknown_fields
            .insert("deviceKernelVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primaryLanguageCode` (chainable).
    pub fn set_primary_language_code(mut self, value: impl Into<String>) -> Self {
        self.primary_language_code = Some(value.into());
        self.unknown_fields.remove("primaryLanguageCode");
        self
    }

    /// Sends `primaryLanguageCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_language_code` takes it back.
    #[inline]
    pub fn clear_primary_language_code(mut self) -> Self {
        self.primary_language_code = None;
        self.unknown_fields
            .insert("primaryLanguageCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `securityPatchLevel` (chainable).
    pub fn set_security_patch_level(mut self, value: impl Into<String>) -> Self {
        self.security_patch_level = Some(value.into());
        self.unknown_fields.remove("securityPatchLevel");
        self
    }

    /// Sends `securityPatchLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_security_patch_level` takes it back.
    #[inline]
    pub fn clear_security_patch_level(mut self) -> Self {
        self.security_patch_level = None;
        self.unknown_fields
            .insert("securityPatchLevel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemUpdateInfo` (chainable).
    pub fn set_system_update_info(
        mut self,
        value: impl Into<crate::schemas::SystemUpdateInfo>,
    ) -> Self {
        self.system_update_info = Some(value.into());
        self.unknown_fields.remove("systemUpdateInfo");
        self
    }

    /// Sends `systemUpdateInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_update_info` takes it back.
    #[inline]
    pub fn clear_system_update_info(mut self) -> Self {
        self.system_update_info = None;
        self.unknown_fields
            .insert("systemUpdateInfo".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SoftwareInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.android_build_number {
            map.serialize_entry("androidBuildNumber", value)?;
        }
        if let Some(value) = &self.android_build_time {
            map.serialize_entry("androidBuildTime", value)?;
        }
        if let Some(value) = &self.android_device_policy_version_code {
            map.serialize_entry("androidDevicePolicyVersionCode", value)?;
        }
        if let Some(value) = &self.android_device_policy_version_name {
            map.serialize_entry("androidDevicePolicyVersionName", value)?;
        }
        if let Some(value) = &self.android_version {
            map.serialize_entry("androidVersion", value)?;
        }
        if let Some(value) = &self.bootloader_version {
            map.serialize_entry("bootloaderVersion", value)?;
        }
        if let Some(value) = &self.device_build_signature {
            map.serialize_entry("deviceBuildSignature", value)?;
        }
        if let Some(value) = &self.device_kernel_version {
            map.serialize_entry("deviceKernelVersion", value)?;
        }
        if let Some(value) = &self.primary_language_code {
            map.serialize_entry("primaryLanguageCode", value)?;
        }
        if let Some(value) = &self.security_patch_level {
            map.serialize_entry("securityPatchLevel", value)?;
        }
        if let Some(value) = &self.system_update_info {
            map.serialize_entry("systemUpdateInfo", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SoftwareInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SoftwareInfo {
    const NAME: &'static str = "SoftwareInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "androidBuildNumber" => self.android_build_number = map.next_value()?,
            "androidBuildTime" => self.android_build_time = map.next_value()?,
            "androidDevicePolicyVersionCode" => {
                self.android_device_policy_version_code = map.next_value()?;
            }
            "androidDevicePolicyVersionName" => {
                self.android_device_policy_version_name = map.next_value()?;
            }
            "androidVersion" => self.android_version = map.next_value()?,
            "bootloaderVersion" => self.bootloader_version = map.next_value()?,
            "deviceBuildSignature" => self.device_build_signature = map.next_value()?,
            "deviceKernelVersion" => self.device_kernel_version = map.next_value()?,
            "primaryLanguageCode" => self.primary_language_code = map.next_value()?,
            "securityPatchLevel" => self.security_patch_level = map.next_value()?,
            "systemUpdateInfo" => self.system_update_info = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
