use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HttpHealthCheck {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl HttpHealthCheck {
    /// Sets `host` (chainable).
    pub fn set_host(mut self, value: impl Into<String>) -> Self {
        self.host = Some(value.into());
        self.unknown_fields.remove("host");
        self
    }

    /// Sends `host` as JSON `null`, which clears it on the server (chainable); `set_host` takes it
    /// back.
    #[inline]
    pub fn clear_host(mut self) -> Self {
        self.host = None;
        self.unknown_fields.insert("host".to_owned(), serde_json::Value::Null);
        self
    }
}
