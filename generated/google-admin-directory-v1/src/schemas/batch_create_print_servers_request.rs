use crate::runtime::wire;

/// Request to add multiple new print servers in a batch.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchCreatePrintServersRequest {
    /// Required. A list of `PrintServer` resources to be created (max `50` per batch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<crate::schemas::CreatePrintServerRequest>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BatchCreatePrintServersRequest {
    /// Sets `requests` (chainable).
    pub fn set_requests(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::CreatePrintServerRequest>,
        >,
    ) -> Self {
        self.requests = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("requests");
        self
    }

    /// Sends `requests` as JSON `null`, which clears it on the server (chainable); `set_requests`
    /// takes it back.
    #[inline]
    pub fn clear_requests(mut self) -> Self {
        self.requests = None;
        self.unknown_fields.insert("requests".to_owned(), serde_json::Value::Null);
        self
    }
}
