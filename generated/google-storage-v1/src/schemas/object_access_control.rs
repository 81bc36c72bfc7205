use crate::runtime::wire;

/// An access-control entry.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObjectAccessControl {
    /// The name of the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The domain associated with the entity, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The email address associated with the entity, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity, if any.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// HTTP 1.1 Entity tag for the access-control entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The content generation of the object, if applied to an object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub generation: Option<i64>,
    /// The ID of the access-control entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For object access control entries, this is always
    /// storage#objectAccessControl.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of the object, if applied to an object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The project team associated with the entity, if any.
    #[serde(rename = "projectTeam", default, skip_serializing_if = "Option::is_none")]
    pub project_team: Option<crate::schemas::ObjectAccessControlProjectTeam>,
    /// The access permission for the entity.
    ///
    /// Required by: `storage.defaultObjectAccessControls.insert`,
    /// `storage.objectAccessControls.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The link to this access-control entry.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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

/// The project team associated with the entity, if any.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObjectAccessControlProjectTeam {
    /// The project number.
    #[serde(rename = "projectNumber", default, skip_serializing_if = "Option::is_none")]
    pub project_number: Option<String>,
    /// The team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
