use crate::runtime::{impl_open_enum, wire};

/// Extra capabilities for a role.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ExtraCapabilities {
    /// Optional. Controls whether the companion app can perform local device wipe
    /// (<https://developers.google.com/android/management/sdk-local-commands>) using AMAPI SDK
    /// (<https://developers.google.com/android/management/sdk-integration>).
    pub local_device_wipe_command: Option<
        crate::schemas::ExtraCapabilitiesLocalDeviceWipeCommand,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ExtraCapabilities {
    /// Sets `localDeviceWipeCommand` (chainable).
    pub fn set_local_device_wipe_command(
        mut self,
        value: impl Into<crate::schemas::ExtraCapabilitiesLocalDeviceWipeCommand>,
    ) -> Self {
        self.local_device_wipe_command = Some(value.into());
        self.unknown_fields.remove("localDeviceWipeCommand");
        self
    }

    /// Sends `localDeviceWipeCommand` as JSON `null`, which clears it on the server (chainable);
    /// `set_local_device_wipe_command` takes it back.
    #[inline]
    pub fn clear_local_device_wipe_command(mut self) -> Self {
        self.local_device_wipe_command = None;
        self.unknown_fields
            .insert("localDeviceWipeCommand".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ExtraCapabilities {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.local_device_wipe_command {
            map.serialize_entry("localDeviceWipeCommand", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExtraCapabilities {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ExtraCapabilities {
    const NAME: &'static str = "ExtraCapabilities";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "localDeviceWipeCommand" => {
                self.local_device_wipe_command = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls whether the companion app can perform local device wipe
/// (<https://developers.google.com/android/management/sdk-local-commands>) using AMAPI SDK
/// (<https://developers.google.com/android/management/sdk-integration>).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ExtraCapabilitiesLocalDeviceWipeCommand {
    /// Unspecified. Defaults to LOCAL_DEVICE_WIPE_COMMAND_DISALLOWED.
    ///
    /// `LOCAL_DEVICE_WIPE_COMMAND_UNSPECIFIED` on the wire.
    #[default]
    LocalDeviceWipeCommandUnspecified,
    /// The app is not allowed to perform local device wipe.
    ///
    /// `LOCAL_DEVICE_WIPE_COMMAND_DISALLOWED` on the wire.
    LocalDeviceWipeCommandDisallowed,
    /// The app is allowed to perform local device wipe. Only the COMPANION_APP role type can use
    /// this field.
    ///
    /// `LOCAL_DEVICE_WIPE_COMMAND_ALLOWED` on the wire.
    LocalDeviceWipeCommandAllowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ExtraCapabilitiesLocalDeviceWipeCommand {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::LocalDeviceWipeCommandUnspecified => {
                "LOCAL_DEVICE_WIPE_COMMAND_UNSPECIFIED"
            }
            Self::LocalDeviceWipeCommandDisallowed => {
                "LOCAL_DEVICE_WIPE_COMMAND_DISALLOWED"
            }
            Self::LocalDeviceWipeCommandAllowed => "LOCAL_DEVICE_WIPE_COMMAND_ALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOCAL_DEVICE_WIPE_COMMAND_UNSPECIFIED" => {
                Self::LocalDeviceWipeCommandUnspecified
            }
            "LOCAL_DEVICE_WIPE_COMMAND_DISALLOWED" => {
                Self::LocalDeviceWipeCommandDisallowed
            }
            "LOCAL_DEVICE_WIPE_COMMAND_ALLOWED" => Self::LocalDeviceWipeCommandAllowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ExtraCapabilitiesLocalDeviceWipeCommand);
