#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCseIdentitiesResponse {
    /// One page of the list of CSE identities configured for the user.
    #[serde(rename = "cseIdentities", default, skip_serializing_if = "Option::is_none")]
    pub cse_identities: Option<Vec<crate::schemas::CseIdentity>>,
    /// Pagination token to be passed to a subsequent ListCseIdentities call in order to retrieve the next page of identities. If this value is not returned or is the empty string, then no further pages remain.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ListCseIdentitiesResponse {
    /// Sets `cseIdentities` (chainable).
    pub fn set_cse_identities(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::CseIdentity>,
    ) -> Self {
        self.cse_identities = Some(value.into_iter().collect());
        self
    }
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
}
