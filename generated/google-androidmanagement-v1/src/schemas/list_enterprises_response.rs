use crate::runtime::wire;

/// Response to a request to list enterprises.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEnterprisesResponse {
    /// The list of enterprises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprises: Option<Vec<crate::schemas::Enterprise>>,
    /// If there are more results, a token to retrieve next page of results.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListEnterprisesResponse {
    /// Sets `enterprises` (chainable).
    pub fn set_enterprises(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Enterprise>>,
    ) -> Self {
        self.enterprises = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("enterprises");
        self
    }

    /// Sends `enterprises` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprises` takes it back.
    #[inline]
    pub fn clear_enterprises(mut self) -> Self {
        self.enterprises = None;
        self.unknown_fields.insert("enterprises".to_owned(), serde_json::Value::Null);
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
