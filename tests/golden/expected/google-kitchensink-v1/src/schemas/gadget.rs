use crate::runtime::wire;

/// Shares Pong (and so Ping) with things.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Gadget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pong: Option<crate::schemas::Pong>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Gadget {
    /// Sets `pong` (chainable).
    pub fn set_pong(mut self, value: impl Into<crate::schemas::Pong>) -> Self {
        self.pong = Some(value.into());
        self.unknown_fields.remove("pong");
        self
    }

    /// Sends `pong` as JSON `null`, which clears it on the server (chainable); `set_pong` takes it
    /// back.
    #[inline]
    pub fn clear_pong(mut self) -> Self {
        self.pong = None;
        self.unknown_fields.insert("pong".to_owned(), serde_json::Value::Null);
        self
    }
}
