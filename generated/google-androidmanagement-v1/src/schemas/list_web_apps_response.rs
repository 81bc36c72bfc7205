/// Response to a request to list web apps for a given enterprise.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListWebAppsResponse {
    /// If there are more results, a token to retrieve next page of results.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The list of web apps.
    #[serde(rename = "webApps", default, skip_serializing_if = "Option::is_none")]
    pub web_apps: Option<Vec<crate::schemas::WebApp>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ListWebAppsResponse {
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets `webApps` (chainable).
    pub fn set_web_apps(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::WebApp>,
    ) -> Self {
        self.web_apps = Some(value.into_iter().collect());
        self
    }
}
