use crate::runtime::wire;

/// Configuration options for the rapid cache of a managed folder.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RapidCacheConfig {
    /// A map of rapid cache IDs to the corresponding `RapidCachePolicy` configurations for a
    /// managed folder.
    pub policies: Option<
        std::collections::BTreeMap<String, crate::schemas::RapidCachePolicy>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RapidCacheConfig {
    /// Sets `policies` (chainable).
    pub fn set_policies(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<crate::schemas::RapidCachePolicy>),
        >,
    ) -> Self {
        self.policies = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("policies");
        self
    }

    /// Sends `policies` as JSON `null`, which clears it on the server (chainable); `set_policies`
    /// takes it back.
    #[inline]
    pub fn clear_policies(mut self) -> Self {
        self.policies = None;
        self.unknown_fields.insert("policies".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RapidCacheConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.policies {
            map.serialize_entry("policies", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RapidCacheConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RapidCacheConfig {
    const NAME: &'static str = "RapidCacheConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "policies" => self.policies = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
