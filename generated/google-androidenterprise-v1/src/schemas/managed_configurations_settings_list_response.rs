use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedConfigurationsSettingsListResponse {
    /// A managed configurations settings for an app that may be assigned to a group of users in an
    /// enterprise.
    pub managed_configurations_settings: Option<
        Vec<crate::schemas::ManagedConfigurationsSettings>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ManagedConfigurationsSettingsListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.managed_configurations_settings {
            map.serialize_entry("managedConfigurationsSettings", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedConfigurationsSettingsListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ManagedConfigurationsSettingsListResponse {
    const NAME: &'static str = "ManagedConfigurationsSettingsListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "managedConfigurationsSettings" => {
                self.managed_configurations_settings = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
