use crate::runtime::wire;

/// Response for the ListDelegates method.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDelegatesResponse {
    /// List of the user's delegates (with any verification status). If an account doesn't have
    /// delegates, this field doesn't appear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegates: Option<Vec<crate::schemas::Delegate>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListDelegatesResponse {
    /// Sets `delegates` (chainable).
    pub fn set_delegates(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Delegate>>,
    ) -> Self {
        self.delegates = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("delegates");
        self
    }

    /// Sends `delegates` as JSON `null`, which clears it on the server (chainable); `set_delegates`
    /// takes it back.
    #[inline]
    pub fn clear_delegates(mut self) -> Self {
        self.delegates = None;
        self.unknown_fields.insert("delegates".to_owned(), serde_json::Value::Null);
        self
    }
}
