use crate::runtime::wire;

/// Pagination information returned by a List operation when token pagination is enabled. List
/// operations that supports paging return only one "page" of results. This protocol buffer
/// message describes the page that has been returned. When using token pagination, clients
/// should use the next/previous token to get another page of the result. The presence or
/// absence of next/previous token indicates whether a next/previous page is available and
/// provides a mean of accessing this page. ListRequest.page_token should be set to either
/// next_page_token or previous_page_token to access another page.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TokenPagination {
    /// Tokens to pass to the standard list field 'page_token'. Whenever available, tokens are
    /// preferred over manipulating start_index.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    #[serde(
        rename = "previousPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl TokenPagination {
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

    /// Sets `previousPageToken` (chainable).
    pub fn set_previous_page_token(mut self, value: impl Into<String>) -> Self {
        self.previous_page_token = Some(value.into());
        self.unknown_fields.remove("previousPageToken");
        self
    }

    /// Sends `previousPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_previous_page_token` takes it back.
    #[inline]
    pub fn clear_previous_page_token(mut self) -> Self {
        self.previous_page_token = None;
        self.unknown_fields
            .insert("previousPageToken".to_owned(), serde_json::Value::Null);
        self
    }
}
