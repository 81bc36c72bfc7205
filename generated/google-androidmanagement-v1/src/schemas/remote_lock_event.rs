use crate::runtime::wire;

/// The device or profile has been remotely locked via the LOCK command.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoteLockEvent {
    /// Package name of the admin app requesting the change.
    #[serde(
        rename = "adminPackageName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub admin_package_name: Option<String>,
    /// User ID of the admin app from the which the change was requested.
    #[serde(rename = "adminUserId", default, skip_serializing_if = "Option::is_none")]
    pub admin_user_id: Option<i32>,
    /// User ID in which the change was requested in.
    #[serde(rename = "targetUserId", default, skip_serializing_if = "Option::is_none")]
    pub target_user_id: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl RemoteLockEvent {
    /// Sets `adminPackageName` (chainable).
    pub fn set_admin_package_name(mut self, value: impl Into<String>) -> Self {
        self.admin_package_name = Some(value.into());
        self.unknown_fields.remove("adminPackageName");
        self
    }

    /// Sends `adminPackageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_admin_package_name` takes it back.
    #[inline]
    pub fn clear_admin_package_name(mut self) -> Self {
        self.admin_package_name = None;
        self.unknown_fields
            .insert("adminPackageName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `adminUserId` (chainable).
    pub fn set_admin_user_id(mut self, value: impl Into<i32>) -> Self {
        self.admin_user_id = Some(value.into());
        self.unknown_fields.remove("adminUserId");
        self
    }

    /// Sends `adminUserId` as JSON `null`, which clears it on the server (chainable);
    /// `set_admin_user_id` takes it back.
    #[inline]
    pub fn clear_admin_user_id(mut self) -> Self {
        self.admin_user_id = None;
        self.unknown_fields.insert("adminUserId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `targetUserId` (chainable).
    pub fn set_target_user_id(mut self, value: impl Into<i32>) -> Self {
        self.target_user_id = Some(value.into());
        self.unknown_fields.remove("targetUserId");
        self
    }

    /// Sends `targetUserId` as JSON `null`, which clears it on the server (chainable);
    /// `set_target_user_id` takes it back.
    #[inline]
    pub fn clear_target_user_id(mut self) -> Self {
        self.target_user_id = None;
        self.unknown_fields.insert("targetUserId".to_owned(), serde_json::Value::Null);
        self
    }
}
