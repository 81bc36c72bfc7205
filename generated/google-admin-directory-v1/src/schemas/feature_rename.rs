use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FeatureRename {
    /// New name of the feature.
    ///
    /// Required by: `directory.resources.features.rename`.
    pub new_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl FeatureRename {
    /// Sets `newName` (chainable).
    pub fn set_new_name(mut self, value: impl Into<String>) -> Self {
        self.new_name = Some(value.into());
        self.unknown_fields.remove("newName");
        self
    }

    /// Sends `newName` as JSON `null`, which clears it on the server (chainable); `set_new_name`
    /// takes it back.
    #[inline]
    pub fn clear_new_name(mut self) -> Self {
        self.new_name = None;
        self.unknown_fields.insert("newName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for FeatureRename {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.new_name {
            map.serialize_entry("newName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for FeatureRename {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for FeatureRename {
    const NAME: &'static str = "FeatureRename";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "newName" => self.new_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
