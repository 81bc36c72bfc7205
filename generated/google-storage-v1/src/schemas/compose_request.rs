use crate::runtime::wire;

/// A Compose request.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ComposeRequest {
    /// If true, the source objects will be deleted.
    pub delete_source_objects: Option<bool>,
    /// Properties of the resulting object.
    pub destination: Option<crate::schemas::Object>,
    /// The kind of item this is.
    pub kind: Option<String>,
    /// The list of source objects that will be concatenated into a single object.
    ///
    /// Required by: `storage.objects.compose`.
    pub source_objects: Option<Vec<crate::schemas::ComposeRequestSourceObjects>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ComposeRequest {
    /// Sets `deleteSourceObjects` (chainable).
    pub fn set_delete_source_objects(mut self, value: impl Into<bool>) -> Self {
        self.delete_source_objects = Some(value.into());
        self.unknown_fields.remove("deleteSourceObjects");
        self
    }

    /// Sends `deleteSourceObjects` as JSON `null`, which clears it on the server (chainable);
    /// `set_delete_source_objects` takes it back.
    #[inline]
    pub fn clear_delete_source_objects(mut self) -> Self {
        self.delete_source_objects = None;
        self.unknown_fields
            .insert("deleteSourceObjects".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `destination` (chainable).
    pub fn set_destination(mut self, value: impl Into<crate::schemas::Object>) -> Self {
        self.destination = Some(value.into());
        self.unknown_fields.remove("destination");
        self
    }

    /// Sends `destination` as JSON `null`, which clears it on the server (chainable);
    /// `set_destination` takes it back.
    #[inline]
    pub fn clear_destination(mut self) -> Self {
        self.destination = None;
        self.unknown_fields.insert("destination".to_owned(), serde_json::Value::Null);
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

    /// Sets `sourceObjects` (chainable).
    pub fn set_source_objects(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ComposeRequestSourceObjects>,
        >,
    ) -> Self {
        self.source_objects = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("sourceObjects");
        self
    }

    /// Sends `sourceObjects` as JSON `null`, which clears it on the server (chainable);
    /// `set_source_objects` takes it back.
    #[inline]
    pub fn clear_source_objects(mut self) -> Self {
        self.source_objects = None;
        self.unknown_fields.insert("sourceObjects".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ComposeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.delete_source_objects {
            map.serialize_entry("deleteSourceObjects", value)?;
        }
        if let Some(value) = &self.destination {
            map.serialize_entry("destination", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.source_objects {
            map.serialize_entry("sourceObjects", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ComposeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ComposeRequest {
    const NAME: &'static str = "ComposeRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deleteSourceObjects" => self.delete_source_objects = map.next_value()?,
            "destination" => self.destination = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "sourceObjects" => self.source_objects = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ComposeRequestSourceObjects {
    /// The generation of this object to use as the source.
    pub generation: Option<i64>,
    /// The source object's name. All source objects must reside in the same bucket.
    ///
    /// Required by: `storage.objects.compose`.
    pub name: Option<String>,
    /// Conditions that must be met for this operation to execute.
    pub object_preconditions: Option<
        crate::schemas::ComposeRequestSourceObjectsObjectPreconditions,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ComposeRequestSourceObjects {
    /// Sets `generation` (chainable).
    pub fn set_generation(mut self, value: impl Into<i64>) -> Self {
        self.generation = Some(value.into());
        self.unknown_fields.remove("generation");
        self
    }

    /// Sends `generation` as JSON `null`, which clears it on the server (chainable);
    /// `set_generation` takes it back.
    #[inline]
    pub fn clear_generation(mut self) -> Self {
        self.generation = None;
        self.unknown_fields.insert("generation".to_owned(), serde_json::Value::Null);
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

    /// Sets `objectPreconditions` (chainable).
    pub fn set_object_preconditions(
        mut self,
        value: impl Into<crate::schemas::ComposeRequestSourceObjectsObjectPreconditions>,
    ) -> Self {
        self.object_preconditions = Some(value.into());
        self.unknown_fields.remove("objectPreconditions");
        self
    }

    /// Sends `objectPreconditions` as JSON `null`, which clears it on the server (chainable);
    /// `set_object_preconditions` takes it back.
    #[inline]
    pub fn clear_object_preconditions(mut self) -> Self {
        self.object_preconditions = None;
        self.unknown_fields
            .insert("objectPreconditions".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ComposeRequestSourceObjects {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.generation.is_some() {
            map.serialize_entry(
                "generation",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.generation),
            )?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.object_preconditions {
            map.serialize_entry("objectPreconditions", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ComposeRequestSourceObjects {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ComposeRequestSourceObjects {
    const NAME: &'static str = "ComposeRequestSourceObjects";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "generation" => {
                self.generation = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "name" => self.name = map.next_value()?,
            "objectPreconditions" => self.object_preconditions = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Conditions that must be met for this operation to execute.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ComposeRequestSourceObjectsObjectPreconditions {
    /// Only perform the composition if the generation of the source object that would be used
    /// matches this value. If this value and a generation are both specified, they must be the same
    /// value or the call will fail.
    pub if_generation_match: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ComposeRequestSourceObjectsObjectPreconditions {
    /// Sets `ifGenerationMatch` (chainable).
    pub fn set_if_generation_match(mut self, value: impl Into<i64>) -> Self {
        self.if_generation_match = Some(value.into());
        self.unknown_fields.remove("ifGenerationMatch");
        self
    }

    /// Sends `ifGenerationMatch` as JSON `null`, which clears it on the server (chainable);
    /// `set_if_generation_match` takes it back.
    #[inline]
    pub fn clear_if_generation_match(mut self) -> Self {
        self.if_generation_match = None;
        self.unknown_fields
            .insert("ifGenerationMatch".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ComposeRequestSourceObjectsObjectPreconditions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.if_generation_match.is_some() {
            map.serialize_entry(
                "ifGenerationMatch",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.if_generation_match),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ComposeRequestSourceObjectsObjectPreconditions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ComposeRequestSourceObjectsObjectPreconditions {
    const NAME: &'static str = "ComposeRequestSourceObjectsObjectPreconditions";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ifGenerationMatch" => {
                self.if_generation_match = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
