use crate::runtime::wire;

/// Request for adding a new printer.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrinterRequest {
    /// Required. The name of the customer. Format: customers/{customer_id}
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Required. A printer to create. If you want to place the printer under particular OU then
    /// populate printer.org_unit_id filed. Otherwise the printer will be placed under root OU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer: Option<crate::schemas::Printer>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl CreatePrinterRequest {
    /// Sets `parent` (chainable).
    pub fn set_parent(mut self, value: impl Into<String>) -> Self {
        self.parent = Some(value.into());
        self.unknown_fields.remove("parent");
        self
    }

    /// Sends `parent` as JSON `null`, which clears it on the server (chainable); `set_parent` takes
    /// it back.
    #[inline]
    pub fn clear_parent(mut self) -> Self {
        self.parent = None;
        self.unknown_fields.insert("parent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printer` (chainable).
    pub fn set_printer(mut self, value: impl Into<crate::schemas::Printer>) -> Self {
        self.printer = Some(value.into());
        self.unknown_fields.remove("printer");
        self
    }

    /// Sends `printer` as JSON `null`, which clears it on the server (chainable); `set_printer`
    /// takes it back.
    #[inline]
    pub fn clear_printer(mut self) -> Self {
        self.printer = None;
        self.unknown_fields.insert("printer".to_owned(), serde_json::Value::Null);
        self
    }
}
