use crate::runtime::{impl_open_enum, wire, Duration};

/// Requirements for the password used to unlock a device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PasswordRequirements {
    /// Optional. Number of incorrect device-unlock passwords that can be entered before a device is
    /// wiped. A value of 0 means there is no restriction.
    pub maximum_failed_passwords_for_wipe: Option<i32>,
    /// Optional. Password expiration timeout.
    pub password_expiration_timeout: Option<Duration>,
    /// Optional. The length of the password history. After setting this field, the user won't be
    /// able to enter a new password that is the same as any password in the history. A value of 0
    /// means there is no restriction.
    pub password_history_length: Option<i32>,
    /// Optional. The minimum allowed password length. A value of 0 means there is no restriction.
    /// Only enforced when password_quality is NUMERIC, NUMERIC_COMPLEX, ALPHABETIC, ALPHANUMERIC,
    /// or COMPLEX.
    pub password_minimum_length: Option<i32>,
    /// Optional. Minimum number of letters required in the password. Only enforced when
    /// password_quality is COMPLEX.
    pub password_minimum_letters: Option<i32>,
    /// Optional. Minimum number of lower case letters required in the password. Only enforced when
    /// password_quality is COMPLEX.
    pub password_minimum_lower_case: Option<i32>,
    /// Optional. Minimum number of non-letter characters (numerical digits or symbols) required in
    /// the password. Only enforced when password_quality is COMPLEX.
    pub password_minimum_non_letter: Option<i32>,
    /// Optional. Minimum number of numerical digits required in the password. Only enforced when
    /// password_quality is COMPLEX.
    pub password_minimum_numeric: Option<i32>,
    /// Optional. Minimum number of symbols required in the password. Only enforced when
    /// password_quality is COMPLEX.
    pub password_minimum_symbols: Option<i32>,
    /// Optional. Minimum number of upper case letters required in the password. Only enforced when
    /// password_quality is COMPLEX.
    pub password_minimum_upper_case: Option<i32>,
    /// Optional. The required password quality.
    pub password_quality: Option<crate::schemas::PasswordRequirementsPasswordQuality>,
    /// Optional. The scope that the password requirement applies to.
    pub password_scope: Option<crate::schemas::PasswordRequirementsPasswordScope>,
    /// Optional. The length of time after a device or work profile is unlocked using a strong form
    /// of authentication (password, PIN, pattern) that it can be unlocked using any other
    /// authentication method (e.g. fingerprint, trust agents, face). After the specified time
    /// period elapses, only strong forms of authentication can be used to unlock the device or work
    /// profile.
    pub require_password_unlock: Option<
        crate::schemas::PasswordRequirementsRequirePasswordUnlock,
    >,
    /// Optional. Controls whether a unified lock is allowed for the device and the work profile, on
    /// devices running Android 9 and above with a work profile. This can be set only if
    /// password_scope is set to SCOPE_PROFILE, the policy will be rejected otherwise. If user has
    /// not set a separate work lock and this field is set to REQUIRE_SEPARATE_WORK_LOCK, a
    /// NonComplianceDetail is reported with nonComplianceReason set to USER_ACTION.
    pub unified_lock_settings: Option<
        crate::schemas::PasswordRequirementsUnifiedLockSettings,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PasswordRequirements {
    /// Sets `maximumFailedPasswordsForWipe` (chainable).
    pub fn set_maximum_failed_passwords_for_wipe(
        mut self,
        value: impl Into<i32>,
    ) -> Self {
        self.maximum_failed_passwords_for_wipe = Some(value.into());
        self.unknown_fields.remove("maximumFailedPasswordsForWipe");
        self
    }

    /// Sends `maximumFailedPasswordsForWipe` as JSON `null`, which clears it on the server
    /// (chainable); `set_maximum_failed_passwords_for_wipe` takes it back.
    #[inline]
    pub fn clear_maximum_failed_passwords_for_wipe(mut self) -> Self {
        self.maximum_failed_passwords_for_wipe = None;
        self.unknown_fields
            .insert("maximumFailedPasswordsForWipe".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordExpirationTimeout` (chainable).
    pub fn set_password_expiration_timeout(
        mut self,
        value: impl Into<Duration>,
    ) -> Self {
        self.password_expiration_timeout = Some(value.into());
        self.unknown_fields.remove("passwordExpirationTimeout");
        self
    }

    /// Sends `passwordExpirationTimeout` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_expiration_timeout` takes it back.
    #[inline]
    pub fn clear_password_expiration_timeout(mut self) -> Self {
        self.password_expiration_timeout = None;
        self.unknown_fields
            .insert("passwordExpirationTimeout".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordHistoryLength` (chainable).
    pub fn set_password_history_length(mut self, value: impl Into<i32>) -> Self {
        self.password_history_length = Some(value.into());
        self.unknown_fields.remove("passwordHistoryLength");
        self
    }

    /// Sends `passwordHistoryLength` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_history_length` takes it back.
    #[inline]
    pub fn clear_password_history_length(mut self) -> Self {
        self.password_history_length = None;
        self.unknown_fields
            .insert("passwordHistoryLength".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordMinimumLength` (chainable).
    pub fn set_password_minimum_length(mut self, value: impl Into<i32>) -> Self {
        self.password_minimum_length = Some(value.into());
        self.unknown_fields.remove("passwordMinimumLength");
        self
    }

    /// Sends `passwordMinimumLength` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_minimum_length` takes it back.
    #[inline]
    pub fn clear_password_minimum_length(mut self) -> Self {
        self.password_minimum_length = None;
        self.unknown_fields
            .insert("passwordMinimumLength".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordMinimumLetters` (chainable).
    pub fn set_password_minimum_letters(mut self, value: impl Into<i32>) -> Self {
        self.password_minimum_letters = Some(value.into());
        self.unknown_fields.remove("passwordMinimumLetters");
        self
    }

    /// Sends `passwordMinimumLetters` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_minimum_letters` takes it back.
    #[inline]
    pub fn clear_password_minimum_letters(mut self) -> Self {
        self.password_minimum_letters = None;
        self.unknown_fields
            .insert("passwordMinimumLetters".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordMinimumLowerCase` (chainable).
    pub fn set_password_minimum_lower_case(mut self, value: impl Into<i32>) -> Self {
        self.password_minimum_lower_case = Some(value.into());
        self.unknown_fields.remove("passwordMinimumLowerCase");
        self
    }

    /// Sends `passwordMinimumLowerCase` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_minimum_lower_case` takes it back.
    #[inline]
    pub fn clear_password_minimum_lower_case(mut self) -> Self {
        self.password_minimum_lower_case = None;
        self.unknown_fields
            .insert("passwordMinimumLowerCase".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordMinimumNonLetter` (chainable).
    pub fn set_password_minimum_non_letter(mut self, value: impl Into<i32>) -> Self {
        self.password_minimum_non_letter = Some(value.into());
        self.unknown_fields.remove("passwordMinimumNonLetter");
        self
    }

    /// Sends `passwordMinimumNonLetter` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_minimum_non_letter` takes it back.
    #[inline]
    pub fn clear_password_minimum_non_letter(mut self) -> Self {
        self.password_minimum_non_letter = None;
        self.unknown_fields
            .insert("passwordMinimumNonLetter".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordMinimumNumeric` (chainable).
    pub fn set_password_minimum_numeric(mut self, value: impl Into<i32>) -> Self {
        self.password_minimum_numeric = Some(value.into());
        self.unknown_fields.remove("passwordMinimumNumeric");
        self
    }

    /// Sends `passwordMinimumNumeric` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_minimum_numeric` takes it back.
    #[inline]
    pub fn clear_password_minimum_numeric(mut self) -> Self {
        self.password_minimum_numeric = None;
        self.unknown_fields
            .insert("passwordMinimumNumeric".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordMinimumSymbols` (chainable).
    pub fn set_password_minimum_symbols(mut self, value: impl Into<i32>) -> Self {
        self.password_minimum_symbols = Some(value.into());
        self.unknown_fields.remove("passwordMinimumSymbols");
        self
    }

    /// Sends `passwordMinimumSymbols` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_minimum_symbols` takes it back.
    #[inline]
    pub fn clear_password_minimum_symbols(mut self) -> Self {
        self.password_minimum_symbols = None;
        self.unknown_fields
            .insert("passwordMinimumSymbols".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordMinimumUpperCase` (chainable).
    pub fn set_password_minimum_upper_case(mut self, value: impl Into<i32>) -> Self {
        self.password_minimum_upper_case = Some(value.into());
        self.unknown_fields.remove("passwordMinimumUpperCase");
        self
    }

    /// Sends `passwordMinimumUpperCase` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_minimum_upper_case` takes it back.
    #[inline]
    pub fn clear_password_minimum_upper_case(mut self) -> Self {
        self.password_minimum_upper_case = None;
        self.unknown_fields
            .insert("passwordMinimumUpperCase".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordQuality` (chainable).
    pub fn set_password_quality(
        mut self,
        value: impl Into<crate::schemas::PasswordRequirementsPasswordQuality>,
    ) -> Self {
        self.password_quality = Some(value.into());
        self.unknown_fields.remove("passwordQuality");
        self
    }

    /// Sends `passwordQuality` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_quality` takes it back.
    #[inline]
    pub fn clear_password_quality(mut self) -> Self {
        self.password_quality = None;
        self.unknown_fields
            .insert("passwordQuality".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordScope` (chainable).
    pub fn set_password_scope(
        mut self,
        value: impl Into<crate::schemas::PasswordRequirementsPasswordScope>,
    ) -> Self {
        self.password_scope = Some(value.into());
        self.unknown_fields.remove("passwordScope");
        self
    }

    /// Sends `passwordScope` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_scope` takes it back.
    #[inline]
    pub fn clear_password_scope(mut self) -> Self {
        self.password_scope = None;
        self.unknown_fields.insert("passwordScope".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `requirePasswordUnlock` (chainable).
    pub fn set_require_password_unlock(
        mut self,
        value: impl Into<crate::schemas::PasswordRequirementsRequirePasswordUnlock>,
    ) -> Self {
        self.require_password_unlock = Some(value.into());
        self.unknown_fields.remove("requirePasswordUnlock");
        self
    }

    /// Sends `requirePasswordUnlock` as JSON `null`, which clears it on the server (chainable);
    /// `set_require_password_unlock` takes it back.
    #[inline]
    pub fn clear_require_password_unlock(mut self) -> Self {
        self.require_password_unlock = None;
        self.unknown_fields
            .insert("requirePasswordUnlock".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `unifiedLockSettings` (chainable).
    pub fn set_unified_lock_settings(
        mut self,
        value: impl Into<crate::schemas::PasswordRequirementsUnifiedLockSettings>,
    ) -> Self {
        self.unified_lock_settings = Some(value.into());
        self.unknown_fields.remove("unifiedLockSettings");
        self
    }

    /// Sends `unifiedLockSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_unified_lock_settings` takes it back.
    #[inline]
    pub fn clear_unified_lock_settings(mut self) -> Self {
        self.unified_lock_settings = None;
        self.unknown_fields
            .insert("unifiedLockSettings".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PasswordRequirements {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.maximum_failed_passwords_for_wipe {
            map.serialize_entry("maximumFailedPasswordsForWipe", value)?;
        }
        if let Some(value) = &self.password_expiration_timeout {
            map.serialize_entry("passwordExpirationTimeout", value)?;
        }
        if let Some(value) = &self.password_history_length {
            map.serialize_entry("passwordHistoryLength", value)?;
        }
        if let Some(value) = &self.password_minimum_length {
            map.serialize_entry("passwordMinimumLength", value)?;
        }
        if let Some(value) = &self.password_minimum_letters {
            map.serialize_entry("passwordMinimumLetters", value)?;
        }
        if let Some(value) = &self.password_minimum_lower_case {
            map.serialize_entry("passwordMinimumLowerCase", value)?;
        }
        if let Some(value) = &self.password_minimum_non_letter {
            map.serialize_entry("passwordMinimumNonLetter", value)?;
        }
        if let Some(value) = &self.password_minimum_numeric {
            map.serialize_entry("passwordMinimumNumeric", value)?;
        }
        if let Some(value) = &self.password_minimum_symbols {
            map.serialize_entry("passwordMinimumSymbols", value)?;
        }
        if let Some(value) = &self.password_minimum_upper_case {
            map.serialize_entry("passwordMinimumUpperCase", value)?;
        }
        if let Some(value) = &self.password_quality {
            map.serialize_entry("passwordQuality", value)?;
        }
        if let Some(value) = &self.password_scope {
            map.serialize_entry("passwordScope", value)?;
        }
        if let Some(value) = &self.require_password_unlock {
            map.serialize_entry("requirePasswordUnlock", value)?;
        }
        if let Some(value) = &self.unified_lock_settings {
            map.serialize_entry("unifiedLockSettings", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PasswordRequirements {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PasswordRequirements {
    const NAME: &'static str = "PasswordRequirements";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "maximumFailedPasswordsForWipe" => {
                self.maximum_failed_passwords_for_wipe = map.next_value()?;
            }
            "passwordExpirationTimeout" => {
                self.password_expiration_timeout = map.next_value()?;
            }
            "passwordHistoryLength" => self.password_history_length = map.next_value()?,
            "passwordMinimumLength" => self.password_minimum_length = map.next_value()?,
            "passwordMinimumLetters" => self.password_minimum_letters = map.next_value()?,
            "passwordMinimumLowerCase" => {
                self.password_minimum_lower_case = map.next_value()?;
            }
            "passwordMinimumNonLetter" => {
                self.password_minimum_non_letter = map.next_value()?;
            }
            "passwordMinimumNumeric" => self.password_minimum_numeric = map.next_value()?,
            "passwordMinimumSymbols" => self.password_minimum_symbols = map.next_value()?,
            "passwordMinimumUpperCase" => {
                self.password_minimum_upper_case = map.next_value()?;
            }
            "passwordQuality" => self.password_quality = map.next_value()?,
            "passwordScope" => self.password_scope = map.next_value()?,
            "requirePasswordUnlock" => self.require_password_unlock = map.next_value()?,
            "unifiedLockSettings" => self.unified_lock_settings = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. The required password quality.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PasswordRequirementsPasswordQuality {
    /// There are no password requirements.
    ///
    /// `PASSWORD_QUALITY_UNSPECIFIED` on the wire.
    #[default]
    PasswordQualityUnspecified,
    /// The device must be secured with a low-security biometric recognition technology, at minimum.
    /// This includes technologies that can recognize the identity of an individual that are roughly
    /// equivalent to a 3-digit PIN (false detection is less than 1 in 1,000).This, when applied on
    /// personally owned work profile devices on Android 12 device-scoped, will be treated as
    /// COMPLEXITY_LOW for application. See PasswordQuality for details.
    ///
    /// `BIOMETRIC_WEAK` on the wire.
    BiometricWeak,
    /// A password is required, but there are no restrictions on what the password must
    /// contain.This, when applied on personally owned work profile devices on Android 12
    /// device-scoped, will be treated as COMPLEXITY_LOW for application. See PasswordQuality for
    /// details.
    ///
    /// `SOMETHING` on the wire.
    Something,
    /// The password must contain numeric characters.This, when applied on personally owned work
    /// profile devices on Android 12 device-scoped, will be treated as COMPLEXITY_MEDIUM for
    /// application. See PasswordQuality for details.
    ///
    /// `NUMERIC` on the wire.
    Numeric,
    /// The password must contain numeric characters with no repeating (4444) or ordered (1234,
    /// 4321, 2468) sequences.This, when applied on personally owned work profile devices on Android
    /// 12 device-scoped, will be treated as COMPLEXITY_MEDIUM for application. See PasswordQuality
    /// for details.
    ///
    /// `NUMERIC_COMPLEX` on the wire.
    NumericComplex,
    /// The password must contain alphabetic (or symbol) characters.This, when applied on personally
    /// owned work profile devices on Android 12 device-scoped, will be treated as COMPLEXITY_HIGH
    /// for application. See PasswordQuality for details.
    ///
    /// `ALPHABETIC` on the wire.
    Alphabetic,
    /// The password must contain both numeric and alphabetic (or symbol) characters.This, when
    /// applied on personally owned work profile devices on Android 12 device-scoped, will be
    /// treated as COMPLEXITY_HIGH for application. See PasswordQuality for details.
    ///
    /// `ALPHANUMERIC` on the wire.
    Alphanumeric,
    /// The password must meet the minimum requirements specified in passwordMinimumLength,
    /// passwordMinimumLetters, passwordMinimumSymbols, etc. For example, if passwordMinimumSymbols
    /// is 2, the password must contain at least two symbols.This, when applied on personally owned
    /// work profile devices on Android 12 device-scoped, will be treated as COMPLEXITY_HIGH for
    /// application. In this case, the requirements in passwordMinimumLength,
    /// passwordMinimumLetters, passwordMinimumSymbols, etc are not applied. See PasswordQuality for
    /// details.
    ///
    /// `COMPLEX` on the wire.
    Complex,
    /// Define the low password complexity band as: pattern PIN with repeating (4444) or ordered
    /// (1234, 4321, 2468) sequencesThis sets the minimum complexity band which the password must
    /// meet.Enforcement varies among different Android versions, management modes and password
    /// scopes. See PasswordQuality for details.
    ///
    /// `COMPLEXITY_LOW` on the wire.
    ComplexityLow,
    /// Define the medium password complexity band as: PIN with no repeating (4444) or ordered
    /// (1234, 4321, 2468) sequences, length at least 4 alphabetic, length at least 4 alphanumeric,
    /// length at least 4This sets the minimum complexity band which the password must
    /// meet.Enforcement varies among different Android versions, management modes and password
    /// scopes. See PasswordQuality for details.
    ///
    /// `COMPLEXITY_MEDIUM` on the wire.
    ComplexityMedium,
    /// Define the high password complexity band as:On Android 12 and above: PIN with no repeating
    /// (4444) or ordered (1234, 4321, 2468) sequences, length at least 8 alphabetic, length at
    /// least 6 alphanumeric, length at least 6This sets the minimum complexity band which the
    /// password must meet.Enforcement varies among different Android versions, management modes and
    /// password scopes. See PasswordQuality for details.
    ///
    /// `COMPLEXITY_HIGH` on the wire.
    ComplexityHigh,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PasswordRequirementsPasswordQuality {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PasswordQualityUnspecified => "PASSWORD_QUALITY_UNSPECIFIED",
            Self::BiometricWeak => "BIOMETRIC_WEAK",
            Self::Something => "SOMETHING",
            Self::Numeric => "NUMERIC",
            Self::NumericComplex => "NUMERIC_COMPLEX",
            Self::Alphabetic => "ALPHABETIC",
            Self::Alphanumeric => "ALPHANUMERIC",
            Self::Complex => "COMPLEX",
            Self::ComplexityLow => "COMPLEXITY_LOW",
            Self::ComplexityMedium => "COMPLEXITY_MEDIUM",
            Self::ComplexityHigh => "COMPLEXITY_HIGH",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PASSWORD_QUALITY_UNSPECIFIED" => Self::PasswordQualityUnspecified,
            "BIOMETRIC_WEAK" => Self::BiometricWeak,
            "SOMETHING" => Self::Something,
            "NUMERIC" => Self::Numeric,
            "NUMERIC_COMPLEX" => Self::NumericComplex,
            "ALPHABETIC" => Self::Alphabetic,
            "ALPHANUMERIC" => Self::Alphanumeric,
            "COMPLEX" => Self::Complex,
            "COMPLEXITY_LOW" => Self::ComplexityLow,
            "COMPLEXITY_MEDIUM" => Self::ComplexityMedium,
            "COMPLEXITY_HIGH" => Self::ComplexityHigh,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PasswordRequirementsPasswordQuality);

/// Optional. The scope that the password requirement applies to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PasswordRequirementsPasswordScope {
    /// The scope is unspecified. The password requirements are applied to the work profile for work
    /// profile devices and the whole device for fully managed or dedicated devices.
    ///
    /// `SCOPE_UNSPECIFIED` on the wire.
    #[default]
    ScopeUnspecified,
    /// The password requirements are only applied to the device.
    ///
    /// `SCOPE_DEVICE` on the wire.
    ScopeDevice,
    /// The password requirements are only applied to the work profile.
    ///
    /// `SCOPE_PROFILE` on the wire.
    ScopeProfile,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PasswordRequirementsPasswordScope {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ScopeUnspecified => "SCOPE_UNSPECIFIED",
            Self::ScopeDevice => "SCOPE_DEVICE",
            Self::ScopeProfile => "SCOPE_PROFILE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "SCOPE_UNSPECIFIED" => Self::ScopeUnspecified,
            "SCOPE_DEVICE" => Self::ScopeDevice,
            "SCOPE_PROFILE" => Self::ScopeProfile,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PasswordRequirementsPasswordScope);

/// Optional. The length of time after a device or work profile is unlocked using a strong form
/// of authentication (password, PIN, pattern) that it can be unlocked using any other
/// authentication method (e.g. fingerprint, trust agents, face). After the specified time
/// period elapses, only strong forms of authentication can be used to unlock the device or work
/// profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PasswordRequirementsRequirePasswordUnlock {
    /// Unspecified. Defaults to USE_DEFAULT_DEVICE_TIMEOUT.
    ///
    /// `REQUIRE_PASSWORD_UNLOCK_UNSPECIFIED` on the wire.
    #[default]
    RequirePasswordUnlockUnspecified,
    /// The timeout period is set to the device’s default.
    ///
    /// `USE_DEFAULT_DEVICE_TIMEOUT` on the wire.
    UseDefaultDeviceTimeout,
    /// The timeout period is set to 24 hours.
    ///
    /// `REQUIRE_EVERY_DAY` on the wire.
    RequireEveryDay,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PasswordRequirementsRequirePasswordUnlock {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::RequirePasswordUnlockUnspecified => {
                "REQUIRE_PASSWORD_UNLOCK_UNSPECIFIED"
            }
            Self::UseDefaultDeviceTimeout => "USE_DEFAULT_DEVICE_TIMEOUT",
            Self::RequireEveryDay => "REQUIRE_EVERY_DAY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "REQUIRE_PASSWORD_UNLOCK_UNSPECIFIED" => {
                Self::RequirePasswordUnlockUnspecified
            }
            "USE_DEFAULT_DEVICE_TIMEOUT" => Self::UseDefaultDeviceTimeout,
            "REQUIRE_EVERY_DAY" => Self::RequireEveryDay,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PasswordRequirementsRequirePasswordUnlock);

/// Optional. Controls whether a unified lock is allowed for the device and the work profile, on
/// devices running Android 9 and above with a work profile. This can be set only if
/// password_scope is set to SCOPE_PROFILE, the policy will be rejected otherwise. If user has
/// not set a separate work lock and this field is set to REQUIRE_SEPARATE_WORK_LOCK, a
/// NonComplianceDetail is reported with nonComplianceReason set to USER_ACTION.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PasswordRequirementsUnifiedLockSettings {
    /// Unspecified. Defaults to ALLOW_UNIFIED_WORK_AND_PERSONAL_LOCK.
    ///
    /// `UNIFIED_LOCK_SETTINGS_UNSPECIFIED` on the wire.
    #[default]
    UnifiedLockSettingsUnspecified,
    /// A common lock for the device and the work profile is allowed.
    ///
    /// `ALLOW_UNIFIED_WORK_AND_PERSONAL_LOCK` on the wire.
    AllowUnifiedWorkAndPersonalLock,
    /// A separate lock for the work profile is required.
    ///
    /// `REQUIRE_SEPARATE_WORK_LOCK` on the wire.
    RequireSeparateWorkLock,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PasswordRequirementsUnifiedLockSettings {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UnifiedLockSettingsUnspecified => "UNIFIED_LOCK_SETTINGS_UNSPECIFIED",
            Self::AllowUnifiedWorkAndPersonalLock => {
                "ALLOW_UNIFIED_WORK_AND_PERSONAL_LOCK"
            }
            Self::RequireSeparateWorkLock => "REQUIRE_SEPARATE_WORK_LOCK",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "UNIFIED_LOCK_SETTINGS_UNSPECIFIED" => Self::UnifiedLockSettingsUnspecified,
            "ALLOW_UNIFIED_WORK_AND_PERSONAL_LOCK" => {
                Self::AllowUnifiedWorkAndPersonalLock
            }
            "REQUIRE_SEPARATE_WORK_LOCK" => Self::RequireSeparateWorkLock,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PasswordRequirementsUnifiedLockSettings);
