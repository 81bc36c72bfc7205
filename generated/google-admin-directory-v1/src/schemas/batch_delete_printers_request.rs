use crate::runtime::wire;

/// Request for deleting existing printers in batch.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchDeletePrintersRequest {
    /// A list of Printer.id that should be deleted. Max 100 at a time.
    #[serde(rename = "printerIds", default, skip_serializing_if = "Option::is_none")]
    pub printer_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BatchDeletePrintersRequest {
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
