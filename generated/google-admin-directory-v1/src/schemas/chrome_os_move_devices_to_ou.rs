use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChromeOsMoveDevicesToOu {
    /// Chrome OS devices to be moved to OU
    ///
    /// Required by: `directory.chromeosdevices.moveDevicesToOu`.
    #[serde(rename = "deviceIds", default, skip_serializing_if = "Option::is_none")]
    pub device_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
