use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Role {
    /// ETag of the resource.
    pub etag: Option<String>,
    /// Returns `true` if the role is a super admin role.
    pub is_super_admin_role: Option<bool>,
    /// Returns `true` if this is a pre-defined system role.
    pub is_system_role: Option<bool>,
    /// The type of the API resource. This is always `admin#directory#role`.
    pub kind: Option<String>,
    /// A short description of the role.
    pub role_description: Option<String>,
    /// ID of the role.
    pub role_id: Option<i64>,
    /// Name of the role.
    ///
    /// Required by: `directory.roles.insert`.
    pub role_name: Option<String>,
    /// The set of privileges that are granted to this role.
    ///
    /// Required by: `directory.roles.insert`.
    pub role_privileges: Option<Vec<crate::schemas::RoleRolePrivileges>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Role {
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

    /// Sets `isSuperAdminRole` (chainable).
    pub fn set_is_super_admin_role(mut self, value: impl Into<bool>) -> Self {
        self.is_super_admin_role = Some(value.into());
        self.unknown_fields.remove("isSuperAdminRole");
        self
    }

    /// Sends `isSuperAdminRole` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_super_admin_role` takes it back.
    #[inline]
    pub fn clear_is_super_admin_role(mut self) -> Self {
        self.is_super_admin_role = None;
        self.unknown_fields
            .insert("isSuperAdminRole".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isSystemRole` (chainable).
    pub fn set_is_system_role(mut self, value: impl Into<bool>) -> Self {
        self.is_system_role = Some(value.into());
        self.unknown_fields.remove("isSystemRole");
        self
    }

    /// Sends `isSystemRole` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_system_role` takes it back.
    #[inline]
    pub fn clear_is_system_role(mut self) -> Self {
        self.is_system_role = None;
        self.unknown_fields.insert("isSystemRole".to_owned(), serde_json::Value::Null);
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

    /// Sets `roleDescription` (chainable).
    pub fn set_role_description(mut self, value: impl Into<String>) -> Self {
        self.role_description = Some(value.into());
        self.unknown_fields.remove("roleDescription");
        self
    }

    /// Sends `roleDescription` as JSON `null`, which clears it on the server (chainable);
    /// `set_role_description` takes it back.
    #[inline]
    pub fn clear_role_description(mut self) -> Self {
        self.role_description = None;
        self.unknown_fields
            .insert("roleDescription".to_owned(), serde_json::Value::Null);
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

    /// Sets `roleName` (chainable).
    pub fn set_role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self.unknown_fields.remove("roleName");
        self
    }

    /// Sends `roleName` as JSON `null`, which clears it on the server (chainable); `set_role_name`
    /// takes it back.
    #[inline]
    pub fn clear_role_name(mut self) -> Self {
        self.role_name = None;
        self.unknown_fields.insert("roleName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `rolePrivileges` (chainable).
    pub fn set_role_privileges(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::RoleRolePrivileges>>,
    ) -> Self {
        self.role_privileges = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("rolePrivileges");
        self
    }

    /// Sends `rolePrivileges` as JSON `null`, which clears it on the server (chainable);
    /// `set_role_privileges` takes it back.
    #[inline]
    pub fn clear_role_privileges(mut self) -> Self {
        self.role_privileges = None;
        self.unknown_fields.insert("rolePrivileges".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Role {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.is_super_admin_role {
            map.serialize_entry("isSuperAdminRole", value)?;
        }
        if let Some(value) = &self.is_system_role {
            map.serialize_entry("isSystemRole", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.role_description {
            map.serialize_entry("roleDescription", value)?;
        }
        if self.role_id.is_some() {
            map.serialize_entry(
                "roleId",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.role_id),
            )?;
        }
        if let Some(value) = &self.role_name {
            map.serialize_entry("roleName", value)?;
        }
        if let Some(value) = &self.role_privileges {
            map.serialize_entry("rolePrivileges", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Role {
    const NAME: &'static str = "Role";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "etag" => self.etag = map.next_value()?,
            "isSuperAdminRole" => self.is_super_admin_role = map.next_value()?,
            "isSystemRole" => self.is_system_role = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "roleDescription" => self.role_description = map.next_value()?,
            "roleId" => {
                self.role_id = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "roleName" => self.role_name = map.next_value()?,
            "rolePrivileges" => self.role_privileges = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RoleRolePrivileges {
    /// The name of the privilege.
    pub privilege_name: Option<String>,
    /// The obfuscated ID of the service this privilege is for. This value is returned with
    /// \[`Privileges.list()`\](<https://developers.google.com/workspace/admin/directory/v1/reference/privileges/list>).
    pub service_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RoleRolePrivileges {
    /// Sets `privilegeName` (chainable).
    pub fn set_privilege_name(mut self, value: impl Into<String>) -> Self {
        self.privilege_name = Some(value.into());
        self.unknown_fields.remove("privilegeName");
        self
    }

    /// Sends `privilegeName` as JSON `null`, which clears it on the server (chainable);
    /// `set_privilege_name` takes it back.
    #[inline]
    pub fn clear_privilege_name(mut self) -> Self {
        self.privilege_name = None;
        self.unknown_fields.insert("privilegeName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `serviceId` (chainable).
    pub fn set_service_id(mut self, value: impl Into<String>) -> Self {
        self.service_id = Some(value.into());
        self.unknown_fields.remove("serviceId");
        self
    }

    /// Sends `serviceId` as JSON `null`, which clears it on the server (chainable);
    /// `set_service_id` takes it back.
    #[inline]
    pub fn clear_service_id(mut self) -> Self {
        self.service_id = None;
        self.unknown_fields.insert("serviceId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RoleRolePrivileges {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.privilege_name {
            map.serialize_entry("privilegeName", value)?;
        }
        if let Some(value) = &self.service_id {
            map.serialize_entry("serviceId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RoleRolePrivileges {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RoleRolePrivileges {
    const NAME: &'static str = "RoleRolePrivileges";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "privilegeName" => self.privilege_name = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
