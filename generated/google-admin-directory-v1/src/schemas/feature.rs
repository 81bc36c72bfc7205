use crate::runtime::wire;

/// JSON template for Feature object in Directory API.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Feature {
    /// ETag of the resource.
    pub etags: Option<String>,
    /// Kind of resource this is.
    pub kind: Option<String>,
    /// The name of the feature.
    ///
    /// Required by: `directory.resources.features.insert`.
    pub name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Feature {
    /// Sets `etags` (chainable).
    pub fn set_etags(mut self, value: impl Into<String>) -> Self {
        self.etags = Some(value.into());
        self.unknown_fields.remove("etags");
        self
    }

    /// Sends `etags` as JSON `null`, which clears it on the server (chainable); `set_etags` takes
    /// it back.
    #[inline]
    pub fn clear_etags(mut self) -> Self {
        self.etags = None;
        self.unknown_fields.insert("etags".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for Feature {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.etags {
            map.serialize_entry("etags", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Feature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Feature {
    const NAME: &'static str = "Feature";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "etags" => self.etags = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
