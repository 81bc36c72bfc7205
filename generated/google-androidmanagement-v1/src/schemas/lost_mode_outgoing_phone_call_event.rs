use crate::runtime::wire;

/// An event indicating an outgoing phone call has been made when a device is in lost mode.
/// Intentionally empty.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct LostModeOutgoingPhoneCallEvent {
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl serde::Serialize for LostModeOutgoingPhoneCallEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for LostModeOutgoingPhoneCallEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for LostModeOutgoingPhoneCallEvent {
    const NAME: &'static str = "LostModeOutgoingPhoneCallEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        wire::read_unknown(&mut self.unknown_fields, key, map)
    }
}
