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
        with = "crate::runtime::wire::As::<Option<crate::runtime::wire::I64>>"
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
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Role {
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `isSuperAdminRole` (chainable).
    pub fn set_is_super_admin_role(mut self, value: impl Into<bool>) -> Self {
        self.is_super_admin_role = Some(value.into());
        self
    }
    /// Sets `isSystemRole` (chainable).
    pub fn set_is_system_role(mut self, value: impl Into<bool>) -> Self {
        self.is_system_role = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `roleDescription` (chainable).
    pub fn set_role_description(mut self, value: impl Into<String>) -> Self {
        self.role_description = Some(value.into());
        self
    }
    /// Sets `roleId` (chainable).
    pub fn set_role_id(mut self, value: impl Into<i64>) -> Self {
        self.role_id = Some(value.into());
        self
    }
    /// Sets `roleName` (chainable).
    pub fn set_role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self
    }
    /// Sets `rolePrivileges` (chainable).
    pub fn set_role_privileges(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::RoleRolePrivileges>,
    ) -> Self {
        self.role_privileges = Some(value.into_iter().collect());
        self
    }
}
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleRolePrivileges {
    /// The name of the privilege.
    #[serde(rename = "privilegeName", default, skip_serializing_if = "Option::is_none")]
    pub privilege_name: Option<String>,
    /// The obfuscated ID of the service this privilege is for. This value is returned with \[`Privileges.list()`\](<https://developers.google.com/workspace/admin/directory/v1/reference/privileges/list>).
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl RoleRolePrivileges {
    /// Sets `privilegeName` (chainable).
    pub fn set_privilege_name(mut self, value: impl Into<String>) -> Self {
        self.privilege_name = Some(value.into());
        self
    }
    /// Sets `serviceId` (chainable).
    pub fn set_service_id(mut self, value: impl Into<String>) -> Self {
        self.service_id = Some(value.into());
        self
    }
}
