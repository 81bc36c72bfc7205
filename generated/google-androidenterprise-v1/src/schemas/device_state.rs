use crate::runtime::{impl_open_enum, wire};

/// The state of a user's device, as accessed by the getState and setState methods on device
/// resources.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceState {
    /// The state of the Google account on the device. "enabled" indicates that the Google account
    /// on the device can be used to access Google services (including Google Play), while
    /// "disabled" means that it cannot. A new device is initially in the "disabled" state.
    pub account_state: Option<crate::schemas::DeviceStateAccountState>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceState {
    /// Sets `accountState` (chainable).
    pub fn set_account_state(
        mut self,
        value: impl Into<crate::schemas::DeviceStateAccountState>,
    ) -> Self {
        self.account_state = Some(value.into());
        self.unknown_fields.remove("accountState");
        self
    }

    /// Sends `accountState` as JSON `null`, which clears it on the server (chainable);
    /// `set_account_state` takes it back.
    #[inline]
    pub fn clear_account_state(mut self) -> Self {
        self.account_state = None;
        self.unknown_fields.insert("accountState".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DeviceState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.account_state {
            map.serialize_entry("accountState", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeviceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DeviceState {
    const NAME: &'static str = "DeviceState";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accountState" => self.account_state = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The state of the Google account on the device. "enabled" indicates that the Google account
/// on the device can be used to access Google services (including Google Play), while
/// "disabled" means that it cannot. A new device is initially in the "disabled" state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeviceStateAccountState {
    /// `enabled` on the wire.
    #[default]
    Enabled,
    /// `disabled` on the wire.
    Disabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DeviceStateAccountState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DeviceStateAccountState);
