use crate::runtime::wire;

/// Request to delete multiple existing print servers in a batch.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchDeletePrintServersRequest {
    /// A list of print server IDs that should be deleted (max `100` per batch).
    #[serde(rename = "printServerIds", default, skip_serializing_if = "Option::is_none")]
    pub print_server_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BatchDeletePrintServersRequest {
    /// Sets `printServerIds` (chainable).
    pub fn set_print_server_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.print_server_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printServerIds");
        self
    }

    /// Sends `printServerIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_print_server_ids` takes it back.
    #[inline]
    pub fn clear_print_server_ids(mut self) -> Self {
        self.print_server_ids = None;
        self.unknown_fields.insert("printServerIds".to_owned(), serde_json::Value::Null);
        self
    }
}
