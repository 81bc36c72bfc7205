#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Users {
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Token used to access next page of this result. The page token is only valid for three days.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Event that triggered this response (only used in case of Push Response)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_event: Option<String>,
    /// A list of user objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<crate::schemas::User>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Users {
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets `trigger_event` (chainable).
    pub fn set_trigger_event(mut self, value: impl Into<String>) -> Self {
        self.trigger_event = Some(value.into());
        self
    }
    /// Sets `users` (chainable).
    pub fn set_users(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::User>,
    ) -> Self {
        self.users = Some(value.into_iter().collect());
        self
    }
}
