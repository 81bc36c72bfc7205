use crate::runtime::wire;

/// Information about a device's Bluetooth adapter.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BluetoothAdapterInfo {
    /// Output only. The MAC address of the adapter.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Output only. The number of devices connected to this adapter.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "numConnectedDevices",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub num_connected_devices: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
