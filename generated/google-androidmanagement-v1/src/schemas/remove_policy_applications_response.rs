use crate::runtime::wire;

/// Response to a request to remove ApplicationPolicy objects in the given policy.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RemovePolicyApplicationsResponse {
    /// The updated policy after ApplicationPolicy objects have been removed.
    pub policy: Option<crate::schemas::Policy>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RemovePolicyApplicationsResponse {
    /// Sets `policy` (chainable).
    pub fn set_policy(mut self, value: impl Into<crate::schemas::Policy>) -> Self {
        self.policy = Some(value.into());
        self.unknown_fields.remove("policy");
        self
    }

    /// Sends `policy` as JSON `null`, which clears it on the server (chainable); `set_policy` takes
    /// it back.
    #[inline]
    pub fn clear_policy(mut self) -> Self {
        self.policy = None;
        self.unknown_fields.insert("policy".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RemovePolicyApplicationsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.policy {
            map.serialize_entry("policy", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RemovePolicyApplicationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RemovePolicyApplicationsResponse {
    const NAME: &'static str = "RemovePolicyApplicationsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "policy" => self.policy = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
