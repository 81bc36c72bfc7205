use crate::runtime::wire;

/// A permission required by the app.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApplicationPermission {
    /// A longer description of the permission, providing more detail on what it affects. Localized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the permission. Localized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// An opaque string uniquely identifying the permission. Not localized.
    #[serde(rename = "permissionId", default, skip_serializing_if = "Option::is_none")]
    pub permission_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationPermission {
    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self.unknown_fields.remove("description");
        self
    }

    /// Sends `description` as JSON `null`, which clears it on the server (chainable);
    /// `set_description` takes it back.
    #[inline]
    pub fn clear_description(mut self) -> Self {
        self.description = None;
        self.unknown_fields.insert("description".to_owned(), serde_json::Value::Null);
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

    /// Sets `permissionId` (chainable).
    pub fn set_permission_id(mut self, value: impl Into<String>) -> Self {
        self.permission_id = Some(value.into());
        self.unknown_fields.remove("permissionId");
        self
    }

    /// Sends `permissionId` as JSON `null`, which clears it on the server (chainable);
    /// `set_permission_id` takes it back.
    #[inline]
    pub fn clear_permission_id(mut self) -> Self {
        self.permission_id = None;
        self.unknown_fields.insert("permissionId".to_owned(), serde_json::Value::Null);
        self
    }
}
