use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pong {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ping: Option<Box<crate::schemas::Ping>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Pong {
    /// Sets `ping` (chainable).
    pub fn set_ping(mut self, value: impl Into<crate::schemas::Ping>) -> Self {
        self.ping = Some(Box::new(value.into()));
        self.unknown_fields.remove("ping");
        self
    }

    /// Sends `ping` as JSON `null`, which clears it on the server (chainable); `set_ping` takes it
    /// back.
    #[inline]
    pub fn clear_ping(mut self) -> Self {
        self.ping = None;
        self.unknown_fields.insert("ping".to_owned(), serde_json::Value::Null);
        self
    }
}
