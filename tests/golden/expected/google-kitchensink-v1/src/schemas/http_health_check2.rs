use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HttpHealthCheck2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl HttpHealthCheck2 {
    /// Sets `port` (chainable).
    pub fn set_port(mut self, value: impl Into<i32>) -> Self {
        self.port = Some(value.into());
        self.unknown_fields.remove("port");
        self
    }

    /// Sends `port` as JSON `null`, which clears it on the server (chainable); `set_port` takes it
    /// back.
    #[inline]
    pub fn clear_port(mut self) -> Self {
        self.port = None;
        self.unknown_fields.insert("port".to_owned(), serde_json::Value::Null);
        self
    }
}
