#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnterprisesListResponse {
    /// An enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<Vec<crate::schemas::Enterprise>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl EnterprisesListResponse {
    /// Sets `enterprise` (chainable).
    pub fn set_enterprise(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Enterprise>,
    ) -> Self {
        self.enterprise = Some(value.into_iter().collect());
        self
    }
}
