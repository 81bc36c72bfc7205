use crate::runtime::wire;

/// Response for deleting existing printers in batch.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchDeletePrintersResponse {
    /// A list of update failures.
    #[serde(rename = "failedPrinters", default, skip_serializing_if = "Option::is_none")]
    pub failed_printers: Option<Vec<crate::schemas::FailureInfo>>,
    /// A list of Printer.id that were successfully deleted.
    #[serde(rename = "printerIds", default, skip_serializing_if = "Option::is_none")]
    pub printer_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BatchDeletePrintersResponse {
    /// Sets `failedPrinters` (chainable).
    pub fn set_failed_printers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::FailureInfo>>,
    ) -> Self {
        self.failed_printers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("failedPrinters");
        self
    }

    /// Sends `failedPrinters` as JSON `null`, which clears it on the server (chainable);
    /// `set_failed_printers` takes it back.
    #[inline]
    pub fn clear_failed_printers(mut self) -> Self {
        self.failed_printers = None;
        self.unknown_fields.insert("failedPrinters".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printerIds` (chainable).
    pub fn set_printer_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.printer_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printerIds");
        self
    }

    /// Sends `printerIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_printer_ids` takes it back.
    #[inline]
    pub fn clear_printer_ids(mut self) -> Self {
        self.printer_ids = None;
        self.unknown_fields.insert("printerIds".to_owned(), serde_json::Value::Null);
        self
    }
}
