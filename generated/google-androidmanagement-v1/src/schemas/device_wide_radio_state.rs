use crate::runtime::{impl_open_enum, wire};

/// Controls for device radio settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceWideRadioState {
    /// Optional. Controls whether NFC is disabled on the device and if the user can toggle NFC
    /// between enabled and disabled. This is for work profiles on company-owned devices. To control
    /// NFC on fully managed devices, use deviceRadioState.nfc instead.
    pub nfc: Option<crate::schemas::DeviceWideRadioStateNfc>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceWideRadioState {
    /// Sets `nfc` (chainable).
    pub fn set_nfc(
        mut self,
        value: impl Into<crate::schemas::DeviceWideRadioStateNfc>,
    ) -> Self {
        self.nfc = Some(value.into());
        self.unknown_fields.remove("nfc");
        self
    }

    /// Sends `nfc` as JSON `null`, which clears it on the server (chainable); `set_nfc` takes it
    /// back.
    #[inline]
    pub fn clear_nfc(mut self) -> Self {
        self.nfc = None;
        self.unknown_fields.insert("nfc".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DeviceWideRadioState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.nfc {
            map.serialize_entry("nfc", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeviceWideRadioState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DeviceWideRadioState {
    const NAME: &'static str = "DeviceWideRadioState";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nfc" => self.nfc = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls whether NFC is disabled on the device and if the user can toggle NFC
/// between enabled and disabled. This is for work profiles on company-owned devices. To control
/// NFC on fully managed devices, use deviceRadioState.nfc instead.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceWideRadioStateNfc {
    /// Unspecified. Defaults to NFC_USER_CHOICE.
    ///
    /// `NFC_UNSPECIFIED` on the wire.
    #[default]
    NfcUnspecified,
    /// The user is allowed to toggle NFC between enabled and disabled. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 15.
    ///
    /// `NFC_USER_CHOICE` on the wire.
    NfcUserChoice,
    /// NFC is disabled on the device. The user is not allowed to toggle NFC on. This is supported
    /// on fully managed devices and work profiles on company-owned devices. For other management
    /// modes, a NonComplianceDetail with MANAGEMENT_MODE is reported. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 15.
    ///
    /// `NFC_DISABLED` on the wire.
    NfcDisabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceWideRadioStateNfc {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NfcUnspecified => "NFC_UNSPECIFIED",
            Self::NfcUserChoice => "NFC_USER_CHOICE",
            Self::NfcDisabled => "NFC_DISABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NFC_UNSPECIFIED" => Self::NfcUnspecified,
            "NFC_USER_CHOICE" => Self::NfcUserChoice,
            "NFC_DISABLED" => Self::NfcDisabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceWideRadioStateNfc);
