/// Printer configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Printer {
    /// Output only. Auxiliary messages about issues with the printer configuration if any.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "auxiliaryMessages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auxiliary_messages: Option<Vec<crate::schemas::AuxiliaryMessage>>,
    /// Output only. Time when printer was created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "createTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<crate::runtime::Timestamp>,
    /// Editable. Description of printer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Editable. Name of printer.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Id of the printer. (During printer creation leave empty)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Editable. Make and model of printer. e.g. Lexmark MS610de Value must be in format as seen in ListPrinterModels response.
    #[serde(rename = "makeAndModel", default, skip_serializing_if = "Option::is_none")]
    pub make_and_model: Option<String>,
    /// Identifier. The resource name of the Printer object, in the format customers/{customer-id}/printers/{printer-id} (During printer creation leave empty)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Organization Unit that owns this printer (Only can be set during Printer creation)
    #[serde(rename = "orgUnitId", default, skip_serializing_if = "Option::is_none")]
    pub org_unit_id: Option<String>,
    /// Editable. Printer URI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Editable. flag to use driverless configuration or not. If it's set to be true, make_and_model can be ignored
    #[serde(
        rename = "useDriverlessConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_driverless_config: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Printer {
    /// Sets `auxiliaryMessages` (chainable).
    pub fn set_auxiliary_messages(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::AuxiliaryMessage>,
    ) -> Self {
        self.auxiliary_messages = Some(value.into_iter().collect());
        self
    }
    /// Sets `createTime` (chainable).
    pub fn set_create_time(
        mut self,
        value: impl Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.create_time = Some(value.into());
        self
    }
    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `makeAndModel` (chainable).
    pub fn set_make_and_model(mut self, value: impl Into<String>) -> Self {
        self.make_and_model = Some(value.into());
        self
    }
    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `orgUnitId` (chainable).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self
    }
    /// Sets `uri` (chainable).
    pub fn set_uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self
    }
    /// Sets `useDriverlessConfig` (chainable).
    pub fn set_use_driverless_config(mut self, value: impl Into<bool>) -> Self {
        self.use_driverless_config = Some(value.into());
        self
    }
}
