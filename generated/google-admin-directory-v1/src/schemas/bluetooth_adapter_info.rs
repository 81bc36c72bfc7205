use crate::runtime::wire;

/// Information about a device's Bluetooth adapter.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BluetoothAdapterInfo {
    /// Output only. The MAC address of the adapter.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub address: Option<String>,
    /// Output only. The number of devices connected to this adapter.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub num_connected_devices: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BluetoothAdapterInfo {
    /// Sets `address` (chainable).
    pub fn set_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self.unknown_fields.remove("address");
        self
    }

    /// Sends `address` as JSON `null`, which clears it on the server (chainable); `set_address`
    /// takes it back.
    #[inline]
    pub fn clear_address(mut self) -> Self {
        self.address = None;
        self.unknown_fields.insert("address".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `numConnectedDevices` (chainable).
    pub fn set_num_connected_devices(mut self, value: impl Into<i32>) -> Self {
        self.num_connected_devices = Some(value.into());
        self.unknown_fields.remove("numConnectedDevices");
        self
    }

    /// Sends `numConnectedDevices` as JSON `null`, which clears it on the server (chainable);
    /// `set_num_connected_devices` takes it back.
    #[inline]
    pub fn clear_num_connected_devices(mut self) -> Self {
        self.num_connected_devices = None;
        self.unknown_fields
            .insert("numConnectedDevices".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BluetoothAdapterInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.num_connected_devices {
            map.serialize_entry("numConnectedDevices", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BluetoothAdapterInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BluetoothAdapterInfo {
    const NAME: &'static str = "BluetoothAdapterInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "address" => self.address = map.next_value()?,
            "numConnectedDevices" => self.num_connected_devices = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
