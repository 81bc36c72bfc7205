use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Role {
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Returns `true` if the role is a super admin role.
    #[serde(
        rename = "isSuperAdminRole",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_super_admin_role: Option<bool>,
    /// Returns `true` if this is a pre-defined system role.
    #[serde(rename = "isSystemRole", default, skip_serializing_if = "Option::is_none")]
    pub is_system_role: Option<bool>,
    /// The type of the API resource. This is always `admin#directory#role`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A short description of the role.
    #[serde(
        rename = "roleDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub role_description: Option<String>,
    /// ID of the role.
    #[serde(
        rename = "roleId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub role_id: Option<i64>,
    /// Name of the role.
    ///
    /// Required by: `directory.roles.insert`.
    #[serde(rename = "roleName", default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// The set of privileges that are granted to this role.
    ///
    /// Required by: `directory.roles.insert`.
    #[serde(rename = "rolePrivileges", default, skip_serializing_if = "Option::is_none")]
    pub role_privileges: Option<Vec<crate::schemas::RoleRolePrivileges>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleRolePrivileges {
    /// The name of the privilege.
    #[serde(rename = "privilegeName", default, skip_serializing_if = "Option::is_none")]
    pub privilege_name: Option<String>,
    /// The obfuscated ID of the service this privilege is for. This value is returned with
    /// \[`Privileges.list()`\](<https://developers.google.com/workspace/admin/directory/v1/reference/privileges/list>).
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
