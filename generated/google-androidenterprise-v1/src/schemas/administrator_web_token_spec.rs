use crate::runtime::{impl_open_enum, wire};

/// Specification for a token used to generate iframes. The token specifies what data the admin
/// is allowed to modify and the URI the iframe is allowed to communiate with.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AdministratorWebTokenSpec {
    /// Options for displaying the Managed Configuration page.
    pub managed_configurations: Option<
        crate::schemas::AdministratorWebTokenSpecManagedConfigurations,
    >,
    /// The URI of the parent frame hosting the iframe. To prevent XSS, the iframe may not be hosted
    /// at other URIs. This URI must be https. Use whitespaces to separate multiple parent URIs.
    pub parent: Option<String>,
    /// Deprecated. Use PlaySearch.approveApps.
    pub permission: Option<Vec<crate::schemas::AdministratorWebTokenSpecPermission>>,
    /// Options for displaying the managed Play Search apps page.
    pub play_search: Option<crate::schemas::AdministratorWebTokenSpecPlaySearch>,
    /// Options for displaying the Private Apps page.
    pub private_apps: Option<crate::schemas::AdministratorWebTokenSpecPrivateApps>,
    /// Options for displaying the Organize apps page.
    pub store_builder: Option<crate::schemas::AdministratorWebTokenSpecStoreBuilder>,
    /// Options for displaying the Web Apps page.
    pub web_apps: Option<crate::schemas::AdministratorWebTokenSpecWebApps>,
    /// Options for displaying the Zero Touch page.
    pub zero_touch: Option<crate::schemas::AdministratorWebTokenSpecZeroTouch>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AdministratorWebTokenSpec {
    /// Sets `managedConfigurations` (chainable).
    pub fn set_managed_configurations(
        mut self,
        value: impl Into<crate::schemas::AdministratorWebTokenSpecManagedConfigurations>,
    ) -> Self {
        self.managed_configurations = Some(value.into());
        self.unknown_fields.remove("managedConfigurations");
        self
    }

    /// Sends `managedConfigurations` as JSON `null`, which clears it on the server (chainable);
    /// `set_managed_configurations` takes it back.
    #[inline]
    pub fn clear_managed_configurations(mut self) -> Self {
        self.managed_configurations = None;
        self.unknown_fields
            .insert("managedConfigurations".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `parent` (chainable).
    pub fn set_parent(mut self, value: impl Into<String>) -> Self {
        self.parent = Some(value.into());
        self.unknown_fields.remove("parent");
        self
    }

    /// Sends `parent` as JSON `null`, which clears it on the server (chainable); `set_parent` takes
    /// it back.
    #[inline]
    pub fn clear_parent(mut self) -> Self {
        self.parent = None;
        self.unknown_fields.insert("parent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `permission` (chainable).
    pub fn set_permission(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::AdministratorWebTokenSpecPermission>,
        >,
    ) -> Self {
        self.permission = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("permission");
        self
    }

    /// Sends `permission` as JSON `null`, which clears it on the server (chainable);
    /// `set_permission` takes it back.
    #[inline]
    pub fn clear_permission(mut self) -> Self {
        self.permission = None;
        self.unknown_fields.insert("permission".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `playSearch` (chainable).
    pub fn set_play_search(
        mut self,
        value: impl Into<crate::schemas::AdministratorWebTokenSpecPlaySearch>,
    ) -> Self {
        self.play_search = Some(value.into());
        self.unknown_fields.remove("playSearch");
        self
    }

    /// Sends `playSearch` as JSON `null`, which clears it on the server (chainable);
    /// `set_play_search` takes it back.
    #[inline]
    pub fn clear_play_search(mut self) -> Self {
        self.play_search = None;
        self.unknown_fields.insert("playSearch".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `privateApps` (chainable).
    pub fn set_private_apps(
        mut self,
        value: impl Into<crate::schemas::AdministratorWebTokenSpecPrivateApps>,
    ) -> Self {
        self.private_apps = Some(value.into());
        self.unknown_fields.remove("privateApps");
        self
    }

    /// Sends `privateApps` as JSON `null`, which clears it on the server (chainable);
    /// `set_private_apps` takes it back.
    #[inline]
    pub fn clear_private_apps(mut self) -> Self {
        self.private_apps = None;
        self.unknown_fields.insert("privateApps".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `storeBuilder` (chainable).
    pub fn set_store_builder(
        mut self,
        value: impl Into<crate::schemas::AdministratorWebTokenSpecStoreBuilder>,
    ) -> Self {
        self.store_builder = Some(value.into());
        self.unknown_fields.remove("storeBuilder");
        self
    }

    /// Sends `storeBuilder` as JSON `null`, which clears it on the server (chainable);
    /// `set_store_builder` takes it back.
    #[inline]
    pub fn clear_store_builder(mut self) -> Self {
        self.store_builder = None;
        self.unknown_fields.insert("storeBuilder".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `webApps` (chainable).
    pub fn set_web_apps(
        mut self,
        value: impl Into<crate::schemas::AdministratorWebTokenSpecWebApps>,
    ) -> Self {
        self.web_apps = Some(value.into());
        self.unknown_fields.remove("webApps");
        self
    }

    /// Sends `webApps` as JSON `null`, which clears it on the server (chainable); `set_web_apps`
    /// takes it back.
    #[inline]
    pub fn clear_web_apps(mut self) -> Self {
        self.web_apps = None;
        self.unknown_fields.insert("webApps".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `zeroTouch` (chainable).
    pub fn set_zero_touch(
        mut self,
        value: impl Into<crate::schemas::AdministratorWebTokenSpecZeroTouch>,
    ) -> Self {
        self.zero_touch = Some(value.into());
        self.unknown_fields.remove("zeroTouch");
        self
    }

    /// Sends `zeroTouch` as JSON `null`, which clears it on the server (chainable);
    /// `set_zero_touch` takes it back.
    #[inline]
    pub fn clear_zero_touch(mut self) -> Self {
        self.zero_touch = None;
        self.unknown_fields.insert("zeroTouch".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AdministratorWebTokenSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.managed_configurations {
            map.serialize_entry("managedConfigurations", value)?;
        }
        if let Some(value) = &self.parent {
            map.serialize_entry("parent", value)?;
        }
        if let Some(value) = &self.permission {
            map.serialize_entry("permission", value)?;
        }
        if let Some(value) = &self.play_search {
            map.serialize_entry("playSearch", value)?;
        }
        if let Some(value) = &self.private_apps {
            map.serialize_entry("privateApps", value)?;
        }
        if let Some(value) = &self.store_builder {
            map.serialize_entry("storeBuilder", value)?;
        }
        if let Some(value) = &self.web_apps {
            map.serialize_entry("webApps", value)?;
        }
        if let Some(value) = &self.zero_touch {
            map.serialize_entry("zeroTouch", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdministratorWebTokenSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AdministratorWebTokenSpec {
    const NAME: &'static str = "AdministratorWebTokenSpec";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "managedConfigurations" => self.managed_configurations = map.next_value()?,
            "parent" => self.parent = map.next_value()?,
            "permission" => self.permission = map.next_value()?,
            "playSearch" => self.play_search = map.next_value()?,
            "privateApps" => self.private_apps = map.next_value()?,
            "storeBuilder" => self.store_builder = map.next_value()?,
            "webApps" => self.web_apps = map.next_value()?,
            "zeroTouch" => self.zero_touch = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AdministratorWebTokenSpecPermission {
    /// Unknown permission.
    ///
    /// `unknown` on the wire.
    #[default]
    Unknown,
    /// Permission to approve and unapprove apps.
    ///
    /// `approveApps` on the wire.
    ApproveApps,
    /// Permission to manage app restrictions.
    ///
    /// `manageMcm` on the wire.
    ManageMcm,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AdministratorWebTokenSpecPermission {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::ApproveApps => "approveApps",
            Self::ManageMcm => "manageMcm",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "approveApps" => Self::ApproveApps,
            "manageMcm" => Self::ManageMcm,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AdministratorWebTokenSpecPermission);
