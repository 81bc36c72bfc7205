use crate::runtime::wire;

/// An access-control entry.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectAccessControl {
    /// The name of the bucket.
    pub bucket: Option<String>,
    /// The domain associated with the entity, if any.
    pub domain: Option<String>,
    /// The email address associated with the entity, if any.
    pub email: Option<String>,
    /// The entity holding the permission, in one of the following forms:
    /// - user-userId
    /// - user-email
    /// - group-groupId
    /// - group-email
    /// - domain-domain
    /// - project-team-projectId
    /// - allUsers
    /// - allAuthenticatedUsers Examples:
    /// - The user liz@example.com would be user-liz@example.com.
    /// - The group example@googlegroups.com would be group-example@googlegroups.com.
    /// - To refer to all members of the Google Apps for Business domain example.com, the entity
    ///   would be domain-example.com.
    ///
    /// Required by: `storage.defaultObjectAccessControls.insert`,
    /// `storage.objectAccessControls.insert`.
    pub entity: Option<String>,
    /// The ID for the entity, if any.
    pub entity_id: Option<String>,
    /// HTTP 1.1 Entity tag for the access-control entry.
    pub etag: Option<String>,
    /// The content generation of the object, if applied to an object.
    pub generation: Option<i64>,
    /// The ID of the access-control entry.
    pub id: Option<String>,
    /// The kind of item this is. For object access control entries, this is always
    /// storage#objectAccessControl.
    pub kind: Option<String>,
    /// The name of the object, if applied to an object.
    pub object: Option<String>,
    /// The project team associated with the entity, if any.
    pub project_team: Option<crate::schemas::ObjectAccessControlProjectTeam>,
    /// The access permission for the entity.
    ///
    /// Required by: `storage.defaultObjectAccessControls.insert`,
    /// `storage.objectAccessControls.insert`.
    pub role: Option<String>,
    /// The link to this access-control entry.
    pub self_link: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectAccessControl {
    /// Sets `bucket` (chainable).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self.unknown_fields.remove("bucket");
        self
    }

    /// Sends `bucket` as JSON `null`, which clears it on the server (chainable); `set_bucket` takes
    /// it back.
    #[inline]
    pub fn clear_bucket(mut self) -> Self {
        self.bucket = None;
        self.unknown_fields.insert("bucket".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `domain` (chainable).
    pub fn set_domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self.unknown_fields.remove("domain");
        self
    }

    /// Sends `domain` as JSON `null`, which clears it on the server (chainable); `set_domain` takes
    /// it back.
    #[inline]
    pub fn clear_domain(mut self) -> Self {
        self.domain = None;
        self.unknown_fields.insert("domain".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `email` (chainable).
    pub fn set_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self.unknown_fields.remove("email");
        self
    }

    /// Sends `email` as JSON `null`, which clears it on the server (chainable); `set_email` takes
    /// it back.
    #[inline]
    pub fn clear_email(mut self) -> Self {
        self.email = None;
        self.unknown_fields.insert("email".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `entity` (chainable).
    pub fn set_entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self.unknown_fields.remove("entity");
        self
    }

    /// Sends `entity` as JSON `null`, which clears it on the server (chainable); `set_entity` takes
    /// it back.
    #[inline]
    pub fn clear_entity(mut self) -> Self {
        self.entity = None;
        self.unknown_fields.insert("entity".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `entityId` (chainable).
    pub fn set_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self.unknown_fields.remove("entityId");
        self
    }

    /// Sends `entityId` as JSON `null`, which clears it on the server (chainable); `set_entity_id`
    /// takes it back.
    #[inline]
    pub fn clear_entity_id(mut self) -> Self {
        self.entity_id = None;
        self.unknown_fields.insert("entityId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `object` (chainable).
    pub fn set_object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self.unknown_fields.remove("object");
        self
    }

    /// Sends `object` as JSON `null`, which clears it on the server (chainable); `set_object` takes
    /// it back.
    #[inline]
    pub fn clear_object(mut self) -> Self {
        self.object = None;
        self.unknown_fields.insert("object".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `projectTeam` (chainable).
    pub fn set_project_team(
        mut self,
        value: impl Into<crate::schemas::ObjectAccessControlProjectTeam>,
    ) -> Self {
        self.project_team = Some(value.into());
        self.unknown_fields.remove("projectTeam");
        self
    }

    /// Sends `projectTeam` as JSON `null`, which clears it on the server (chainable);
    /// `set_project_team` takes it back.
    #[inline]
    pub fn clear_project_team(mut self) -> Self {
        self.project_team = None;
        self.unknown_fields.insert("projectTeam".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `role` (chainable).
    pub fn set_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self.unknown_fields.remove("role");
        self
    }

    /// Sends `role` as JSON `null`, which clears it on the server (chainable); `set_role` takes it
    /// back.
    #[inline]
    pub fn clear_role(mut self) -> Self {
        self.role = None;
        self.unknown_fields.insert("role".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `selfLink` (chainable).
    pub fn set_self_link(mut self, value: impl Into<String>) -> Self {
        self.self_link = Some(value.into());
        self.unknown_fields.remove("selfLink");
        self
    }

    /// Sends `selfLink` as JSON `null`, which clears it on the server (chainable); `set_self_link`
    /// takes it back.
    #[inline]
    pub fn clear_self_link(mut self) -> Self {
        self.self_link = None;
        self.unknown_fields.insert("selfLink".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ObjectAccessControl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.bucket {
            map.serialize_entry("bucket", value)?;
        }
        if let Some(value) = &self.domain {
            map.serialize_entry("domain", value)?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.entity {
            map.serialize_entry("entity", value)?;
        }
        if let Some(value) = &self.entity_id {
            map.serialize_entry("entityId", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if self.generation.is_some() {
            map.serialize_entry(
                "generation",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.generation),
            )?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.object {
            map.serialize_entry("object", value)?;
        }
        if let Some(value) = &self.project_team {
            map.serialize_entry("projectTeam", value)?;
        }
        if let Some(value) = &self.role {
            map.serialize_entry("role", value)?;
        }
        if let Some(value) = &self.self_link {
            map.serialize_entry("selfLink", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ObjectAccessControl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectAccessControl {
    const NAME: &'static str = "ObjectAccessControl";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "bucket" => self.bucket = map.next_value()?,
            "domain" => self.domain = map.next_value()?,
            "email" => self.email = map.next_value()?,
            "entity" => self.entity = map.next_value()?,
            "entityId" => self.entity_id = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "generation" => {
                self.generation = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "projectTeam" => self.project_team = map.next_value()?,
            "role" => self.role = map.next_value()?,
            "selfLink" => self.self_link = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The project team associated with the entity, if any.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectAccessControlProjectTeam {
    /// The project number.
    pub project_number: Option<String>,
    /// The team.
    pub team: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectAccessControlProjectTeam {
    /// Sets `projectNumber` (chainable).
    pub fn set_project_number(mut self, value: impl Into<String>) -> Self {
        self.project_number = Some(value.into());
        self.unknown_fields.remove("projectNumber");
        self
    }

    /// Sends `projectNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_project_number` takes it back.
    #[inline]
    pub fn clear_project_number(mut self) -> Self {
        self.project_number = None;
        self.unknown_fields.insert("projectNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `team` (chainable).
    pub fn set_team(mut self, value: impl Into<String>) -> Self {
        self.team = Some(value.into());
        self.unknown_fields.remove("team");
        self
    }

    /// Sends `team` as JSON `null`, which clears it on the server (chainable); `set_team` takes it
    /// back.
    #[inline]
    pub fn clear_team(mut self) -> Self {
        self.team = None;
        self.unknown_fields.insert("team".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ObjectAccessControlProjectTeam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.project_number {
            map.serialize_entry("projectNumber", value)?;
        }
        if let Some(value) = &self.team {
            map.serialize_entry("team", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ObjectAccessControlProjectTeam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectAccessControlProjectTeam {
    const NAME: &'static str = "ObjectAccessControlProjectTeam";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "projectNumber" => self.project_number = map.next_value()?,
            "team" => self.team = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
