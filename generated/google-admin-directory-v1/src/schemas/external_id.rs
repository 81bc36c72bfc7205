use crate::runtime::wire;

/// External identifier used to link and identify this group across external directory systems.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ExternalId {
    /// The unique identifier string assigned by the external provider.
    pub id: Option<String>,
    /// The system or identity provider managing this ID.
    pub namespace: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ExternalId {
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `namespace` (chainable).
    pub fn set_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self.unknown_fields.remove("namespace");
        self
    }

    /// Sends `namespace` as JSON `null`, which clears it on the server (chainable); `set_namespace`
    /// takes it back.
    #[inline]
    pub fn clear_namespace(mut self) -> Self {
        self.namespace = None;
        self.unknown_fields.insert("namespace".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ExternalId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.namespace {
            map.serialize_entry("namespace", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExternalId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ExternalId {
    const NAME: &'static str = "ExternalId";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "namespace" => self.namespace = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
