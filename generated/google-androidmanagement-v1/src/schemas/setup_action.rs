use crate::runtime::wire;

/// An action executed during setup.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SetupAction {
    /// Description of this action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<crate::schemas::UserFacingMessage>,
    /// An action to launch an app. The app will be launched with an intent containing an extra with
    /// key com.google.android.apps.work.clouddpc.EXTRA_LAUNCHED_AS_SETUP_ACTION set to the boolean
    /// value true to indicate that this is a setup action flow. If SetupAction references an app,
    /// the corresponding installType in the application policy must be set as REQUIRED_FOR_SETUP or
    /// said setup will fail.
    #[serde(rename = "launchApp", default, skip_serializing_if = "Option::is_none")]
    pub launch_app: Option<crate::schemas::LaunchAppAction>,
    /// Title of this action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<crate::schemas::UserFacingMessage>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl SetupAction {
    /// Sets `description` (chainable).
    pub fn set_description(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
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

    /// Sets `launchApp` (chainable).
    pub fn set_launch_app(
        mut self,
        value: impl Into<crate::schemas::LaunchAppAction>,
    ) -> Self {
        self.launch_app = Some(value.into());
        self.unknown_fields.remove("launchApp");
        self
    }

    /// Sends `launchApp` as JSON `null`, which clears it on the server (chainable);
    /// `set_launch_app` takes it back.
    #[inline]
    pub fn clear_launch_app(mut self) -> Self {
        self.launch_app = None;
        self.unknown_fields.insert("launchApp".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `title` (chainable).
    pub fn set_title(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.title = Some(value.into());
        self.unknown_fields.remove("title");
        self
    }

    /// Sends `title` as JSON `null`, which clears it on the server (chainable); `set_title` takes
    /// it back.
    #[inline]
    pub fn clear_title(mut self) -> Self {
        self.title = None;
        self.unknown_fields.insert("title".to_owned(), serde_json::Value::Null);
        self
    }
}
