use crate::runtime::{impl_open_enum, wire};

/// The security posture of the device, as determined by the current device state and the
/// policies applied.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SecurityPosture {
    /// Device's security posture value.
    pub device_posture: Option<crate::schemas::SecurityPostureDevicePosture>,
    /// Additional details regarding the security posture of the device.
    pub posture_details: Option<Vec<crate::schemas::PostureDetail>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SecurityPosture {
    /// Sets `devicePosture` (chainable).
    pub fn set_device_posture(
        mut self,
        value: impl Into<crate::schemas::SecurityPostureDevicePosture>,
    ) -> Self {
        self.device_posture = Some(value.into());
        self.unknown_fields.remove("devicePosture");
        self
    }

    /// Sends `devicePosture` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_posture` takes it back.
    #[inline]
    pub fn clear_device_posture(mut self) -> Self {
        self.device_posture = None;
        self.unknown_fields.insert("devicePosture".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `postureDetails` (chainable).
    pub fn set_posture_details(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PostureDetail>>,
    ) -> Self {
        self.posture_details = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("postureDetails");
        self
    }

    /// Sends `postureDetails` as JSON `null`, which clears it on the server (chainable);
    /// `set_posture_details` takes it back.
    #[inline]
    pub fn clear_posture_details(mut self) -> Self {
        self.posture_details = None;
        self.unknown_fields.insert("postureDetails".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SecurityPosture {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_posture {
            map.serialize_entry("devicePosture", value)?;
        }
        if let Some(value) = &self.posture_details {
            map.serialize_entry("postureDetails", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SecurityPosture {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SecurityPosture {
    const NAME: &'static str = "SecurityPosture";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "devicePosture" => self.device_posture = map.next_value()?,
            "postureDetails" => self.posture_details = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Device's security posture value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SecurityPostureDevicePosture {
    /// Unspecified. There is no posture detail for this posture value.
    ///
    /// `POSTURE_UNSPECIFIED` on the wire.
    #[default]
    PostureUnspecified,
    /// This device is secure.
    ///
    /// `SECURE` on the wire.
    Secure,
    /// This device may be more vulnerable to malicious actors than is recommended for use with
    /// corporate data.
    ///
    /// `AT_RISK` on the wire.
    AtRisk,
    /// This device may be compromised and corporate data may be accessible to unauthorized actors.
    ///
    /// `POTENTIALLY_COMPROMISED` on the wire.
    PotentiallyCompromised,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for SecurityPostureDevicePosture {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PostureUnspecified => "POSTURE_UNSPECIFIED",
            Self::Secure => "SECURE",
            Self::AtRisk => "AT_RISK",
            Self::PotentiallyCompromised => "POTENTIALLY_COMPROMISED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "POSTURE_UNSPECIFIED" => Self::PostureUnspecified,
            "SECURE" => Self::Secure,
            "AT_RISK" => Self::AtRisk,
            "POTENTIALLY_COMPROMISED" => Self::PotentiallyCompromised,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(SecurityPostureDevicePosture);
