use crate::runtime::wire;

/// Response to a request to list enrollment tokens for a given enterprise.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEnrollmentTokensResponse {
    /// The list of enrollment tokens.
    #[serde(
        rename = "enrollmentTokens",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enrollment_tokens: Option<Vec<crate::schemas::EnrollmentToken>>,
    /// If there are more results, a token to retrieve next page of results.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListEnrollmentTokensResponse {
    /// Sets `enrollmentTokens` (chainable).
    pub fn set_enrollment_tokens(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::EnrollmentToken>>,
    ) -> Self {
        self.enrollment_tokens = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("enrollmentTokens");
        self
    }

    /// Sends `enrollmentTokens` as JSON `null`, which clears it on the server (chainable);
    /// `set_enrollment_tokens` takes it back.
    #[inline]
    pub fn clear_enrollment_tokens(mut self) -> Self {
        self.enrollment_tokens = None;
        self.unknown_fields
            .insert("enrollmentTokens".to_owned(), serde_json::Value::Null);
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
