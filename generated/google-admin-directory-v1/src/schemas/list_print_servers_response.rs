#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrintServersResponse {
    /// A token that can be sent as `page_token` in a request to retrieve the next page. If this field is omitted, there are no subsequent pages.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// List of print servers.
    #[serde(rename = "printServers", default, skip_serializing_if = "Option::is_none")]
    pub print_servers: Option<Vec<crate::schemas::PrintServer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ListPrintServersResponse {
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets `printServers` (chainable).
    pub fn set_print_servers(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::PrintServer>,
    ) -> Self {
        self.print_servers = Some(value.into_iter().collect());
        self
    }
}
