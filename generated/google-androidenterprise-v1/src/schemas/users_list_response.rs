use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UsersListResponse {
    /// A user of an enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Vec<crate::schemas::User>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UsersListResponse {
    /// Sets `user` (chainable).
    pub fn set_user(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::User>>,
    ) -> Self {
        self.user = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("user");
        self
    }

    /// Sends `user` as JSON `null`, which clears it on the server (chainable); `set_user` takes it
    /// back.
    #[inline]
    pub fn clear_user(mut self) -> Self {
        self.user = None;
        self.unknown_fields.insert("user".to_owned(), serde_json::Value::Null);
        self
    }
}
