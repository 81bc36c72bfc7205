use crate::runtime::wire;

/// Response for listing allowed printer models.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrinterModelsResponse {
    /// A token, which can be sent as `page_token` to retrieve the next page. If this field is
    /// omitted, there are no subsequent pages.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Printer models that are currently allowed to be configured for ChromeOs. Some printers may
    /// be added or removed over time.
    #[serde(rename = "printerModels", default, skip_serializing_if = "Option::is_none")]
    pub printer_models: Option<Vec<crate::schemas::PrinterModel>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListPrinterModelsResponse {
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self.unknown_fields.remove("nextPageToken");
        self
    }

    /// Sends `nextPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_next_page_token` takes it back.
    #[inline]
    pub fn clear_next_page_token(mut self) -> Self {
        self.next_page_token = None;
        self.unknown_fields.insert("nextPageToken".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printerModels` (chainable).
    pub fn set_printer_models(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PrinterModel>>,
    ) -> Self {
        self.printer_models = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printerModels");
        self
    }

    /// Sends `printerModels` as JSON `null`, which clears it on the server (chainable);
    /// `set_printer_models` takes it back.
    #[inline]
    pub fn clear_printer_models(mut self) -> Self {
        self.printer_models = None;
        self.unknown_fields.insert("printerModels".to_owned(), serde_json::Value::Null);
        self
    }
}
