use crate::runtime::wire;

/// A service account that can be used to authenticate as the enterprise to API calls that
/// require such authentication.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnterpriseAccount {
    /// The email address of the service account.
    #[serde(rename = "accountEmail", default, skip_serializing_if = "Option::is_none")]
    pub account_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl EnterpriseAccount {
    /// Sets `accountEmail` (chainable).
    pub fn set_account_email(mut self, value: impl Into<String>) -> Self {
        self.account_email = Some(value.into());
        self.unknown_fields.remove("accountEmail");
        self
    }

    /// Sends `accountEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_account_email` takes it back.
    #[inline]
    pub fn clear_account_email(mut self) -> Self {
        self.account_email = None;
        self.unknown_fields.insert("accountEmail".to_owned(), serde_json::Value::Null);
        self
    }
}
