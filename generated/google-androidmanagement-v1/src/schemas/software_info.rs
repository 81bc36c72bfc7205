use crate::runtime::{wire, Timestamp};

/// Information about device software.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SoftwareInfo {
    /// Android build ID string meant for displaying to the user. For example, shamu-userdebug 6.0.1
    /// MOB30I 2756745 dev-keys.
    #[serde(
        rename = "androidBuildNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub android_build_number: Option<String>,
    /// Build time.
    #[serde(
        rename = "androidBuildTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub android_build_time: Option<Timestamp>,
    /// The Android Device Policy app version code.
    #[serde(
        rename = "androidDevicePolicyVersionCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub android_device_policy_version_code: Option<i32>,
    /// The Android Device Policy app version as displayed to the user.
    #[serde(
        rename = "androidDevicePolicyVersionName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub android_device_policy_version_name: Option<String>,
    /// The user-visible Android version string. For example, 6.0.1.
    #[serde(rename = "androidVersion", default, skip_serializing_if = "Option::is_none")]
    pub android_version: Option<String>,
    /// The system bootloader version number, e.g. 0.6.7.
    #[serde(
        rename = "bootloaderVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bootloader_version: Option<String>,
    /// SHA-256 hash of android.content.pm.Signature
    /// (<https://developer.android.com/reference/android/content/pm/Signature.html>) associated
    /// with the system package, which can be used to verify that the system build hasn't been
    /// modified.
    #[serde(
        rename = "deviceBuildSignature",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_build_signature: Option<String>,
    /// Kernel version, for example, 2.6.32.9-g103d848.
    #[serde(
        rename = "deviceKernelVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_kernel_version: Option<String>,
    /// An IETF BCP 47 language code for the primary locale on the device.
    #[serde(
        rename = "primaryLanguageCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_language_code: Option<String>,
    /// Security patch level, e.g. 2016-05-01.
    #[serde(
        rename = "securityPatchLevel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_patch_level: Option<String>,
    /// Information about a potential pending system update.
    #[serde(
        rename = "systemUpdateInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_update_info: Option<crate::schemas::SystemUpdateInfo>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
