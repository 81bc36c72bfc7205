use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AdministratorWebTokenSpecPlaySearch {
    /// Allow access to the iframe in approve mode. Default is false.
    #[serde(rename = "approveApps", default, skip_serializing_if = "Option::is_none")]
    pub approve_apps: Option<bool>,
    /// Whether the managed Play Search apps page is displayed. Default is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl AdministratorWebTokenSpecPlaySearch {
    /// Sets `approveApps` (chainable).
    pub fn set_approve_apps(mut self, value: impl Into<bool>) -> Self {
        self.approve_apps = Some(value.into());
        self.unknown_fields.remove("approveApps");
        self
    }

    /// Sends `approveApps` as JSON `null`, which clears it on the server (chainable);
    /// `set_approve_apps` takes it back.
    #[inline]
    pub fn clear_approve_apps(mut self) -> Self {
        self.approve_apps = None;
        self.unknown_fields.insert("approveApps".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }
}
