use crate::runtime::{wire, Timestamp};

/// Printer configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Printer {
    /// Output only. Auxiliary messages about issues with the printer configuration if any.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub auxiliary_messages: Option<Vec<crate::schemas::AuxiliaryMessage>>,
    /// Output only. Time when printer was created.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub create_time: Option<Timestamp>,
    /// Editable. Description of printer.
    pub description: Option<String>,
    /// Editable. Name of printer.
    pub display_name: Option<String>,
    /// Id of the printer. (During printer creation leave empty)
    pub id: Option<String>,
    /// Editable. Make and model of printer. e.g. Lexmark MS610de Value must be in format as seen in
    /// ListPrinterModels response.
    pub make_and_model: Option<String>,
    /// Identifier. The resource name of the Printer object, in the format
    /// customers/{customer-id}/printers/{printer-id} (During printer creation leave empty)
    pub name: Option<String>,
    /// Organization Unit that owns this printer (Only can be set during Printer creation)
    pub org_unit_id: Option<String>,
    /// Editable. Printer URI.
    pub uri: Option<String>,
    /// Editable. flag to use driverless configuration or not. If it's set to be true,
    /// make_and_model can be ignored
    pub use_driverless_config: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Printer {
    /// Sets `auxiliaryMessages` (chainable).
    pub fn set_auxiliary_messages(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::AuxiliaryMessage>>,
    ) -> Self {
        self.auxiliary_messages = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("auxiliaryMessages");
        self
    }

    /// Sends `auxiliaryMessages` as JSON `null`, which clears it on the server (chainable);
    /// `set_auxiliary_messages` takes it back.
    #[inline]
    pub fn clear_auxiliary_messages(mut self) -> Self {
        self.auxiliary_messages = None;
        self.unknown_fields
            .insert("auxiliaryMessages".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `createTime` (chainable).
    pub fn set_create_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self.unknown_fields.remove("createTime");
        self
    }

    /// Sends `createTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_time` takes it back.
    #[inline]
    pub fn clear_create_time(mut self) -> Self {
        self.create_time = None;
        self.unknown_fields.insert("createTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self.unknown_fields.remove("description");
        self
    }

    /// Sends `description` as JSON `null`, which clears it on the server (chainable);
    /// `set_description` takes it back.
    #[inline]
    pub fn clear_description(mut self) -> Self {
        self.description = None;
        self.unknown_fields.insert("description".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `makeAndModel` (chainable).
    pub fn set_make_and_model(mut self, value: impl Into<String>) -> Self {
        self.make_and_model = Some(value.into());
        self.unknown_fields.remove("makeAndModel");
        self
    }

    /// Sends `makeAndModel` as JSON `null`, which clears it on the server (chainable);
    /// `set_make_and_model` takes it back.
    #[inline]
    pub fn clear_make_and_model(mut self) -> Self {
        self.make_and_model = None;
        self.unknown_fields.insert("makeAndModel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `orgUnitId` (chainable).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self.unknown_fields.remove("orgUnitId");
        self
    }

    /// Sends `orgUnitId` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_id` takes it back.
    #[inline]
    pub fn clear_org_unit_id(mut self) -> Self {
        self.org_unit_id = None;
        self.unknown_fields.insert("orgUnitId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `uri` (chainable).
    pub fn set_uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self.unknown_fields.remove("uri");
        self
    }

    /// Sends `uri` as JSON `null`, which clears it on the server (chainable); `set_uri` takes it
    /// back.
    #[inline]
    pub fn clear_uri(mut self) -> Self {
        self.uri = None;
        self.unknown_fields.insert("uri".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `useDriverlessConfig` (chainable).
    pub fn set_use_driverless_config(mut self, value: impl Into<bool>) -> Self {
        self.use_driverless_config = Some(value.into());
        self.unknown_fields.remove("useDriverlessConfig");
        self
    }

    /// Sends `useDriverlessConfig` as JSON `null`, which clears it on the server (chainable);
    /// `set_use_driverless_config` takes it back.
    #[inline]
    pub fn clear_use_driverless_config(mut self) -> Self {
        self.use_driverless_config = None;
        self.unknown_fields
            .insert("useDriverlessConfig".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Printer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.auxiliary_messages {
            map.serialize_entry("auxiliaryMessages", value)?;
        }
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.make_and_model {
            map.serialize_entry("makeAndModel", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.org_unit_id {
            map.serialize_entry("orgUnitId", value)?;
        }
        if let Some(value) = &self.uri {
            map.serialize_entry("uri", value)?;
        }
        if let Some(value) = &self.use_driverless_config {
            map.serialize_entry("useDriverlessConfig", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Printer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Printer {
    const NAME: &'static str = "Printer";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "auxiliaryMessages" => self.auxiliary_messages = map.next_value()?,
            "createTime" => self.create_time = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "makeAndModel" => self.make_and_model = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "orgUnitId" => self.org_unit_id = map.next_value()?,
            "uri" => self.uri = map.next_value()?,
            "useDriverlessConfig" => self.use_driverless_config = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
