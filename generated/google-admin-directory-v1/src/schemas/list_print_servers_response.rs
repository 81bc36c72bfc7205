use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrintServersResponse {
    /// A token that can be sent as `page_token` in a request to retrieve the next page. If this
    /// field is omitted, there are no subsequent pages.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// List of print servers.
    #[serde(rename = "printServers", default, skip_serializing_if = "Option::is_none")]
    pub print_servers: Option<Vec<crate::schemas::PrintServer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListPrintServersResponse {
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

    /// Sets `printServers` (chainable).
    pub fn set_print_servers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PrintServer>>,
    ) -> Self {
        self.print_servers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printServers");
        self
    }

    /// Sends `printServers` as JSON `null`, which clears it on the server (chainable);
    /// `set_print_servers` takes it back.
    #[inline]
    pub fn clear_print_servers(mut self) -> Self {
        self.print_servers = None;
        self.unknown_fields.insert("printServers".to_owned(), serde_json::Value::Null);
        self
    }
}
