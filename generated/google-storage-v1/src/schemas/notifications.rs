use crate::runtime::wire;

/// A list of notification subscriptions.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Notifications {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<crate::schemas::Notification>>,
    /// The kind of item this is. For lists of notifications, this is always storage#notifications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Notifications {
    /// Sets `items` (chainable).
    pub fn set_items(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Notification>>,
    ) -> Self {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("items");
        self
    }

    /// Sends `items` as JSON `null`, which clears it on the server (chainable); `set_items` takes
    /// it back.
    #[inline]
    pub fn clear_items(mut self) -> Self {
        self.items = None;
        self.unknown_fields.insert("items".to_owned(), serde_json::Value::Null);
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
