use crate::runtime::{impl_open_enum, wire};

/// Policies for apps in the personal profile of a company-owned device with a work profile.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PersonalApplicationPolicy {
    /// The type of installation to perform.
    pub install_type: Option<crate::schemas::PersonalApplicationPolicyInstallType>,
    /// The package name of the application.
    pub package_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PersonalApplicationPolicy {
    /// Sets `installType` (chainable).
    pub fn set_install_type(
        mut self,
        value: impl Into<crate::schemas::PersonalApplicationPolicyInstallType>,
    ) -> Self {
        self.install_type = Some(value.into());
        self.unknown_fields.remove("installType");
        self
    }

    /// Sends `installType` as JSON `null`, which clears it on the server (chainable);
    /// `set_install_type` takes it back.
    #[inline]
    pub fn clear_install_type(mut self) -> Self {
        self.install_type = None;
        self.unknown_fields.insert("installType".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for PersonalApplicationPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.install_type {
            map.serialize_entry("installType", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PersonalApplicationPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PersonalApplicationPolicy {
    const NAME: &'static str = "PersonalApplicationPolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "installType" => self.install_type = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of installation to perform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PersonalApplicationPolicyInstallType {
    /// Unspecified. Defaults to AVAILABLE.
    ///
    /// `INSTALL_TYPE_UNSPECIFIED` on the wire.
    #[default]
    InstallTypeUnspecified,
    /// The app is blocked and can't be installed in the personal profile. If the app was previously
    /// installed in the device, it will be uninstalled.
    ///
    /// `BLOCKED` on the wire.
    Blocked,
    /// The app is available to install in the personal profile.
    ///
    /// `AVAILABLE` on the wire.
    Available,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PersonalApplicationPolicyInstallType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::InstallTypeUnspecified => "INSTALL_TYPE_UNSPECIFIED",
            Self::Blocked => "BLOCKED",
            Self::Available => "AVAILABLE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "INSTALL_TYPE_UNSPECIFIED" => Self::InstallTypeUnspecified,
            "BLOCKED" => Self::Blocked,
            "AVAILABLE" => Self::Available,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PersonalApplicationPolicyInstallType);
