use crate::runtime::wire;

/// An enterprise signup URL.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SignupUrl {
    /// The name of the resource. Use this value in the signupUrl field when calling
    /// enterprises.create to complete the enterprise signup flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A URL where an enterprise admin can register their enterprise. The page can't be rendered in
    /// an iframe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl SignupUrl {
    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `url` (chainable).
    pub fn set_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self.unknown_fields.remove("url");
        self
    }

    /// Sends `url` as JSON `null`, which clears it on the server (chainable); `set_url` takes it
    /// back.
    #[inline]
    pub fn clear_url(mut self) -> Self {
        self.url = None;
        self.unknown_fields.insert("url".to_owned(), serde_json::Value::Null);
        self
    }
}
