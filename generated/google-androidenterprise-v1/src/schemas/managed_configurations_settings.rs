use crate::runtime::wire;

/// A managed configurations settings resource contains the set of managed properties that have
/// been configured for an Android app to be applied to a set of users. The app's developer
/// would have defined configurable properties in the managed configurations schema.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedConfigurationsSettings {
    /// The last updated time of the managed configuration settings in milliseconds since
    /// 1970-01-01T00:00:00Z.
    pub last_updated_timestamp_millis: Option<i64>,
    /// The ID of the managed configurations settings.
    pub mcm_id: Option<String>,
    /// The name of the managed configurations settings.
    pub name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedConfigurationsSettings {
    /// Sets `lastUpdatedTimestampMillis` (chainable).
    pub fn set_last_updated_timestamp_millis(mut self, value: impl Into<i64>) -> Self {
        self.last_updated_timestamp_millis = Some(value.into());
        self.unknown_fields.remove("lastUpdatedTimestampMillis");
        self
    }

    /// Sends `lastUpdatedTimestampMillis` as JSON `null`, which clears it on the server
    /// (chainable); `set_last_updated_timestamp_millis` takes it back.
    #[inline]
    pub fn clear_last_updated_timestamp_millis(mut self) -> Self {
        self.last_updated_timestamp_millis = None;
        self.unknown_fields
            .insert("lastUpdatedTimestampMillis".to_owned(), serde_json::Value::Null);
        self
    }

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
}

impl serde::Serialize for ManagedConfigurationsSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.last_updated_timestamp_millis.is_some() {
            map.serialize_entry(
                "lastUpdatedTimestampMillis",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.last_updated_timestamp_millis),
            )?;
        }
        if let Some(value) = &self.mcm_id {
            map.serialize_entry("mcmId", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedConfigurationsSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ManagedConfigurationsSettings {
    const NAME: &'static str = "ManagedConfigurationsSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "lastUpdatedTimestampMillis" => {
                self.last_updated_timestamp_millis = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "mcmId" => self.mcm_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
