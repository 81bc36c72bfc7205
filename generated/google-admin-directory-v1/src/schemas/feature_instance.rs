use crate::runtime::wire;

/// JSON template for a feature instance.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FeatureInstance {
    /// The feature that this is an instance of. A calendar resource may have multiple instances of
    /// a feature.
    pub feature: Option<crate::schemas::Feature>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl FeatureInstance {
    /// Sets `feature` (chainable).
    pub fn set_feature(mut self, value: impl Into<crate::schemas::Feature>) -> Self {
        self.feature = Some(value.into());
        self.unknown_fields.remove("feature");
        self
    }

    /// Sends `feature` as JSON `null`, which clears it on the server (chainable); `set_feature`
    /// takes it back.
    #[inline]
    pub fn clear_feature(mut self) -> Self {
        self.feature = None;
        self.unknown_fields.insert("feature".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for FeatureInstance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.feature {
            map.serialize_entry("feature", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for FeatureInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for FeatureInstance {
    const NAME: &'static str = "FeatureInstance";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "feature" => self.feature = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
