use crate::runtime::wire;

/// A subscription to receive Google PubSub notifications.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceAccount {
    /// The ID of the notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The kind of item this is. For notifications, this is always storage#notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ServiceAccount {
    /// Sets `email_address` (chainable).
    pub fn set_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self.unknown_fields.remove("email_address");
        self
    }

    /// Sends `email_address` as JSON `null`, which clears it on the server (chainable);
    /// `set_email_address` takes it back.
    #[inline]
    pub fn clear_email_address(mut self) -> Self {
        self.email_address = None;
        self.unknown_fields.insert("email_address".to_owned(), serde_json::Value::Null);
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
