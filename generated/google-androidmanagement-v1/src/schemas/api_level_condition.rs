use crate::runtime::wire;

/// A compliance rule condition which is satisfied if the Android Framework API level on the
/// device doesn't meet a minimum requirement. There can only be one rule with this type of
/// condition per policy.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApiLevelCondition {
    /// The minimum desired Android Framework API level. If the device doesn't meet the minimum
    /// requirement, this condition is satisfied. Must be greater than zero.
    pub min_api_level: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApiLevelCondition {
    /// Sets `minApiLevel` (chainable).
    pub fn set_min_api_level(mut self, value: impl Into<i32>) -> Self {
        self.min_api_level = Some(value.into());
        self.unknown_fields.remove("minApiLevel");
        self
    }

    /// Sends `minApiLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_min_api_level` takes it back.
    #[inline]
    pub fn clear_min_api_level(mut self) -> Self {
        self.min_api_level = None;
        self.unknown_fields.insert("minApiLevel".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ApiLevelCondition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.min_api_level {
            map.serialize_entry("minApiLevel", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApiLevelCondition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApiLevelCondition {
    const NAME: &'static str = "ApiLevelCondition";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "minApiLevel" => self.min_api_level = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
