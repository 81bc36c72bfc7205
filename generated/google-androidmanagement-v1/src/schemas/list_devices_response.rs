use crate::runtime::wire;

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
    pub unknown_fields: wire::UnknownFields,
}

impl ListDevicesResponse {
    /// Sets `devices` (chainable).
    pub fn set_devices(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Device>>,
    ) -> Self {
        self.devices = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("devices");
        self
    }

    /// Sends `devices` as JSON `null`, which clears it on the server (chainable); `set_devices`
    /// takes it back.
    #[inline]
    pub fn clear_devices(mut self) -> Self {
        self.devices = None;
        self.unknown_fields.insert("devices".to_owned(), serde_json::Value::Null);
        self
    }

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
}
