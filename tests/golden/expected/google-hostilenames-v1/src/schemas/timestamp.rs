use crate::runtime::wire;

/// A schema named like a runtime type: its file keeps the runtime's full path.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Timestamp {
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<crate::runtime::Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Timestamp {
    /// Sets `at` (chainable).
    pub fn set_at(mut self, value: impl Into<crate::runtime::Timestamp>) -> Self {
        self.at = Some(value.into());
        self.unknown_fields.remove("at");
        self
    }

    /// Sends `at` as JSON `null`, which clears it on the server (chainable); `set_at` takes it
    /// back.
    #[inline]
    pub fn clear_at(mut self) -> Self {
        self.at = None;
        self.unknown_fields.insert("at".to_owned(), serde_json::Value::Null);
        self
    }
}
