use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Privilege {
    /// A list of child privileges. Privileges for a service form a tree. Each privilege can have a
    /// list of child privileges; this list is empty for a leaf privilege.
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
    /// The obfuscated ID of the service this privilege is for. This value is returned with
    /// \[`Privileges.list()`\](<https://developers.google.com/workspace/admin/directory/v1/reference/privileges/list>).
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// The name of the service this privilege is for.
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Privilege {
    /// Sets `childPrivileges` (chainable).
    pub fn set_child_privileges(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Privilege>>,
    ) -> Self {
        self.child_privileges = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("childPrivileges");
        self
    }

    /// Sends `childPrivileges` as JSON `null`, which clears it on the server (chainable);
    /// `set_child_privileges` takes it back.
    #[inline]
    pub fn clear_child_privileges(mut self) -> Self {
        self.child_privileges = None;
        self.unknown_fields
            .insert("childPrivileges".to_owned(), serde_json::Value::Null);
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

    /// Sets `isOuScopable` (chainable).
    pub fn set_is_ou_scopable(mut self, value: impl Into<bool>) -> Self {
        self.is_ou_scopable = Some(value.into());
        self.unknown_fields.remove("isOuScopable");
        self
    }

    /// Sends `isOuScopable` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_ou_scopable` takes it back.
    #[inline]
    pub fn clear_is_ou_scopable(mut self) -> Self {
        self.is_ou_scopable = None;
        self.unknown_fields.insert("isOuScopable".to_owned(), serde_json::Value::Null);
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

    /// Sets `serviceName` (chainable).
    pub fn set_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self.unknown_fields.remove("serviceName");
        self
    }

    /// Sends `serviceName` as JSON `null`, which clears it on the server (chainable);
    /// `set_service_name` takes it back.
    #[inline]
    pub fn clear_service_name(mut self) -> Self {
        self.service_name = None;
        self.unknown_fields.insert("serviceName".to_owned(), serde_json::Value::Null);
        self
    }
}
