#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSmimeInfoResponse {
    /// List of SmimeInfo.
    #[serde(rename = "smimeInfo", default, skip_serializing_if = "Option::is_none")]
    pub smime_info: Option<Vec<crate::schemas::SmimeInfo>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ListSmimeInfoResponse {
    /// Sets `smimeInfo` (chainable).
    pub fn set_smime_info(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::SmimeInfo>,
    ) -> Self {
        self.smime_info = Some(value.into_iter().collect());
        self
    }
}
