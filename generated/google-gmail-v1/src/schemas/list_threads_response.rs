use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListThreadsResponse {
    /// Page token to retrieve the next page of results in the list.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Estimated total number of results.
    #[serde(
        rename = "resultSizeEstimate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result_size_estimate: Option<u32>,
    /// List of threads. Note that each thread resource does not contain a list of `messages`. The
    /// list of `messages` for a given thread can be fetched using the
    /// \[`threads.get`\](<https://developers.google.com/workspace/gmail/api/v1/reference/users/threads/get>)
    /// method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threads: Option<Vec<crate::schemas::Thread>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListThreadsResponse {
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

    /// Sets `resultSizeEstimate` (chainable).
    pub fn set_result_size_estimate(mut self, value: impl Into<u32>) -> Self {
        self.result_size_estimate = Some(value.into());
        self.unknown_fields.remove("resultSizeEstimate");
        self
    }

    /// Sends `resultSizeEstimate` as JSON `null`, which clears it on the server (chainable);
    /// `set_result_size_estimate` takes it back.
    #[inline]
    pub fn clear_result_size_estimate(mut self) -> Self {
        self.result_size_estimate = None;
        self.unknown_fields
            .insert("resultSizeEstimate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `threads` (chainable).
    pub fn set_threads(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Thread>>,
    ) -> Self {
        self.threads = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("threads");
        self
    }

    /// Sends `threads` as JSON `null`, which clears it on the server (chainable); `set_threads`
    /// takes it back.
    #[inline]
    pub fn clear_threads(mut self) -> Self {
        self.threads = None;
        self.unknown_fields.insert("threads".to_owned(), serde_json::Value::Null);
        self
    }
}
