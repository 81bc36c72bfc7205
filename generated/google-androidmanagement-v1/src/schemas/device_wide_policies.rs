use crate::runtime::wire;

/// Policies controlling the device on company-owned devices.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceWidePolicies {
    /// Optional. Covers controls for radio state.
    pub device_radio_state: Option<crate::schemas::DeviceWideRadioState>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceWidePolicies {
    /// Sets `deviceRadioState` (chainable).
    pub fn set_device_radio_state(
        mut self,
        value: impl Into<crate::schemas::DeviceWideRadioState>,
    ) -> Self {
        self.device_radio_state = Some(value.into());
        self.unknown_fields.remove("deviceRadioState");
        self
    }

    /// Sends `deviceRadioState` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_radio_state` takes it back.
    #[inline]
    pub fn clear_device_radio_state(mut self) -> Self {
        self.device_radio_state = None;
        self.unknown_fields
            .insert("deviceRadioState".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DeviceWidePolicies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_radio_state {
            map.serialize_entry("deviceRadioState", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeviceWidePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DeviceWidePolicies {
    const NAME: &'static str = "DeviceWidePolicies";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceRadioState" => self.device_radio_state = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
