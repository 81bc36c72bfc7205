use crate::runtime::wire;

/// Resource definition for Gmail filters. Filters apply to specific messages instead of an
/// entire email thread.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Action that the filter performs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<crate::schemas::FilterAction>,
    /// Matching criteria for the filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<crate::schemas::FilterCriteria>,
    /// The server assigned ID of the filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Filter {
    /// Sets `action` (chainable).
    pub fn set_action(mut self, value: impl Into<crate::schemas::FilterAction>) -> Self {
        self.action = Some(value.into());
        self.unknown_fields.remove("action");
        self
    }

    /// Sends `action` as JSON `null`, which clears it on the server (chainable); `set_action` takes
    /// it back.
    #[inline]
    pub fn clear_action(mut self) -> Self {
        self.action = None;
        self.unknown_fields.insert("action".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `criteria` (chainable).
    pub fn set_criteria(
        mut self,
        value: impl Into<crate::schemas::FilterCriteria>,
    ) -> Self {
        self.criteria = Some(value.into());
        self.unknown_fields.remove("criteria");
        self
    }

    /// Sends `criteria` as JSON `null`, which clears it on the server (chainable); `set_criteria`
    /// takes it back.
    #[inline]
    pub fn clear_criteria(mut self) -> Self {
        self.criteria = None;
        self.unknown_fields.insert("criteria".to_owned(), serde_json::Value::Null);
        self
    }

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
}
