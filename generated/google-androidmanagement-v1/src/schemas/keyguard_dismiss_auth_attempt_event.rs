use crate::runtime::wire;

/// An attempt was made to unlock the device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KeyguardDismissAuthAttemptEvent {
    /// Whether a strong form of authentication (password, PIN, or pattern) was used to unlock
    /// device.
    #[serde(
        rename = "strongAuthMethodUsed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub strong_auth_method_used: Option<bool>,
    /// Whether the unlock attempt was successful.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl KeyguardDismissAuthAttemptEvent {
    /// Sets `strongAuthMethodUsed` (chainable).
    pub fn set_strong_auth_method_used(mut self, value: impl Into<bool>) -> Self {
        self.strong_auth_method_used = Some(value.into());
        self.unknown_fields.remove("strongAuthMethodUsed");
        self
    }

    /// Sends `strongAuthMethodUsed` as JSON `null`, which clears it on the server (chainable);
    /// `set_strong_auth_method_used` takes it back.
    #[inline]
    pub fn clear_strong_auth_method_used(mut self) -> Self {
        self.strong_auth_method_used = None;
        self.unknown_fields
            .insert("strongAuthMethodUsed".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `success` (chainable).
    pub fn set_success(mut self, value: impl Into<bool>) -> Self {
        self.success = Some(value.into());
        self.unknown_fields.remove("success");
        self
    }

    /// Sends `success` as JSON `null`, which clears it on the server (chainable); `set_success`
    /// takes it back.
    #[inline]
    pub fn clear_success(mut self) -> Self {
        self.success = None;
        self.unknown_fields.insert("success".to_owned(), serde_json::Value::Null);
        self
    }
}
