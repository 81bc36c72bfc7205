use crate::runtime::wire;

/// Policies controlling the device on company-owned devices.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeviceWidePolicies {
    /// Optional. Covers controls for radio state.
    #[serde(
        rename = "deviceRadioState",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_radio_state: Option<crate::schemas::DeviceWideRadioState>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
