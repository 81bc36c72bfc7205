use crate::runtime::wire;

/// Represents the list of app restrictions available to be pre-configured for the product.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AppRestrictionsSchema {
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The set of restrictions that make up this schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restrictions: Option<Vec<crate::schemas::AppRestrictionsSchemaRestriction>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl AppRestrictionsSchema {
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

    /// Sets `restrictions` (chainable).
    pub fn set_restrictions(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::AppRestrictionsSchemaRestriction>,
        >,
    ) -> Self {
        self.restrictions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("restrictions");
        self
    }

    /// Sends `restrictions` as JSON `null`, which clears it on the server (chainable);
    /// `set_restrictions` takes it back.
    #[inline]
    pub fn clear_restrictions(mut self) -> Self {
        self.restrictions = None;
        self.unknown_fields.insert("restrictions".to_owned(), serde_json::Value::Null);
        self
    }
}
