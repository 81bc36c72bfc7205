use crate::runtime::{impl_open_enum, wire};

/// The existence of an Installs resource indicates that an app is installed on a particular
/// device (or that an install is pending). The API can be used to create an install resource
/// using the update method. This triggers the actual install of the app on the device. If the
/// user does not already have an entitlement for the app, then an attempt is made to create
/// one. If this fails (for example, because the app is not free and there is no available
/// license), then the creation of the install fails. The API can also be used to update an
/// installed app. If the update method is used on an existing install, then the app will be
/// updated to the latest available version. Note that it is not possible to force the
/// installation of a specific version of an app: the version code is read-only. If a user
/// installs an app themselves (as permitted by the enterprise), then again an install resource
/// and possibly an entitlement resource are automatically created. The API can also be used to
/// delete an install resource, which triggers the removal of the app from the device. Note that
/// deleting an install does not automatically remove the corresponding entitlement, even if
/// there are no remaining installs. The install resource will also be deleted if the user
/// uninstalls the app themselves.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Install {
    /// Install state. The state "installPending" means that an install request has recently been
    /// made and download to the device is in progress. The state "installed" means that the app has
    /// been installed. This field is read-only.
    pub install_state: Option<crate::schemas::InstallInstallState>,
    /// The ID of the product that the install is for. For example, "app:com.google.android.gm".
    pub product_id: Option<String>,
    /// The version of the installed product. Guaranteed to be set only if the install state is
    /// "installed".
    pub version_code: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Install {
    /// Sets `installState` (chainable).
    pub fn set_install_state(
        mut self,
        value: impl Into<crate::schemas::InstallInstallState>,
    ) -> Self {
        self.install_state = Some(value.into());
        self.unknown_fields.remove("installState");
        self
    }

    /// Sends `installState` as JSON `null`, which clears it on the server (chainable);
    /// `set_install_state` takes it back.
    #[inline]
    pub fn clear_install_state(mut self) -> Self {
        self.install_state = None;
        self.unknown_fields.insert("installState".to_owned(), serde_json::Value::Null);
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

    /// Sets `versionCode` (chainable).
    pub fn set_version_code(mut self, value: impl Into<i32>) -> Self {
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
}

impl serde::Serialize for Install {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.install_state {
            map.serialize_entry("installState", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        if let Some(value) = &self.version_code {
            map.serialize_entry("versionCode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Install {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Install {
    const NAME: &'static str = "Install";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "installState" => self.install_state = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            "versionCode" => self.version_code = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Install state. The state "installPending" means that an install request has recently been
/// made and download to the device is in progress. The state "installed" means that the app has
/// been installed. This field is read-only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InstallInstallState {
    /// `installed` on the wire.
    #[default]
    Installed,
    /// `installPending` on the wire.
    InstallPending,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for InstallInstallState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Installed => "installed",
            Self::InstallPending => "installPending",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "installed" => Self::Installed,
            "installPending" => Self::InstallPending,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(InstallInstallState);
