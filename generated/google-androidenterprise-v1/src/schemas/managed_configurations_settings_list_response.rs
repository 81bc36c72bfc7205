use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedConfigurationsSettingsListResponse {
    /// A managed configurations settings for an app that may be assigned to a group of users in an
    /// enterprise.
    #[serde(
        rename = "managedConfigurationsSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_configurations_settings: Option<
        Vec<crate::schemas::ManagedConfigurationsSettings>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedConfigurationsSettingsListResponse {
    /// Sets `managedConfigurationsSettings` (chainable).
    pub fn set_managed_configurations_settings(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ManagedConfigurationsSettings>,
        >,
    ) -> Self {
        self.managed_configurations_settings = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("managedConfigurationsSettings");
        self
    }

    /// Sends `managedConfigurationsSettings` as JSON `null`, which clears it on the server
    /// (chainable); `set_managed_configurations_settings` takes it back.
    #[inline]
    pub fn clear_managed_configurations_settings(mut self) -> Self {
        self.managed_configurations_settings = None;
        self.unknown_fields
            .insert("managedConfigurationsSettings".to_owned(), serde_json::Value::Null);
        self
    }
}
