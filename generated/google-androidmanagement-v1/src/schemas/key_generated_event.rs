use crate::runtime::wire;

/// A cryptographic key including user installed, admin installed and system maintained private
/// key is installed on the device either by the user or management.This is available
/// device-wide on fully managed devices and within the work profile on organization-owned
/// devices with a work profile.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KeyGeneratedEvent {
    /// UID of the application which generated the key.
    #[serde(rename = "applicationUid", default, skip_serializing_if = "Option::is_none")]
    pub application_uid: Option<i32>,
    /// Alias of the key.
    #[serde(rename = "keyAlias", default, skip_serializing_if = "Option::is_none")]
    pub key_alias: Option<String>,
    /// Whether the operation was successful.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl KeyGeneratedEvent {
    /// Sets `applicationUid` (chainable).
    pub fn set_application_uid(mut self, value: impl Into<i32>) -> Self {
        self.application_uid = Some(value.into());
        self.unknown_fields.remove("applicationUid");
        self
    }

    /// Sends `applicationUid` as JSON `null`, which clears it on the server (chainable);
    /// `set_application_uid` takes it back.
    #[inline]
    pub fn clear_application_uid(mut self) -> Self {
        self.application_uid = None;
        self.unknown_fields.insert("applicationUid".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyAlias` (chainable).
    pub fn set_key_alias(mut self, value: impl Into<String>) -> Self {
        self.key_alias = Some(value.into());
        self.unknown_fields.remove("keyAlias");
        self
    }

    /// Sends `keyAlias` as JSON `null`, which clears it on the server (chainable); `set_key_alias`
    /// takes it back.
    #[inline]
    pub fn clear_key_alias(mut self) -> Self {
        self.key_alias = None;
        self.unknown_fields.insert("keyAlias".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `success` (chainable).
    pub fn set_success(mut self, value: impl Into<bool>) -> Self {
        self.success = Some(value.into());
        self.unknown_fields.remove("success");
        self
    }

    /// Sends `success` as JSON `null`, which clears it on the server (chainable); `set_success`
    /// takes it back.
    #[inline]
    pub fn clear_success(mut self) -> Self {
        self.success = None;
        self.unknown_fields.insert("success".to_owned(), serde_json::Value::Null);
        self
    }
}
