use crate::runtime::wire;

/// The managed configurations template for the app, saved from the managed configurations
/// iframe.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedConfigurationTemplate {
    /// Optional, a map containing configuration variables defined for the configuration.
    #[serde(
        rename = "configurationVariables",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration_variables: Option<std::collections::BTreeMap<String, String>>,
    /// The ID of the managed configurations template. This value must be a numeric string
    /// containing exactly one or more digits (for example, "123456").
    #[serde(rename = "templateId", default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedConfigurationTemplate {
    /// Sets `configurationVariables` (chainable).
    pub fn set_configuration_variables(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.configuration_variables = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("configurationVariables");
        self
    }

    /// Sends `configurationVariables` as JSON `null`, which clears it on the server (chainable);
    /// `set_configuration_variables` takes it back.
    #[inline]
    pub fn clear_configuration_variables(mut self) -> Self {
        self.configuration_variables = None;
        self.unknown_fields
            .insert("configurationVariables".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `templateId` (chainable).
    pub fn set_template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self.unknown_fields.remove("templateId");
        self
    }

    /// Sends `templateId` as JSON `null`, which clears it on the server (chainable);
    /// `set_template_id` takes it back.
    #[inline]
    pub fn clear_template_id(mut self) -> Self {
        self.template_id = None;
        self.unknown_fields.insert("templateId".to_owned(), serde_json::Value::Null);
        self
    }
}
