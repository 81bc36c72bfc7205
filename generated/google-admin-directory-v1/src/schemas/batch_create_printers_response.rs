use crate::runtime::wire;

/// Response for adding new printers in batch.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchCreatePrintersResponse {
    /// A list of create failures. Printer IDs are not populated, as printer were not created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<crate::schemas::FailureInfo>>,
    /// A list of successfully created printers with their IDs populated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printers: Option<Vec<crate::schemas::Printer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BatchCreatePrintersResponse {
    /// Sets `failures` (chainable).
    pub fn set_failures(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::FailureInfo>>,
    ) -> Self {
        self.failures = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("failures");
        self
    }

    /// Sends `failures` as JSON `null`, which clears it on the server (chainable); `set_failures`
    /// takes it back.
    #[inline]
    pub fn clear_failures(mut self) -> Self {
        self.failures = None;
        self.unknown_fields.insert("failures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printers` (chainable).
    pub fn set_printers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Printer>>,
    ) -> Self {
        self.printers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printers");
        self
    }

    /// Sends `printers` as JSON `null`, which clears it on the server (chainable); `set_printers`
    /// takes it back.
    #[inline]
    pub fn clear_printers(mut self) -> Self {
        self.printers = None;
        self.unknown_fields.insert("printers".to_owned(), serde_json::Value::Null);
        self
    }
}
