use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedConfigurationsForUserListResponse {
    /// A managed configuration for an app for a specific user.
    #[serde(
        rename = "managedConfigurationForUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_configuration_for_user: Option<
        Vec<crate::schemas::ManagedConfiguration>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedConfigurationsForUserListResponse {
    /// Sets `managedConfigurationForUser` (chainable).
    pub fn set_managed_configuration_for_user(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ManagedConfiguration>>,
    ) -> Self {
        self.managed_configuration_for_user = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("managedConfigurationForUser");
        self
    }

    /// Sends `managedConfigurationForUser` as JSON `null`, which clears it on the server
    /// (chainable); `set_managed_configuration_for_user` takes it back.
    #[inline]
    pub fn clear_managed_configuration_for_user(mut self) -> Self {
        self.managed_configuration_for_user = None;
        self.unknown_fields
            .insert("managedConfigurationForUser".to_owned(), serde_json::Value::Null);
        self
    }
}
