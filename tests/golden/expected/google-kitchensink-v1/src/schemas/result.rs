use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Result_ {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ok: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<crate::schemas::Ping>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Result_ {
    /// Sets `ok` (chainable).
    pub fn set_ok(mut self, value: impl Into<bool>) -> Self {
        self.ok = Some(value.into());
        self.unknown_fields.remove("ok");
        self
    }

    /// Sends `ok` as JSON `null`, which clears it on the server (chainable); `set_ok` takes it
    /// back.
    #[inline]
    pub fn clear_ok(mut self) -> Self {
        self.ok = None;
        self.unknown_fields.insert("ok".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `other` (chainable).
    pub fn set_other(mut self, value: impl Into<crate::schemas::Ping>) -> Self {
        self.other = Some(value.into());
        self.unknown_fields.remove("other");
        self
    }

    /// Sends `other` as JSON `null`, which clears it on the server (chainable); `set_other` takes
    /// it back.
    #[inline]
    pub fn clear_other(mut self) -> Self {
        self.other = None;
        self.unknown_fields.insert("other".to_owned(), serde_json::Value::Null);
        self
    }
}
