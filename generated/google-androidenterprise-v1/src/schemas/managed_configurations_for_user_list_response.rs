use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedConfigurationsForUserListResponse {
    /// A managed configuration for an app for a specific user.
    pub managed_configuration_for_user: Option<
        Vec<crate::schemas::ManagedConfiguration>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ManagedConfigurationsForUserListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.managed_configuration_for_user {
            map.serialize_entry("managedConfigurationForUser", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedConfigurationsForUserListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ManagedConfigurationsForUserListResponse {
    const NAME: &'static str = "ManagedConfigurationsForUserListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "managedConfigurationForUser" => {
                self.managed_configuration_for_user = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
