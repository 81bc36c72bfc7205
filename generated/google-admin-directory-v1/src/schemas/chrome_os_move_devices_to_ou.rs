use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsMoveDevicesToOu {
    /// Chrome OS devices to be moved to OU
    ///
    /// Required by: `directory.chromeosdevices.moveDevicesToOu`.
    pub device_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsMoveDevicesToOu {
    /// Sets `deviceIds` (chainable).
    pub fn set_device_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("deviceIds");
        self
    }

    /// Sends `deviceIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_ids` takes it back.
    #[inline]
    pub fn clear_device_ids(mut self) -> Self {
        self.device_ids = None;
        self.unknown_fields.insert("deviceIds".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsMoveDevicesToOu {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_ids {
            map.serialize_entry("deviceIds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsMoveDevicesToOu {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsMoveDevicesToOu {
    const NAME: &'static str = "ChromeOsMoveDevicesToOu";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceIds" => self.device_ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
