use crate::runtime::{impl_open_enum, wire};

/// The policy for a product.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductPolicy {
    /// The auto-install policy for the product.
    pub auto_install_policy: Option<crate::schemas::AutoInstallPolicy>,
    /// The auto-update mode for the product. When autoUpdateMode is used, it always takes
    /// precedence over the user's choice. So when a user makes changes to the device settings
    /// manually, these changes are ignored.
    pub auto_update_mode: Option<crate::schemas::ProductPolicyAutoUpdateMode>,
    /// An authentication URL configuration for the authenticator app of an identity provider. This
    /// helps to launch the identity provider's authenticator app during the authentication
    /// happening in a private app using Android WebView. Authenticator app should already be the
    /// default handler for the authentication url on the device.
    pub enterprise_authentication_app_link_configs: Option<
        Vec<crate::schemas::EnterpriseAuthenticationAppLinkConfig>,
    >,
    /// The managed configuration for the product.
    pub managed_configuration: Option<crate::schemas::ManagedConfiguration>,
    /// The ID of the product. For example, "app:com.google.android.gm".
    pub product_id: Option<String>,
    /// Grants the device visibility to the specified product release track(s), identified by
    /// trackIds. The list of release tracks of a product can be obtained by calling Products.Get.
    pub track_ids: Option<Vec<String>>,
    /// Deprecated. Use trackIds instead.
    pub tracks: Option<Vec<crate::schemas::ProductPolicyTracks>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductPolicy {
    /// Sets `autoInstallPolicy` (chainable).
    pub fn set_auto_install_policy(
        mut self,
        value: impl Into<crate::schemas::AutoInstallPolicy>,
    ) -> Self {
        self.auto_install_policy = Some(value.into());
        self.unknown_fields.remove("autoInstallPolicy");
        self
    }

    /// Sends `autoInstallPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_install_policy` takes it back.
    #[inline]
    pub fn clear_auto_install_policy(mut self) -> Self {
        self.auto_install_policy = None;
        self.unknown_fields
            .insert("autoInstallPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autoUpdateMode` (chainable).
    pub fn set_auto_update_mode(
        mut self,
        value: impl Into<crate::schemas::ProductPolicyAutoUpdateMode>,
    ) -> Self {
        self.auto_update_mode = Some(value.into());
        self.unknown_fields.remove("autoUpdateMode");
        self
    }

    /// Sends `autoUpdateMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_update_mode` takes it back.
    #[inline]
    pub fn clear_auto_update_mode(mut self) -> Self {
        self.auto_update_mode = None;
        self.unknown_fields.insert("autoUpdateMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enterpriseAuthenticationAppLinkConfigs` (chainable).
    pub fn set_enterprise_authentication_app_link_configs(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::EnterpriseAuthenticationAppLinkConfig>,
        >,
    ) -> Self {
        self.enterprise_authentication_app_link_configs = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("enterpriseAuthenticationAppLinkConfigs");
        self
    }

    /// Sends `enterpriseAuthenticationAppLinkConfigs` as JSON `null`, which clears it on the server
    /// (chainable); `set_enterprise_authentication_app_link_configs` takes it back.
    #[inline]
    pub fn clear_enterprise_authentication_app_link_configs(mut self) -> Self {
        self.enterprise_authentication_app_link_configs = None;
        self.unknown_fields
            .insert(
                "enterpriseAuthenticationAppLinkConfigs".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `managedConfiguration` (chainable).
    pub fn set_managed_configuration(
        mut self,
        value: impl Into<crate::schemas::ManagedConfiguration>,
    ) -> Self {
        self.managed_configuration = Some(value.into());
        self.unknown_fields.remove("managedConfiguration");
        self
    }

    /// Sends `managedConfiguration` as JSON `null`, which clears it on the server (chainable);
    /// `set_managed_configuration` takes it back.
    #[inline]
    pub fn clear_managed_configuration(mut self) -> Self {
        self.managed_configuration = None;
        self.unknown_fields
            .insert("managedConfiguration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productId` (chainable).
    pub fn set_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self.unknown_fields.remove("productId");
        self
    }

    /// Sends `productId` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_id` takes it back.
    #[inline]
    pub fn clear_product_id(mut self) -> Self {
        self.product_id = None;
        self.unknown_fields.insert("productId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `trackIds` (chainable).
    pub fn set_track_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.track_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("trackIds");
        self
    }

    /// Sends `trackIds` as JSON `null`, which clears it on the server (chainable); `set_track_ids`
    /// takes it back.
    #[inline]
    pub fn clear_track_ids(mut self) -> Self {
        self.track_ids = None;
        self.unknown_fields.insert("trackIds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `tracks` (chainable).
    pub fn set_tracks(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ProductPolicyTracks>>,
    ) -> Self {
        self.tracks = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("tracks");
        self
    }

    /// Sends `tracks` as JSON `null`, which clears it on the server (chainable); `set_tracks` takes
    /// it back.
    #[inline]
    pub fn clear_tracks(mut self) -> Self {
        self.tracks = None;
        self.unknown_fields.insert("tracks".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ProductPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.auto_install_policy {
            map.serialize_entry("autoInstallPolicy", value)?;
        }
        if let Some(value) = &self.auto_update_mode {
            map.serialize_entry("autoUpdateMode", value)?;
        }
        if let Some(value) = &self.enterprise_authentication_app_link_configs {
            map.serialize_entry("enterpriseAuthenticationAppLinkConfigs", value)?;
        }
        if let Some(value) = &self.managed_configuration {
            map.serialize_entry("managedConfiguration", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        if let Some(value) = &self.track_ids {
            map.serialize_entry("trackIds", value)?;
        }
        if let Some(value) = &self.tracks {
            map.serialize_entry("tracks", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductPolicy {
    const NAME: &'static str = "ProductPolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "autoInstallPolicy" => self.auto_install_policy = map.next_value()?,
            "autoUpdateMode" => self.auto_update_mode = map.next_value()?,
            "enterpriseAuthenticationAppLinkConfigs" => {
                self.enterprise_authentication_app_link_configs = map.next_value()?;
            }
            "managedConfiguration" => self.managed_configuration = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            "trackIds" => self.track_ids = map.next_value()?,
            "tracks" => self.tracks = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The auto-update mode for the product. When autoUpdateMode is used, it always takes
/// precedence over the user's choice. So when a user makes changes to the device settings
/// manually, these changes are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductPolicyAutoUpdateMode {
    /// Unspecified. Defaults to AUTO_UPDATE_DEFAULT.
    ///
    /// `autoUpdateModeUnspecified` on the wire.
    #[default]
    AutoUpdateModeUnspecified,
    /// The app is automatically updated with low priority to minimize the impact on the user. The
    /// app is updated when the following constraints are met: * The device is not actively used *
    /// The device is connected to an unmetered network * The device is charging The device is
    /// notified about a new update within 24 hours after it is published by the developer, after
    /// which the app is updated the next time the constraints above are met.
    ///
    /// `autoUpdateDefault` on the wire.
    AutoUpdateDefault,
    /// The app is not automatically updated for a maximum of 90 days after the app becomes out of
    /// date. 90 days after the app becomes out of date, the latest available version is installed
    /// automatically with low priority (see AUTO_UPDATE_DEFAULT). After the app is updated it is
    /// not automatically updated again until 90 days after it becomes out of date again. The user
    /// can still manually update the app from the Play Store at any time.
    ///
    /// `autoUpdatePostponed` on the wire.
    AutoUpdatePostponed,
    /// The app is updated as soon as possible. No constraints are applied. The device is notified
    /// as soon as possible about a new app update after it is published by the developer.
    ///
    /// `autoUpdateHighPriority` on the wire.
    AutoUpdateHighPriority,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductPolicyAutoUpdateMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AutoUpdateModeUnspecified => "autoUpdateModeUnspecified",
            Self::AutoUpdateDefault => "autoUpdateDefault",
            Self::AutoUpdatePostponed => "autoUpdatePostponed",
            Self::AutoUpdateHighPriority => "autoUpdateHighPriority",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "autoUpdateModeUnspecified" => Self::AutoUpdateModeUnspecified,
            "autoUpdateDefault" => Self::AutoUpdateDefault,
            "autoUpdatePostponed" => Self::AutoUpdatePostponed,
            "autoUpdateHighPriority" => Self::AutoUpdateHighPriority,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductPolicyAutoUpdateMode);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductPolicyTracks {
    /// `appTrackUnspecified` on the wire.
    #[default]
    AppTrackUnspecified,
    /// `production` on the wire.
    Production,
    /// `beta` on the wire.
    Beta,
    /// `alpha` on the wire.
    Alpha,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductPolicyTracks {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppTrackUnspecified => "appTrackUnspecified",
            Self::Production => "production",
            Self::Beta => "beta",
            Self::Alpha => "alpha",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "appTrackUnspecified" => Self::AppTrackUnspecified,
            "production" => Self::Production,
            "beta" => Self::Beta,
            "alpha" => Self::Alpha,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductPolicyTracks);
