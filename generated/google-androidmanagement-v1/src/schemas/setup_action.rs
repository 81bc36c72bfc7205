use crate::runtime::wire;

/// An action executed during setup.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SetupAction {
    /// Description of this action.
    pub description: Option<crate::schemas::UserFacingMessage>,
    /// An action to launch an app. The app will be launched with an intent containing an extra with
    /// key com.google.android.apps.work.clouddpc.EXTRA_LAUNCHED_AS_SETUP_ACTION set to the boolean
    /// value true to indicate that this is a setup action flow. If SetupAction references an app,
    /// the corresponding installType in the application policy must be set as REQUIRED_FOR_SETUP or
    /// said setup will fail.
    pub launch_app: Option<crate::schemas::LaunchAppAction>,
    /// Title of this action.
    pub title: Option<crate::schemas::UserFacingMessage>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for SetupAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.launch_app {
            map.serialize_entry("launchApp", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SetupAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SetupAction {
    const NAME: &'static str = "SetupAction";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "description" => self.description = map.next_value()?,
            "launchApp" => self.launch_app = map.next_value()?,
            "title" => self.title = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
