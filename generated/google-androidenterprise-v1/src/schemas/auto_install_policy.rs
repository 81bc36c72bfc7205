use crate::runtime::{impl_open_enum, wire};
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AutoInstallPolicy {
    /// The constraints for auto-installing the app. You can specify a maximum of one constraint.
    #[serde(
        rename = "autoInstallConstraint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_install_constraint: Option<Vec<crate::schemas::AutoInstallConstraint>>,
    /// The auto-install mode. If unset, defaults to "doNotAutoInstall". An app is automatically
    /// installed regardless of a set maintenance window.
    #[serde(
        rename = "autoInstallMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_install_mode: Option<crate::schemas::AutoInstallPolicyAutoInstallMode>,
    /// The priority of the install, as an unsigned integer. A lower number means higher priority.
    #[serde(
        rename = "autoInstallPriority",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_install_priority: Option<i32>,
    /// The minimum version of the app. If a lower version of the app is installed, then the app
    /// will be auto-updated according to the auto-install constraints, instead of waiting for the
    /// regular auto-update. You can set a minimum version code for at most 20 apps per device.
    #[serde(
        rename = "minimumVersionCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_version_code: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
