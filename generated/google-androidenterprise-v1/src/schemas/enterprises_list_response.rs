use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnterprisesListResponse {
    /// An enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<Vec<crate::schemas::Enterprise>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl EnterprisesListResponse {
    /// Sets `enterprise` (chainable).
    pub fn set_enterprise(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Enterprise>>,
    ) -> Self {
        self.enterprise = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("enterprise");
        self
    }

    /// Sends `enterprise` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprise` takes it back.
    #[inline]
    pub fn clear_enterprise(mut self) -> Self {
        self.enterprise = None;
        self.unknown_fields.insert("enterprise".to_owned(), serde_json::Value::Null);
        self
    }
}
