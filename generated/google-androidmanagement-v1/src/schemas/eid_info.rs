use crate::runtime::wire;

/// Information related to the EIDs of the device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EidInfo {
    /// Output only. EID information for each eUICC chip.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eids: Option<Vec<crate::schemas::Eid>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl EidInfo {
    /// Sets `eids` (chainable).
    pub fn set_eids(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Eid>>,
    ) -> Self {
        self.eids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("eids");
        self
    }

    /// Sends `eids` as JSON `null`, which clears it on the server (chainable); `set_eids` takes it
    /// back.
    #[inline]
    pub fn clear_eids(mut self) -> Self {
        self.eids = None;
        self.unknown_fields.insert("eids".to_owned(), serde_json::Value::Null);
        self
    }
}
