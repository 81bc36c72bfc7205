use crate::runtime::wire;

/// Reached by no method, as a notification payload is; holds Level, which things also reaches.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Notice {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<crate::schemas::Level>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Notice {
    /// Sets `level` (chainable).
    pub fn set_level(mut self, value: impl Into<crate::schemas::Level>) -> Self {
        self.level = Some(value.into());
        self.unknown_fields.remove("level");
        self
    }

    /// Sends `level` as JSON `null`, which clears it on the server (chainable); `set_level` takes
    /// it back.
    #[inline]
    pub fn clear_level(mut self) -> Self {
        self.level = None;
        self.unknown_fields.insert("level".to_owned(), serde_json::Value::Null);
        self
    }
}
