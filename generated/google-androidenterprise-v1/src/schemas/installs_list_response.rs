use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstallsListResponse {
    /// An installation of an app for a user on a specific device. The existence of an install
    /// implies that the user must have an entitlement to the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub install: Option<Vec<crate::schemas::Install>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl InstallsListResponse {
    /// Sets `install` (chainable).
    pub fn set_install(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Install>>,
    ) -> Self {
        self.install = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("install");
        self
    }

    /// Sends `install` as JSON `null`, which clears it on the server (chainable); `set_install`
    /// takes it back.
    #[inline]
    pub fn clear_install(mut self) -> Self {
        self.install = None;
        self.unknown_fields.insert("install".to_owned(), serde_json::Value::Null);
        self
    }
}
