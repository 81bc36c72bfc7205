use crate::runtime::wire;

/// Information related to the eUICC chip.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EuiccChipInfo {
    /// Output only. The Embedded Identity Document (EID) that identifies the eUICC chip for each
    /// eUICC chip on the device. This is available on company owned devices running Android 13 and
    /// above.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eid: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl EuiccChipInfo {
    /// Sets `eid` (chainable).
    pub fn set_eid(mut self, value: impl Into<String>) -> Self {
        self.eid = Some(value.into());
        self.unknown_fields.remove("eid");
        self
    }

    /// Sends `eid` as JSON `null`, which clears it on the server (chainable); `set_eid` takes it
    /// back.
    #[inline]
    pub fn clear_eid(mut self) -> Self {
        self.eid = None;
        self.unknown_fields.insert("eid".to_owned(), serde_json::Value::Null);
        self
    }
}
