use crate::runtime::wire;

/// An app process was started. This is available device-wide on fully managed devices and
/// within the work profile on organization-owned devices with a work profile.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AppProcessStartEvent {
    /// Information about a process.
    #[serde(rename = "processInfo", default, skip_serializing_if = "Option::is_none")]
    pub process_info: Option<crate::schemas::AppProcessInfo>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl AppProcessStartEvent {
    /// Sets `processInfo` (chainable).
    pub fn set_process_info(
        mut self,
        value: impl Into<crate::schemas::AppProcessInfo>,
    ) -> Self {
        self.process_info = Some(value.into());
        self.unknown_fields.remove("processInfo");
        self
    }

    /// Sends `processInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_process_info` takes it back.
    #[inline]
    pub fn clear_process_info(mut self) -> Self {
        self.process_info = None;
        self.unknown_fields.insert("processInfo".to_owned(), serde_json::Value::Null);
        self
    }
}
