use crate::runtime::{impl_open_enum, wire};

/// A WebApps resource represents a web app created for an enterprise. Web apps are published to
/// managed Google Play and can be distributed like other Android apps. On a user's device, a
/// web app opens its specified URL.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebApp {
    /// The display mode of the web app. Possible values include: - "minimalUi", the device's status
    /// bar, navigation bar, the app's URL, and a refresh button are visible when the app is open.
    /// For HTTP URLs, you can only select this option. - "standalone", the device's status bar and
    /// navigation bar are visible when the app is open. - "fullScreen", the app opens in full
    /// screen mode, hiding the device's status and navigation bars. All browser UI elements, page
    /// URL, system status bar and back button are not visible, and the web app takes up the
    /// entirety of the available display area.
    pub display_mode: Option<crate::schemas::WebAppDisplayMode>,
    /// A list of icons representing this website. If absent, a default icon (for create) or the
    /// current icon (for update) will be used.
    pub icons: Option<Vec<crate::schemas::WebAppIcon>>,
    /// A flag whether the app has been published to the Play store yet.
    pub is_published: Option<bool>,
    /// The start URL, i.e. the URL that should load when the user opens the application.
    pub start_url: Option<String>,
    /// The title of the web app as displayed to the user (e.g., amongst a list of other
    /// applications, or as a label for an icon).
    pub title: Option<String>,
    /// The current version of the app. Note that the version can automatically increase during the
    /// lifetime of the web app, while Google does internal housekeeping to keep the web app
    /// up-to-date.
    pub version_code: Option<i64>,
    /// The ID of the application. A string of the form "app:&lt;package name&gt;" where the package
    /// name always starts with the prefix "com.google.enterprise.webapp." followed by a random id.
    pub web_app_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WebApp {
    /// Sets `displayMode` (chainable).
    pub fn set_display_mode(
        mut self,
        value: impl Into<crate::schemas::WebAppDisplayMode>,
    ) -> Self {
        self.display_mode = Some(value.into());
        self.unknown_fields.remove("displayMode");
        self
    }

    /// Sends `displayMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_mode` takes it back.
    #[inline]
    pub fn clear_display_mode(mut self) -> Self {
        self.display_mode = None;
        self.unknown_fields.insert("displayMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `icons` (chainable).
    pub fn set_icons(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::WebAppIcon>>,
    ) -> Self {
        self.icons = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("icons");
        self
    }

    /// Sends `icons` as JSON `null`, which clears it on the server (chainable); `set_icons` takes
    /// it back.
    #[inline]
    pub fn clear_icons(mut self) -> Self {
        self.icons = None;
        self.unknown_fields.insert("icons".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isPublished` (chainable).
    pub fn set_is_published(mut self, value: impl Into<bool>) -> Self {
        self.is_published = Some(value.into());
        self.unknown_fields.remove("isPublished");
        self
    }

    /// Sends `isPublished` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_published` takes it back.
    #[inline]
    pub fn clear_is_published(mut self) -> Self {
        self.is_published = None;
        self.unknown_fields.insert("isPublished".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startUrl` (chainable).
    pub fn set_start_url(mut self, value: impl Into<String>) -> Self {
        self.start_url = Some(value.into());
        self.unknown_fields.remove("startUrl");
        self
    }

    /// Sends `startUrl` as JSON `null`, which clears it on the server (chainable); `set_start_url`
    /// takes it back.
    #[inline]
    pub fn clear_start_url(mut self) -> Self {
        self.start_url = None;
        self.unknown_fields.insert("startUrl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `title` (chainable).
    pub fn set_title(mut self, value: impl Into<String>) -> Self {
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

    /// Sets `versionCode` (chainable).
    pub fn set_version_code(mut self, value: impl Into<i64>) -> Self {
        self.version_code = Some(value.into());
        self.unknown_fields.remove("versionCode");
        self
    }

    /// Sends `versionCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_version_code` takes it back.
    #[inline]
    pub fn clear_version_code(mut self) -> Self {
        self.version_code = None;
        self.unknown_fields.insert("versionCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `webAppId` (chainable).
    pub fn set_web_app_id(mut self, value: impl Into<String>) -> Self {
        self.web_app_id = Some(value.into());
        self.unknown_fields.remove("webAppId");
        self
    }

    /// Sends `webAppId` as JSON `null`, which clears it on the server (chainable); `set_web_app_id`
    /// takes it back.
    #[inline]
    pub fn clear_web_app_id(mut self) -> Self {
        self.web_app_id = None;
        self.unknown_fields.insert("webAppId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WebApp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_mode {
            map.serialize_entry("displayMode", value)?;
        }
        if let Some(value) = &self.icons {
            map.serialize_entry("icons", value)?;
        }
        if let Some(value) = &self.is_published {
            map.serialize_entry("isPublished", value)?;
        }
        if let Some(value) = &self.start_url {
            map.serialize_entry("startUrl", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if self.version_code.is_some() {
            map.serialize_entry(
                "versionCode",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.version_code),
            )?;
        }
        if let Some(value) = &self.web_app_id {
            map.serialize_entry("webAppId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WebApp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WebApp {
    const NAME: &'static str = "WebApp";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayMode" => self.display_mode = map.next_value()?,
            "icons" => self.icons = map.next_value()?,
            "isPublished" => self.is_published = map.next_value()?,
            "startUrl" => self.start_url = map.next_value()?,
            "title" => self.title = map.next_value()?,
            "versionCode" => {
                self.version_code = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "webAppId" => self.web_app_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The display mode of the web app. Possible values include: - "minimalUi", the device's status
/// bar, navigation bar, the app's URL, and a refresh button are visible when the app is open.
/// For HTTP URLs, you can only select this option. - "standalone", the device's status bar and
/// navigation bar are visible when the app is open. - "fullScreen", the app opens in full
/// screen mode, hiding the device's status and navigation bars. All browser UI elements, page
/// URL, system status bar and back button are not visible, and the web app takes up the
/// entirety of the available display area.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WebAppDisplayMode {
    /// `displayModeUnspecified` on the wire.
    #[default]
    DisplayModeUnspecified,
    /// Opens the web app with a minimal set of browser UI elements for controlling navigation and
    /// viewing the page URL.
    ///
    /// `minimalUi` on the wire.
    MinimalUi,
    /// Opens the web app to look and feel like a standalone native application. The browser UI
    /// elements and page URL are not visible, however the system status bar and back button are
    /// visible.
    ///
    /// `standalone` on the wire.
    Standalone,
    /// Opens the web app in full screen without any visible controls. The browser UI elements, page
    /// URL, system status bar and back button are not visible, and the web app takes up the
    /// entirety of the available display area.
    ///
    /// `fullScreen` on the wire.
    FullScreen,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for WebAppDisplayMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DisplayModeUnspecified => "displayModeUnspecified",
            Self::MinimalUi => "minimalUi",
            Self::Standalone => "standalone",
            Self::FullScreen => "fullScreen",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "displayModeUnspecified" => Self::DisplayModeUnspecified,
            "minimalUi" => Self::MinimalUi,
            "standalone" => Self::Standalone,
            "fullScreen" => Self::FullScreen,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(WebAppDisplayMode);
