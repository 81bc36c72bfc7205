use crate::runtime::wire;

/// JSON response template to list aliases in Directory API.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Aliases {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Aliases {
    /// Sets `aliases` (chainable).
    pub fn set_aliases(
        mut self,
        value: impl IntoIterator<Item = impl Into<serde_json::Value>>,
    ) -> Self {
        self.aliases = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("aliases");
        self
    }

    /// Sends `aliases` as JSON `null`, which clears it on the server (chainable); `set_aliases`
    /// takes it back.
    #[inline]
    pub fn clear_aliases(mut self) -> Self {
        self.aliases = None;
        self.unknown_fields.insert("aliases".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }
}
