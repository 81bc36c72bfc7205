use crate::runtime::{impl_open_enum, wire};

/// Device was started.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OsStartupEvent {
    /// Verified Boot state.
    pub verified_boot_state: Option<crate::schemas::OsStartupEventVerifiedBootState>,
    /// dm-verity mode.
    pub verity_mode: Option<crate::schemas::OsStartupEventVerityMode>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl OsStartupEvent {
    /// Sets `verifiedBootState` (chainable).
    pub fn set_verified_boot_state(
        mut self,
        value: impl Into<crate::schemas::OsStartupEventVerifiedBootState>,
    ) -> Self {
        self.verified_boot_state = Some(value.into());
        self.unknown_fields.remove("verifiedBootState");
        self
    }

    /// Sends `verifiedBootState` as JSON `null`, which clears it on the server (chainable);
    /// `set_verified_boot_state` takes it back.
    #[inline]
    pub fn clear_verified_boot_state(mut self) -> Self {
        self.verified_boot_state = None;
        self.unknown_fields
            .insert("verifiedBootState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `verityMode` (chainable).
    pub fn set_verity_mode(
        mut self,
        value: impl Into<crate::schemas::OsStartupEventVerityMode>,
    ) -> Self {
        self.verity_mode = Some(value.into());
        self.unknown_fields.remove("verityMode");
        self
    }

    /// Sends `verityMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_verity_mode` takes it back.
    #[inline]
    pub fn clear_verity_mode(mut self) -> Self {
        self.verity_mode = None;
        self.unknown_fields.insert("verityMode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for OsStartupEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.verified_boot_state {
            map.serialize_entry("verifiedBootState", value)?;
        }
        if let Some(value) = &self.verity_mode {
            map.serialize_entry("verityMode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OsStartupEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for OsStartupEvent {
    const NAME: &'static str = "OsStartupEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "verifiedBootState" => self.verified_boot_state = map.next_value()?,
            "verityMode" => self.verity_mode = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Verified Boot state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OsStartupEventVerifiedBootState {
    /// Unknown value.
    ///
    /// `VERIFIED_BOOT_STATE_UNSPECIFIED` on the wire.
    #[default]
    VerifiedBootStateUnspecified,
    /// Indicates that there is a full chain of trust extending from the bootloader to verified
    /// partitions including the bootloader, boot partition, and all verified partitions.
    ///
    /// `GREEN` on the wire.
    Green,
    /// Indicates that the boot partition has been verified using the embedded certificate and the
    /// signature is valid.
    ///
    /// `YELLOW` on the wire.
    Yellow,
    /// Indicates that the device may be freely modified. Device integrity is left to the user to
    /// verify out-of-band.
    ///
    /// `ORANGE` on the wire.
    Orange,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for OsStartupEventVerifiedBootState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::VerifiedBootStateUnspecified => "VERIFIED_BOOT_STATE_UNSPECIFIED",
            Self::Green => "GREEN",
            Self::Yellow => "YELLOW",
            Self::Orange => "ORANGE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "VERIFIED_BOOT_STATE_UNSPECIFIED" => Self::VerifiedBootStateUnspecified,
            "GREEN" => Self::Green,
            "YELLOW" => Self::Yellow,
            "ORANGE" => Self::Orange,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(OsStartupEventVerifiedBootState);

/// dm-verity mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OsStartupEventVerityMode {
    /// Unknown value.
    ///
    /// `DM_VERITY_MODE_UNSPECIFIED` on the wire.
    #[default]
    DmVerityModeUnspecified,
    /// Indicates that the device will be restarted when corruption is detected.
    ///
    /// `ENFORCING` on the wire.
    Enforcing,
    /// Indicates that an I/O error will be returned for an attempt to read corrupted data blocks
    /// (also known as eio boot state).
    ///
    /// `IO_ERROR` on the wire.
    IoError,
    /// Indicates that dm-verity is disabled on device.
    ///
    /// `DISABLED` on the wire.
    Disabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for OsStartupEventVerityMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DmVerityModeUnspecified => "DM_VERITY_MODE_UNSPECIFIED",
            Self::Enforcing => "ENFORCING",
            Self::IoError => "IO_ERROR",
            Self::Disabled => "DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DM_VERITY_MODE_UNSPECIFIED" => Self::DmVerityModeUnspecified,
            "ENFORCING" => Self::Enforcing,
            "IO_ERROR" => Self::IoError,
            "DISABLED" => Self::Disabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(OsStartupEventVerityMode);
