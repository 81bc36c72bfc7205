use crate::runtime::wire;

/// Request to update or create ApplicationPolicy objects in the given Policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyPolicyApplicationsRequest {
    /// Required. The changes to be made to the ApplicationPolicy objects. There must be at least
    /// one ApplicationPolicyChange.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<crate::schemas::ApplicationPolicyChange>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ModifyPolicyApplicationsRequest {
    /// Sets `changes` (chainable).
    pub fn set_changes(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ApplicationPolicyChange>,
        >,
    ) -> Self {
        self.changes = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("changes");
        self
    }

    /// Sends `changes` as JSON `null`, which clears it on the server (chainable); `set_changes`
    /// takes it back.
    #[inline]
    pub fn clear_changes(mut self) -> Self {
        self.changes = None;
        self.unknown_fields.insert("changes".to_owned(), serde_json::Value::Null);
        self
    }
}
