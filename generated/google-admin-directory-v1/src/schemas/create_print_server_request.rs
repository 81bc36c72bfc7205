use crate::runtime::wire;

/// Request for adding a new print server.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrintServerRequest {
    /// Required. The [unique
    /// ID](https://developers.google.com/workspace/admin/directory/reference/rest/v1/customers) of
    /// the customer's Google Workspace account. Format: `customers/{id}`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Required. A print server to create. If you want to place the print server under a specific
    /// organizational unit (OU), then populate the `org_unit_id`. Otherwise the print server is
    /// created under the root OU. The `org_unit_id` can be retrieved using the [Directory
    /// API](https://developers.google.com/workspace/admin/directory/v1/guides/manage-org-units).
    #[serde(rename = "printServer", default, skip_serializing_if = "Option::is_none")]
    pub print_server: Option<crate::schemas::PrintServer>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl CreatePrintServerRequest {
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

    /// Sets `printServer` (chainable).
    pub fn set_print_server(
        mut self,
        value: impl Into<crate::schemas::PrintServer>,
    ) -> Self {
        self.print_server = Some(value.into());
        self.unknown_fields.remove("printServer");
        self
    }

    /// Sends `printServer` as JSON `null`, which clears it on the server (chainable);
    /// `set_print_server` takes it back.
    #[inline]
    pub fn clear_print_server(mut self) -> Self {
        self.print_server = None;
        self.unknown_fields.insert("printServer".to_owned(), serde_json::Value::Null);
        self
    }
}
