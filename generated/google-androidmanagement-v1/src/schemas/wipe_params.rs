use crate::runtime::{impl_open_enum, wire};

/// Parameters associated with the WIPE command to wipe the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WipeParams {
    /// Optional. Flags to determine what data to wipe.
    pub wipe_data_flags: Option<Vec<crate::schemas::WipeParamsWipeDataFlags>>,
    /// Optional. A short message displayed to the user before wiping the work profile on personal
    /// devices. This has no effect on company owned devices. The maximum message length is 200
    /// characters.
    pub wipe_reason: Option<crate::schemas::UserFacingMessage>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WipeParams {
    /// Sets `wipeDataFlags` (chainable).
    pub fn set_wipe_data_flags(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::WipeParamsWipeDataFlags>,
        >,
    ) -> Self {
        self.wipe_data_flags = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("wipeDataFlags");
        self
    }

    /// Sends `wipeDataFlags` as JSON `null`, which clears it on the server (chainable);
    /// `set_wipe_data_flags` takes it back.
    #[inline]
    pub fn clear_wipe_data_flags(mut self) -> Self {
        self.wipe_data_flags = None;
        self.unknown_fields.insert("wipeDataFlags".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wipeReason` (chainable).
    pub fn set_wipe_reason(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.wipe_reason = Some(value.into());
        self.unknown_fields.remove("wipeReason");
        self
    }

    /// Sends `wipeReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_wipe_reason` takes it back.
    #[inline]
    pub fn clear_wipe_reason(mut self) -> Self {
        self.wipe_reason = None;
        self.unknown_fields.insert("wipeReason".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WipeParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.wipe_data_flags {
            map.serialize_entry("wipeDataFlags", value)?;
        }
        if let Some(value) = &self.wipe_reason {
            map.serialize_entry("wipeReason", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WipeParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WipeParams {
    const NAME: &'static str = "WipeParams";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "wipeDataFlags" => self.wipe_data_flags = map.next_value()?,
            "wipeReason" => self.wipe_reason = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WipeParamsWipeDataFlags {
    /// This value is ignored.
    ///
    /// `WIPE_DATA_FLAG_UNSPECIFIED` on the wire.
    #[default]
    WipeDataFlagUnspecified,
    /// Preserve the factory reset protection data on the device.
    ///
    /// `PRESERVE_RESET_PROTECTION_DATA` on the wire.
    PreserveResetProtectionData,
    /// Additionally wipe the device's external storage (such as SD cards).
    ///
    /// `WIPE_EXTERNAL_STORAGE` on the wire.
    WipeExternalStorage,
    /// For company-owned devices, this removes all eSIMs from the device when the device is wiped.
    /// In personally-owned devices, this will remove managed eSIMs (eSIMs which are added via the
    /// ADD_ESIM command) on the devices and no personally owned eSIMs will be removed. For devices
    /// running on Android 16 or higher, managed eSIMs are always wiped when work profile is removed
    /// for personally-owned devices, whether this flag is provided or not.
    ///
    /// `WIPE_ESIMS` on the wire.
    WipeEsims,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for WipeParamsWipeDataFlags {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WipeDataFlagUnspecified => "WIPE_DATA_FLAG_UNSPECIFIED",
            Self::PreserveResetProtectionData => "PRESERVE_RESET_PROTECTION_DATA",
            Self::WipeExternalStorage => "WIPE_EXTERNAL_STORAGE",
            Self::WipeEsims => "WIPE_ESIMS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WIPE_DATA_FLAG_UNSPECIFIED" => Self::WipeDataFlagUnspecified,
            "PRESERVE_RESET_PROTECTION_DATA" => Self::PreserveResetProtectionData,
            "WIPE_EXTERNAL_STORAGE" => Self::WipeExternalStorage,
            "WIPE_ESIMS" => Self::WipeEsims,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(WipeParamsWipeDataFlags);
