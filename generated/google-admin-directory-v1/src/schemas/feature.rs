use crate::runtime::wire;

/// JSON template for Feature object in Directory API.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Feature {
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etags: Option<String>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of the feature.
    ///
    /// Required by: `directory.resources.features.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Feature {
    /// Sets `etags` (chainable).
    pub fn set_etags(mut self, value: impl Into<String>) -> Self {
        self.etags = Some(value.into());
        self.unknown_fields.remove("etags");
        self
    }

    /// Sends `etags` as JSON `null`, which clears it on the server (chainable); `set_etags` takes
    /// it back.
    #[inline]
    pub fn clear_etags(mut self) -> Self {
        self.etags = None;
        self.unknown_fields.insert("etags".to_owned(), serde_json::Value::Null);
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
}
