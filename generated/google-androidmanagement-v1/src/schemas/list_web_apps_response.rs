use crate::runtime::wire;

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
    pub unknown_fields: wire::UnknownFields,
}

impl ListWebAppsResponse {
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

    /// Sets `webApps` (chainable).
    pub fn set_web_apps(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::WebApp>>,
    ) -> Self {
        self.web_apps = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("webApps");
        self
    }

    /// Sends `webApps` as JSON `null`, which clears it on the server (chainable); `set_web_apps`
    /// takes it back.
    #[inline]
    pub fn clear_web_apps(mut self) -> Self {
        self.web_apps = None;
        self.unknown_fields.insert("webApps".to_owned(), serde_json::Value::Null);
        self
    }
}
