use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevicesListResponse {
    /// A managed device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<Vec<crate::schemas::Device>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
