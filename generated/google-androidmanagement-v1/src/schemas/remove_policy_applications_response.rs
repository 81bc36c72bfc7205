use crate::runtime::wire;

/// Response to a request to remove ApplicationPolicy objects in the given policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemovePolicyApplicationsResponse {
    /// The updated policy after ApplicationPolicy objects have been removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<crate::schemas::Policy>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl RemovePolicyApplicationsResponse {
    /// Sets `policy` (chainable).
    pub fn set_policy(mut self, value: impl Into<crate::schemas::Policy>) -> Self {
        self.policy = Some(value.into());
        self.unknown_fields.remove("policy");
        self
    }

    /// Sends `policy` as JSON `null`, which clears it on the server (chainable); `set_policy` takes
    /// it back.
    #[inline]
    pub fn clear_policy(mut self) -> Self {
        self.policy = None;
        self.unknown_fields.insert("policy".to_owned(), serde_json::Value::Null);
        self
    }
}
