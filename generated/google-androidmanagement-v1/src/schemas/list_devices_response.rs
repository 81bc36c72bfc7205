/// Response to a request to list devices for a given enterprise.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDevicesResponse {
    /// The list of devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<crate::schemas::Device>>,
    /// If there are more results, a token to retrieve next page of results.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ListDevicesResponse {
    /// Sets `devices` (chainable).
    pub fn set_devices(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Device>,
    ) -> Self {
        self.devices = Some(value.into_iter().collect());
        self
    }
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
}
