use crate::runtime::wire;

/// Request for adding new printers in batch.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchCreatePrintersRequest {
    /// A list of Printers to be created. Max 50 at a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<crate::schemas::CreatePrinterRequest>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BatchCreatePrintersRequest {
    /// Sets `requests` (chainable).
    pub fn set_requests(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::CreatePrinterRequest>>,
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
