use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StoreLayoutClustersListResponse {
    /// A store cluster of an enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Vec<crate::schemas::StoreCluster>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl StoreLayoutClustersListResponse {
    /// Sets `cluster` (chainable).
    pub fn set_cluster(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::StoreCluster>>,
    ) -> Self {
        self.cluster = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cluster");
        self
    }

    /// Sends `cluster` as JSON `null`, which clears it on the server (chainable); `set_cluster`
    /// takes it back.
    #[inline]
    pub fn clear_cluster(mut self) -> Self {
        self.cluster = None;
        self.unknown_fields.insert("cluster".to_owned(), serde_json::Value::Null);
        self
    }
}
