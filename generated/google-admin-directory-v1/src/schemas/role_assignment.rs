use crate::runtime::{impl_open_enum, wire};

/// Defines an assignment of a role.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RoleAssignment {
    /// The unique ID of the entity this role is assigned to—either the `user_id` of a user, the
    /// `group_id` of a group, or the `uniqueId` of a service account as defined in [Identity and
    /// Access Management
    /// (IAM)](https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts).
    pub assigned_to: Option<String>,
    /// Output only. The type of the assignee (`USER` or `GROUP`).
    ///
    /// Read-only: set by the server, ignored in requests.
    pub assignee_type: Option<crate::schemas::RoleAssignmentAssigneeType>,
    /// Optional. The condition associated with this role assignment. Note: Feature is available to
    /// Enterprise Standard, Enterprise Plus, Google Workspace for Education Plus and Cloud Identity
    /// Premium customers. A `RoleAssignment` with the `condition` field set will only take effect
    /// when the resource being accessed meets the condition. If `condition` is empty, the role
    /// (`role_id`) is applied to the actor (`assigned_to`) at the scope (`scope_type`)
    /// unconditionally. Currently, the following conditions are supported: - To make the
    /// `RoleAssignment` only applicable to [Security
    /// Groups](https://cloud.google.com/identity/docs/groups#group_types):
    /// `api.getAttribute('cloudidentity.googleapis.com/groups.labels',
    /// []).hasAny(['groups.security']) && resource.type == 'cloudidentity.googleapis.com/Group'` -
    /// To make the `RoleAssignment` not applicable to [Security
    /// Groups](https://cloud.google.com/identity/docs/groups#group_types):
    /// `!api.getAttribute('cloudidentity.googleapis.com/groups.labels',
    /// []).hasAny(['groups.security']) && resource.type == 'cloudidentity.googleapis.com/Group'`
    /// Currently, the condition strings have to be verbatim and they only work with the following
    /// [pre-built administrator roles](https://support.google.com/a/answer/2405986): - Groups
    /// Editor - Groups Reader The condition follows [Cloud IAM condition
    /// syntax](https://cloud.google.com/iam/docs/conditions-overview). - To make the
    /// `RoleAssignment` not applicable to [Locked
    /// Groups](https://cloud.google.com/identity/docs/groups#group_types):
    /// `!api.getAttribute('cloudidentity.googleapis.com/groups.labels',
    /// []).hasAny(['groups.locked']) && resource.type == 'cloudidentity.googleapis.com/Group'` This
    /// condition can also be used in conjunction with a Security-related condition.
    pub condition: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// Optional. Details regarding the expiration of this role assignment.
    pub expiration_details: Option<crate::schemas::ExpirationDetails>,
    /// The type of the API resource. This is always `admin#directory#roleAssignment`.
    pub kind: Option<String>,
    /// If the role is restricted to an organization unit, this contains the ID for the organization
    /// unit the exercise of this role is restricted to.
    pub org_unit_id: Option<String>,
    /// ID of this roleAssignment.
    pub role_assignment_id: Option<i64>,
    /// The ID of the role that is assigned.
    pub role_id: Option<i64>,
    /// The scope in which this role is assigned.
    pub scope_type: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RoleAssignment {
    /// Sets `assignedTo` (chainable).
    pub fn set_assigned_to(mut self, value: impl Into<String>) -> Self {
        self.assigned_to = Some(value.into());
        self.unknown_fields.remove("assignedTo");
        self
    }

    /// Sends `assignedTo` as JSON `null`, which clears it on the server (chainable);
    /// `set_assigned_to` takes it back.
    #[inline]
    pub fn clear_assigned_to(mut self) -> Self {
        self.assigned_to = None;
        self.unknown_fields.insert("assignedTo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `assigneeType` (chainable).
    pub fn set_assignee_type(
        mut self,
        value: impl Into<crate::schemas::RoleAssignmentAssigneeType>,
    ) -> Self {
        self.assignee_type = Some(value.into());
        self.unknown_fields.remove("assigneeType");
        self
    }

    /// Sends `assigneeType` as JSON `null`, which clears it on the server (chainable);
    /// `set_assignee_type` takes it back.
    #[inline]
    pub fn clear_assignee_type(mut self) -> Self {
        self.assignee_type = None;
        self.unknown_fields.insert("assigneeType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `condition` (chainable).
    pub fn set_condition(mut self, value: impl Into<String>) -> Self {
        self.condition = Some(value.into());
        self.unknown_fields.remove("condition");
        self
    }

    /// Sends `condition` as JSON `null`, which clears it on the server (chainable); `set_condition`
    /// takes it back.
    #[inline]
    pub fn clear_condition(mut self) -> Self {
        self.condition = None;
        self.unknown_fields.insert("condition".to_owned(), serde_json::Value::Null);
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

    /// Sets `expirationDetails` (chainable).
    pub fn set_expiration_details(
        mut self,
        value: impl Into<crate::schemas::ExpirationDetails>,
    ) -> Self {
        self.expiration_details = Some(value.into());
        self.unknown_fields.remove("expirationDetails");
        self
    }

    /// Sends `expirationDetails` as JSON `null`, which clears it on the server (chainable);
    /// `set_expiration_details` takes it back.
    #[inline]
    pub fn clear_expiration_details(mut self) -> Self {
        self.expiration_details = None;
        self.unknown_fields
            .insert("expirationDetails".to_owned(), serde_json::Value::Null);
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

    /// Sets `orgUnitId` (chainable).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self.unknown_fields.remove("orgUnitId");
        self
    }

    /// Sends `orgUnitId` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_id` takes it back.
    #[inline]
    pub fn clear_org_unit_id(mut self) -> Self {
        self.org_unit_id = None;
        self.unknown_fields.insert("orgUnitId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `roleAssignmentId` (chainable).
    pub fn set_role_assignment_id(mut self, value: impl Into<i64>) -> Self {
        self.role_assignment_id = Some(value.into());
        self.unknown_fields.remove("roleAssignmentId");
        self
    }

    /// Sends `roleAssignmentId` as JSON `null`, which clears it on the server (chainable);
    /// `set_role_assignment_id` takes it back.
    #[inline]
    pub fn clear_role_assignment_id(mut self) -> Self {
        self.role_assignment_id = None;
        self.unknown_fields
            .insert("roleAssignmentId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `roleId` (chainable).
    pub fn set_role_id(mut self, value: impl Into<i64>) -> Self {
        self.role_id = Some(value.into());
        self.unknown_fields.remove("roleId");
        self
    }

    /// Sends `roleId` as JSON `null`, which clears it on the server (chainable); `set_role_id`
    /// takes it back.
    #[inline]
    pub fn clear_role_id(mut self) -> Self {
        self.role_id = None;
        self.unknown_fields.insert("roleId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `scopeType` (chainable).
    pub fn set_scope_type(mut self, value: impl Into<String>) -> Self {
        self.scope_type = Some(value.into());
        self.unknown_fields.remove("scopeType");
        self
    }

    /// Sends `scopeType` as JSON `null`, which clears it on the server (chainable);
    /// `set_scope_type` takes it back.
    #[inline]
    pub fn clear_scope_type(mut self) -> Self {
        self.scope_type = None;
        self.unknown_fields.insert("scopeType".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RoleAssignment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.assigned_to {
            map.serialize_entry("assignedTo", value)?;
        }
        if let Some(value) = &self.assignee_type {
            map.serialize_entry("assigneeType", value)?;
        }
        if let Some(value) = &self.condition {
            map.serialize_entry("condition", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.expiration_details {
            map.serialize_entry("expirationDetails", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.org_unit_id {
            map.serialize_entry("orgUnitId", value)?;
        }
        if self.role_assignment_id.is_some() {
            map.serialize_entry(
                "roleAssignmentId",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.role_assignment_id),
            )?;
        }
        if self.role_id.is_some() {
            map.serialize_entry(
                "roleId",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.role_id),
            )?;
        }
        if let Some(value) = &self.scope_type {
            map.serialize_entry("scopeType", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RoleAssignment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RoleAssignment {
    const NAME: &'static str = "RoleAssignment";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "assignedTo" => self.assigned_to = map.next_value()?,
            "assigneeType" => self.assignee_type = map.next_value()?,
            "condition" => self.condition = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "expirationDetails" => self.expiration_details = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "orgUnitId" => self.org_unit_id = map.next_value()?,
            "roleAssignmentId" => {
                self.role_assignment_id = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "roleId" => {
                self.role_id = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "scopeType" => self.scope_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. The type of the assignee (`USER` or `GROUP`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RoleAssignmentAssigneeType {
    /// An individual user within the domain.
    ///
    /// `user` on the wire.
    #[default]
    User,
    /// A group within the domain.
    ///
    /// `group` on the wire.
    Group,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for RoleAssignmentAssigneeType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "group" => Self::Group,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(RoleAssignmentAssigneeType);
