use crate::runtime::wire;

/// The Directory API allows you to view, generate, and invalidate backup verification codes for
/// a user.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerificationCode {
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The type of the resource. This is always `admin#directory#verificationCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The obfuscated unique ID of the user.
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// A current verification code for the user. Invalidated or used verification codes are not
    /// returned as part of the result.
    #[serde(
        rename = "verificationCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub verification_code: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl VerificationCode {
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

    /// Sets `userId` (chainable).
    pub fn set_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self.unknown_fields.remove("userId");
        self
    }

    /// Sends `userId` as JSON `null`, which clears it on the server (chainable); `set_user_id`
    /// takes it back.
    #[inline]
    pub fn clear_user_id(mut self) -> Self {
        self.user_id = None;
        self.unknown_fields.insert("userId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `verificationCode` (chainable).
    pub fn set_verification_code(mut self, value: impl Into<String>) -> Self {
        self.verification_code = Some(value.into());
        self.unknown_fields.remove("verificationCode");
        self
    }

    /// Sends `verificationCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_verification_code` takes it back.
    #[inline]
    pub fn clear_verification_code(mut self) -> Self {
        self.verification_code = None;
        self.unknown_fields
            .insert("verificationCode".to_owned(), serde_json::Value::Null);
        self
    }
}
