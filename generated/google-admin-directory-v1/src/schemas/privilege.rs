#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Privilege {
    /// A list of child privileges. Privileges for a service form a tree. Each privilege can have a list of child privileges; this list is empty for a leaf privilege.
    #[serde(
        rename = "childPrivileges",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub child_privileges: Option<Vec<crate::schemas::Privilege>>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// If the privilege can be restricted to an organization unit.
    #[serde(rename = "isOuScopable", default, skip_serializing_if = "Option::is_none")]
    pub is_ou_scopable: Option<bool>,
    /// The type of the API resource. This is always `admin#directory#privilege`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of the privilege.
    #[serde(rename = "privilegeName", default, skip_serializing_if = "Option::is_none")]
    pub privilege_name: Option<String>,
    /// The obfuscated ID of the service this privilege is for. This value is returned with \[`Privileges.list()`\](<https://developers.google.com/workspace/admin/directory/v1/reference/privileges/list>).
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// The name of the service this privilege is for.
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Privilege {
    /// Sets `childPrivileges` (chainable).
    pub fn set_child_privileges(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Privilege>,
    ) -> Self {
        self.child_privileges = Some(value.into_iter().collect());
        self
    }
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `isOuScopable` (chainable).
    pub fn set_is_ou_scopable(mut self, value: impl Into<bool>) -> Self {
        self.is_ou_scopable = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
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
    /// Sets `serviceName` (chainable).
    pub fn set_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
}
