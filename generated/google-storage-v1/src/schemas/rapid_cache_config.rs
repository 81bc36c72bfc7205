use crate::runtime::wire;

/// Configuration options for the rapid cache of a managed folder.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RapidCacheConfig {
    /// A map of rapid cache IDs to the corresponding `RapidCachePolicy` configurations for a
    /// managed folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<
        std::collections::BTreeMap<String, crate::schemas::RapidCachePolicy>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl RapidCacheConfig {
    /// Sets `policies` (chainable).
    pub fn set_policies(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<crate::schemas::RapidCachePolicy>),
        >,
    ) -> Self {
        self.policies = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("policies");
        self
    }

    /// Sends `policies` as JSON `null`, which clears it on the server (chainable); `set_policies`
    /// takes it back.
    #[inline]
    pub fn clear_policies(mut self) -> Self {
        self.policies = None;
        self.unknown_fields.insert("policies".to_owned(), serde_json::Value::Null);
        self
    }
}
