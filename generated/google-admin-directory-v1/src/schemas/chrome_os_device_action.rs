use crate::runtime::wire;

/// Data about an update to the status of a Chrome OS device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChromeOsDeviceAction {
    /// Action to be taken on the Chrome OS device.
    ///
    /// Required by: `directory.chromeosdevices.action`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Only used when the action is `deprovision`. With the `deprovision` action, this field is
    /// required. *Note*: The deprovision reason is audited because it might have implications on
    /// licenses for perpetual subscription customers.
    #[serde(
        rename = "deprovisionReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_reason: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceAction {
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

    /// Sets `deprovisionReason` (chainable).
    pub fn set_deprovision_reason(mut self, value: impl Into<String>) -> Self {
        self.deprovision_reason = Some(value.into());
        self.unknown_fields.remove("deprovisionReason");
        self
    }

    /// Sends `deprovisionReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_deprovision_reason` takes it back.
    #[inline]
    pub fn clear_deprovision_reason(mut self) -> Self {
        self.deprovision_reason = None;
        self.unknown_fields
            .insert("deprovisionReason".to_owned(), serde_json::Value::Null);
        self
    }
}
