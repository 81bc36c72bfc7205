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
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl EidInfo {
    /// Sets `eids` (chainable).
    pub fn set_eids(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Eid>,
    ) -> Self {
        self.eids = Some(value.into_iter().collect());
        self
    }
}
