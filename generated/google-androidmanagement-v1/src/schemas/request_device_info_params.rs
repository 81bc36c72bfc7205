use crate::runtime::{impl_open_enum, wire};

/// Parameters associated with the REQUEST_DEVICE_INFO command to get device related
/// information.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RequestDeviceInfoParams {
    /// Required. Type of device information to be requested.
    pub device_info: Option<crate::schemas::RequestDeviceInfoParamsDeviceInfo>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RequestDeviceInfoParams {
    /// Sets `deviceInfo` (chainable).
    pub fn set_device_info(
        mut self,
        value: impl Into<crate::schemas::RequestDeviceInfoParamsDeviceInfo>,
    ) -> Self {
        self.device_info = Some(value.into());
        self.unknown_fields.remove("deviceInfo");
        self
    }

    /// Sends `deviceInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_info` takes it back.
    #[inline]
    pub fn clear_device_info(mut self) -> Self {
        self.device_info = None;
        self.unknown_fields.insert("deviceInfo".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RequestDeviceInfoParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_info {
            map.serialize_entry("deviceInfo", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RequestDeviceInfoParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RequestDeviceInfoParams {
    const NAME: &'static str = "RequestDeviceInfoParams";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceInfo" => self.device_info = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Required. Type of device information to be requested.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RequestDeviceInfoParamsDeviceInfo {
    /// This value is disallowed.
    ///
    /// `DEVICE_INFO_UNSPECIFIED` on the wire.
    #[default]
    DeviceInfoUnspecified,
    /// Request the identifier for eSIM. The user will be asked to approve the disclosure of the
    /// information before the result can be returned. If the user doesn't approve the disclosure,
    /// USER_DECLINED will be returned. This is supported only for personally owned devices with
    /// work profiles and Android versions 13 and above.
    ///
    /// `EID` on the wire.
    Eid,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for RequestDeviceInfoParamsDeviceInfo {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceInfoUnspecified => "DEVICE_INFO_UNSPECIFIED",
            Self::Eid => "EID",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEVICE_INFO_UNSPECIFIED" => Self::DeviceInfoUnspecified,
            "EID" => Self::Eid,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(RequestDeviceInfoParamsDeviceInfo);
