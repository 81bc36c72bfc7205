use crate::runtime::wire;

/// An authentication URL configuration for the authenticator app of an identity provider.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnterpriseAuthenticationAppLinkConfig {
    /// An authentication url.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl EnterpriseAuthenticationAppLinkConfig {
    /// Sets `uri` (chainable).
    pub fn set_uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self.unknown_fields.remove("uri");
        self
    }

    /// Sends `uri` as JSON `null`, which clears it on the server (chainable); `set_uri` takes it
    /// back.
    #[inline]
    pub fn clear_uri(mut self) -> Self {
        self.uri = None;
        self.unknown_fields.insert("uri".to_owned(), serde_json::Value::Null);
        self
    }
}
