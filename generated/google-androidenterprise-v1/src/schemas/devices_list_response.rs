use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DevicesListResponse {
    /// A managed device.
    pub device: Option<Vec<crate::schemas::Device>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DevicesListResponse {
    /// Sets `device` (chainable).
    pub fn set_device(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Device>>,
    ) -> Self {
        self.device = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("device");
        self
    }

    /// Sends `device` as JSON `null`, which clears it on the server (chainable); `set_device` takes
    /// it back.
    #[inline]
    pub fn clear_device(mut self) -> Self {
        self.device = None;
        self.unknown_fields.insert("device".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DevicesListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device {
            map.serialize_entry("device", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DevicesListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DevicesListResponse {
    const NAME: &'static str = "DevicesListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "device" => self.device = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
