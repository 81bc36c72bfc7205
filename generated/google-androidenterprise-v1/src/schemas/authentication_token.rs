use crate::runtime::wire;

/// An AuthenticationToken is used by the EMM's device policy client on a device to provision
/// the given EMM-managed user on that device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AuthenticationToken {
    /// The authentication token to be passed to the device policy client on the device where it can
    /// be used to provision the account for which this token was generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl AuthenticationToken {
    /// Sets `token` (chainable).
    pub fn set_token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self.unknown_fields.remove("token");
        self
    }

    /// Sends `token` as JSON `null`, which clears it on the server (chainable); `set_token` takes
    /// it back.
    #[inline]
    pub fn clear_token(mut self) -> Self {
        self.token = None;
        self.unknown_fields.insert("token".to_owned(), serde_json::Value::Null);
        self
    }
}
