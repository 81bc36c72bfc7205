use crate::runtime::wire;

/// The managed configurations template for the app, saved from the managed configurations
/// iframe.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedConfigurationTemplate {
    /// Optional, a map containing configuration variables defined for the configuration.
    pub configuration_variables: Option<std::collections::BTreeMap<String, String>>,
    /// The ID of the managed configurations template. This value must be a numeric string
    /// containing exactly one or more digits (for example, "123456").
    pub template_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ManagedConfigurationTemplate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.configuration_variables {
            map.serialize_entry("configurationVariables", value)?;
        }
        if let Some(value) = &self.template_id {
            map.serialize_entry("templateId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedConfigurationTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ManagedConfigurationTemplate {
    const NAME: &'static str = "ManagedConfigurationTemplate";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "configurationVariables" => self.configuration_variables = map.next_value()?,
            "templateId" => self.template_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
