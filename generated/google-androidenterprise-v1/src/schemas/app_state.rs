use crate::runtime::wire;

/// List of states set by the app.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AppState {
    /// List of keyed app states. This field will always be present.
    #[serde(rename = "keyedAppState", default, skip_serializing_if = "Option::is_none")]
    pub keyed_app_state: Option<Vec<crate::schemas::KeyedAppState>>,
    /// The package name of the app. This field will always be present.
    #[serde(rename = "packageName", default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl AppState {
    /// Sets `keyedAppState` (chainable).
    pub fn set_keyed_app_state(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::KeyedAppState>>,
    ) -> Self {
        self.keyed_app_state = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("keyedAppState");
        self
    }

    /// Sends `keyedAppState` as JSON `null`, which clears it on the server (chainable);
    /// `set_keyed_app_state` takes it back.
    #[inline]
    pub fn clear_keyed_app_state(mut self) -> Self {
        self.keyed_app_state = None;
        self.unknown_fields.insert("keyedAppState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `packageName` (chainable).
    pub fn set_package_name(mut self, value: impl Into<String>) -> Self {
        self.package_name = Some(value.into());
        self.unknown_fields.remove("packageName");
        self
    }

    /// Sends `packageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_name` takes it back.
    #[inline]
    pub fn clear_package_name(mut self) -> Self {
        self.package_name = None;
        self.unknown_fields.insert("packageName".to_owned(), serde_json::Value::Null);
        self
    }
}
