use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MobileDeviceAction {
    /// The action to be performed on the device.
    ///
    /// Required by: `directory.mobiledevices.action`.
    pub action: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MobileDeviceAction {
    /// Sets `action` (chainable).
    pub fn set_action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self.unknown_fields.remove("action");
        self
    }

    /// Sends `action` as JSON `null`, which clears it on the server (chainable); `set_action` takes
    /// it back.
    #[inline]
    pub fn clear_action(mut self) -> Self {
        self.action = None;
        self.unknown_fields.insert("action".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for MobileDeviceAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.action {
            map.serialize_entry("action", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MobileDeviceAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MobileDeviceAction {
    const NAME: &'static str = "MobileDeviceAction";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "action" => self.action = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
