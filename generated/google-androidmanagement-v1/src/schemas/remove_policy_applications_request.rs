use crate::runtime::wire;

/// Request to remove ApplicationPolicy objects in the given policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemovePolicyApplicationsRequest {
    /// Required. Package names to be removed. Entries that are not found are ignored. There must be
    /// at least one entry in package_names.
    #[serde(rename = "packageNames", default, skip_serializing_if = "Option::is_none")]
    pub package_names: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl RemovePolicyApplicationsRequest {
    /// Sets `packageNames` (chainable).
    pub fn set_package_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.package_names = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("packageNames");
        self
    }

    /// Sends `packageNames` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_names` takes it back.
    #[inline]
    pub fn clear_package_names(mut self) -> Self {
        self.package_names = None;
        self.unknown_fields.insert("packageNames".to_owned(), serde_json::Value::Null);
        self
    }
}
