#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StoreLayoutClustersListResponse {
    /// A store cluster of an enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Vec<crate::schemas::StoreCluster>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl StoreLayoutClustersListResponse {
    /// Sets `cluster` (chainable).
    pub fn set_cluster(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::StoreCluster>,
    ) -> Self {
        self.cluster = Some(value.into_iter().collect());
        self
    }
}
