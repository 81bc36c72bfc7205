use crate::runtime::{impl_open_enum, wire};
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AutoInstallPolicy {
    /// The constraints for auto-installing the app. You can specify a maximum of one constraint.
    pub auto_install_constraint: Option<Vec<crate::schemas::AutoInstallConstraint>>,
    /// The auto-install mode. If unset, defaults to "doNotAutoInstall". An app is automatically
    /// installed regardless of a set maintenance window.
    pub auto_install_mode: Option<crate::schemas::AutoInstallPolicyAutoInstallMode>,
    /// The priority of the install, as an unsigned integer. A lower number means higher priority.
    pub auto_install_priority: Option<i32>,
    /// The minimum version of the app. If a lower version of the app is installed, then the app
    /// will be auto-updated according to the auto-install constraints, instead of waiting for the
    /// regular auto-update. You can set a minimum version code for at most 20 apps per device.
    pub minimum_version_code: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AutoInstallPolicy {
    /// Sets `autoInstallConstraint` (chainable).
    pub fn set_auto_install_constraint(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::AutoInstallConstraint>>,
    ) -> Self {
        self.auto_install_constraint = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("autoInstallConstraint");
        self
    }

    /// Sends `autoInstallConstraint` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_install_constraint` takes it back.
    #[inline]
    pub fn clear_auto_install_constraint(mut self) -> Self {
        self.auto_install_constraint = None;
        self.unknown_fields
            .insert("autoInstallConstraint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autoInstallMode` (chainable).
    pub fn set_auto_install_mode(
        mut self,
        value: impl Into<crate::schemas::AutoInstallPolicyAutoInstallMode>,
    ) -> Self {
        self.auto_install_mode = Some(value.into());
        self.unknown_fields.remove("autoInstallMode");
        self
    }

    /// Sends `autoInstallMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_install_mode` takes it back.
    #[inline]
    pub fn clear_auto_install_mode(mut self) -> Self {
        self.auto_install_mode = None;
        self.unknown_fields
            .insert("autoInstallMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `autoInstallPriority` (chainable).
    pub fn set_auto_install_priority(mut self, value: impl Into<i32>) -> Self {
        self.auto_install_priority = Some(value.into());
        self.unknown_fields.remove("autoInstallPriority");
        self
    }

    /// Sends `autoInstallPriority` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_install_priority` takes it back.
    #[inline]
    pub fn clear_auto_install_priority(mut self) -> Self {
        self.auto_install_priority = None;
        self.unknown_fields
            .insert("autoInstallPriority".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `minimumVersionCode` (chainable).
    pub fn set_minimum_version_code(mut self, value: impl Into<i32>) -> Self {
        self.minimum_version_code = Some(value.into());
        self.unknown_fields.remove("minimumVersionCode");
        self
    }

    /// Sends `minimumVersionCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_minimum_version_code` takes it back.
    #[inline]
    pub fn clear_minimum_version_code(mut self) -> Self {
        self.minimum_version_code = None;
        self.unknown_fields
            .insert("minimumVersionCode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AutoInstallPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.auto_install_constraint {
            map.serialize_entry("autoInstallConstraint", value)?;
        }
        if let Some(value) = &self.auto_install_mode {
            map.serialize_entry("autoInstallMode", value)?;
        }
        if let Some(value) = &self.auto_install_priority {
            map.serialize_entry("autoInstallPriority", value)?;
        }
        if let Some(value) = &self.minimum_version_code {
            map.serialize_entry("minimumVersionCode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoInstallPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AutoInstallPolicy {
    const NAME: &'static str = "AutoInstallPolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "autoInstallConstraint" => self.auto_install_constraint = map.next_value()?,
            "autoInstallMode" => self.auto_install_mode = map.next_value()?,
            "autoInstallPriority" => self.auto_install_priority = map.next_value()?,
            "minimumVersionCode" => self.minimum_version_code = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The auto-install mode. If unset, defaults to "doNotAutoInstall". An app is automatically
/// installed regardless of a set maintenance window.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AutoInstallPolicyAutoInstallMode {
    /// `autoInstallModeUnspecified` on the wire.
    #[default]
    AutoInstallModeUnspecified,
    /// The product is not installed automatically, the user needs to install it from the Play
    /// Store.
    ///
    /// `doNotAutoInstall` on the wire.
    DoNotAutoInstall,
    /// The product is automatically installed once, if the user uninstalls the product it will not
    /// be installed again.
    ///
    /// `autoInstallOnce` on the wire.
    AutoInstallOnce,
    /// The product is automatically installed, if the user uninstalls the product it will be
    /// installed again. On managed devices the DPC should block uninstall.
    ///
    /// `forceAutoInstall` on the wire.
    ForceAutoInstall,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AutoInstallPolicyAutoInstallMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AutoInstallModeUnspecified => "autoInstallModeUnspecified",
            Self::DoNotAutoInstall => "doNotAutoInstall",
            Self::AutoInstallOnce => "autoInstallOnce",
            Self::ForceAutoInstall => "forceAutoInstall",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "autoInstallModeUnspecified" => Self::AutoInstallModeUnspecified,
            "doNotAutoInstall" => Self::DoNotAutoInstall,
            "autoInstallOnce" => Self::AutoInstallOnce,
            "forceAutoInstall" => Self::ForceAutoInstall,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AutoInstallPolicyAutoInstallMode);
