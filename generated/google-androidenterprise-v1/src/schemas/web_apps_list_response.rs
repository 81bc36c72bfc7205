use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WebAppsListResponse {
    /// The manifest describing a web app.
    #[serde(rename = "webApp", default, skip_serializing_if = "Option::is_none")]
    pub web_app: Option<Vec<crate::schemas::WebApp>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl WebAppsListResponse {
    /// Sets `webApp` (chainable).
    pub fn set_web_app(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::WebApp>>,
    ) -> Self {
        self.web_app = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("webApp");
        self
    }

    /// Sends `webApp` as JSON `null`, which clears it on the server (chainable); `set_web_app`
    /// takes it back.
    #[inline]
    pub fn clear_web_app(mut self) -> Self {
        self.web_app = None;
        self.unknown_fields.insert("webApp".to_owned(), serde_json::Value::Null);
        self
    }
}
