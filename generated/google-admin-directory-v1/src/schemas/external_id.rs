use crate::runtime::wire;

/// External identifier used to link and identify this group across external directory systems.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalId {
    /// The unique identifier string assigned by the external provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The system or identity provider managing this ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ExternalId {
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `namespace` (chainable).
    pub fn set_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self.unknown_fields.remove("namespace");
        self
    }

    /// Sends `namespace` as JSON `null`, which clears it on the server (chainable); `set_namespace`
    /// takes it back.
    #[inline]
    pub fn clear_namespace(mut self) -> Self {
        self.namespace = None;
        self.unknown_fields.insert("namespace".to_owned(), serde_json::Value::Null);
        self
    }
}
