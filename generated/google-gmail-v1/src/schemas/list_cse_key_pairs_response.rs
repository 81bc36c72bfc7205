use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCseKeyPairsResponse {
    /// One page of the list of CSE key pairs installed for the user.
    #[serde(rename = "cseKeyPairs", default, skip_serializing_if = "Option::is_none")]
    pub cse_key_pairs: Option<Vec<crate::schemas::CseKeyPair>>,
    /// Pagination token to be passed to a subsequent ListCseKeyPairs call in order to retrieve the
    /// next page of key pairs. If this value is not returned, then no further pages remain.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListCseKeyPairsResponse {
    /// Sets `cseKeyPairs` (chainable).
    pub fn set_cse_key_pairs(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::CseKeyPair>>,
    ) -> Self {
        self.cse_key_pairs = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cseKeyPairs");
        self
    }

    /// Sends `cseKeyPairs` as JSON `null`, which clears it on the server (chainable);
    /// `set_cse_key_pairs` takes it back.
    #[inline]
    pub fn clear_cse_key_pairs(mut self) -> Self {
        self.cse_key_pairs = None;
        self.unknown_fields.insert("cseKeyPairs".to_owned(), serde_json::Value::Null);
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
