use crate::runtime::wire;

/// *Deprecated:* New integrations cannot use this method and can refer to our new
/// recommendations
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedConfiguration {
    /// Contains the ID of the managed configuration profile and the set of configuration variables
    /// (if any) defined for the user.
    pub configuration_variables: Option<crate::schemas::ConfigurationVariables>,
    /// Deprecated.
    pub kind: Option<String>,
    /// The set of managed properties for this configuration.
    pub managed_property: Option<Vec<crate::schemas::ManagedProperty>>,
    /// The ID of the product that the managed configuration is for, e.g.
    /// "app:com.google.android.gm".
    pub product_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedConfiguration {
    /// Sets `configurationVariables` (chainable).
    pub fn set_configuration_variables(
        mut self,
        value: impl Into<crate::schemas::ConfigurationVariables>,
    ) -> Self {
        self.configuration_variables = Some(value.into());
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

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managedProperty` (chainable).
    pub fn set_managed_property(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ManagedProperty>>,
    ) -> Self {
        self.managed_property = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("managedProperty");
        self
    }

    /// Sends `managedProperty` as JSON `null`, which clears it on the server (chainable);
    /// `set_managed_property` takes it back.
    #[inline]
    pub fn clear_managed_property(mut self) -> Self {
        self.managed_property = None;
        self.unknown_fields
            .insert("managedProperty".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productId` (chainable).
    pub fn set_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self.unknown_fields.remove("productId");
        self
    }

    /// Sends `productId` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_id` takes it back.
    #[inline]
    pub fn clear_product_id(mut self) -> Self {
        self.product_id = None;
        self.unknown_fields.insert("productId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ManagedConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.configuration_variables {
            map.serialize_entry("configurationVariables", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.managed_property {
            map.serialize_entry("managedProperty", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ManagedConfiguration {
    const NAME: &'static str = "ManagedConfiguration";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "configurationVariables" => self.configuration_variables = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "managedProperty" => self.managed_property = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
