use crate::runtime::wire;

/// A configuration variables resource contains the managed configuration settings ID to be
/// applied to a single user, as well as the variable set that is attributed to the user. The
/// variable set will be used to replace placeholders in the managed configuration settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ConfigurationVariables {
    /// The ID of the managed configurations settings.
    pub mcm_id: Option<String>,
    /// The variable set that is attributed to the user.
    pub variable_set: Option<Vec<crate::schemas::VariableSet>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ConfigurationVariables {
    /// Sets `mcmId` (chainable).
    pub fn set_mcm_id(mut self, value: impl Into<String>) -> Self {
        self.mcm_id = Some(value.into());
        self.unknown_fields.remove("mcmId");
        self
    }

    /// Sends `mcmId` as JSON `null`, which clears it on the server (chainable); `set_mcm_id` takes
    /// it back.
    #[inline]
    pub fn clear_mcm_id(mut self) -> Self {
        self.mcm_id = None;
        self.unknown_fields.insert("mcmId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `variableSet` (chainable).
    pub fn set_variable_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::VariableSet>>,
    ) -> Self {
        self.variable_set = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("variableSet");
        self
    }

    /// Sends `variableSet` as JSON `null`, which clears it on the server (chainable);
    /// `set_variable_set` takes it back.
    #[inline]
    pub fn clear_variable_set(mut self) -> Self {
        self.variable_set = None;
        self.unknown_fields.insert("variableSet".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ConfigurationVariables {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.mcm_id {
            map.serialize_entry("mcmId", value)?;
        }
        if let Some(value) = &self.variable_set {
            map.serialize_entry("variableSet", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConfigurationVariables {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ConfigurationVariables {
    const NAME: &'static str = "ConfigurationVariables";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "mcmId" => self.mcm_id = map.next_value()?,
            "variableSet" => self.variable_set = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
