use crate::runtime::wire;

/// A user belonging to an enterprise.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct User {
    /// A unique identifier you create for this user, such as user342 or asset#44418. This field
    /// must be set when the user is created and can't be updated. This field must not contain
    /// personally identifiable information (PII). This identifier must be 1024 characters or less;
    /// otherwise, the update policy request will fail.
    #[serde(
        rename = "accountIdentifier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_identifier: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl User {
    /// Sets `accountIdentifier` (chainable).
    pub fn set_account_identifier(mut self, value: impl Into<String>) -> Self {
        self.account_identifier = Some(value.into());
        self.unknown_fields.remove("accountIdentifier");
        self
    }

    /// Sends `accountIdentifier` as JSON `null`, which clears it on the server (chainable);
    /// `set_account_identifier` takes it back.
    #[inline]
    pub fn clear_account_identifier(mut self) -> Self {
        self.account_identifier = None;
        self.unknown_fields
            .insert("accountIdentifier".to_owned(), serde_json::Value::Null);
        self
    }
}
