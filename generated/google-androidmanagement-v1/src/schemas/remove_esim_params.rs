use crate::runtime::wire;

/// Parameters associated with the REMOVE_ESIM command to remove an eSIM profile from the
/// device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveEsimParams {
    /// Required. ICC ID of the eSIM profile to be deleted.
    #[serde(rename = "iccId", default, skip_serializing_if = "Option::is_none")]
    pub icc_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl RemoveEsimParams {
    /// Sets `iccId` (chainable).
    pub fn set_icc_id(mut self, value: impl Into<String>) -> Self {
        self.icc_id = Some(value.into());
        self.unknown_fields.remove("iccId");
        self
    }

    /// Sends `iccId` as JSON `null`, which clears it on the server (chainable); `set_icc_id` takes
    /// it back.
    #[inline]
    pub fn clear_icc_id(mut self) -> Self {
        self.icc_id = None;
        self.unknown_fields.insert("iccId".to_owned(), serde_json::Value::Null);
        self
    }
}
