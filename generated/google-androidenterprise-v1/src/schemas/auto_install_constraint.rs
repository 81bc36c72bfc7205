use crate::runtime::{impl_open_enum, wire};

/// The auto-install constraint. Defines a set of restrictions for installation. At least one of
/// the fields must be set.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AutoInstallConstraint {
    /// Charging state constraint.
    pub charging_state_constraint: Option<
        crate::schemas::AutoInstallConstraintChargingStateConstraint,
    >,
    /// Device idle state constraint.
    pub device_idle_state_constraint: Option<
        crate::schemas::AutoInstallConstraintDeviceIdleStateConstraint,
    >,
    /// Network type constraint.
    pub network_type_constraint: Option<
        crate::schemas::AutoInstallConstraintNetworkTypeConstraint,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AutoInstallConstraint {
    /// Sets `chargingStateConstraint` (chainable).
    pub fn set_charging_state_constraint(
        mut self,
        value: impl Into<crate::schemas::AutoInstallConstraintChargingStateConstraint>,
    ) -> Self {
        self.charging_state_constraint = Some(value.into());
        self.unknown_fields.remove("chargingStateConstraint");
        self
    }

    /// Sends `chargingStateConstraint` as JSON `null`, which clears it on the server (chainable);
    /// `set_charging_state_constraint` takes it back.
    #[inline]
    pub fn clear_charging_state_constraint(mut self) -> Self {
        self.charging_state_constraint = None;
        self.unknown_fields
            .insert("chargingStateConstraint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceIdleStateConstraint` (chainable).
    pub fn set_device_idle_state_constraint(
        mut self,
        value: impl Into<crate::schemas::AutoInstallConstraintDeviceIdleStateConstraint>,
    ) -> Self {
        self.device_idle_state_constraint = Some(value.into());
        self.unknown_fields.remove("deviceIdleStateConstraint");
        self
    }

    /// Sends `deviceIdleStateConstraint` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_idle_state_constraint` takes it back.
    #[inline]
    pub fn clear_device_idle_state_constraint(mut self) -> Self {
        self.device_idle_state_constraint = None;
        self.unknown_fields
            .insert("deviceIdleStateConstraint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `networkTypeConstraint` (chainable).
    pub fn set_network_type_constraint(
        mut self,
        value: impl Into<crate::schemas::AutoInstallConstraintNetworkTypeConstraint>,
    ) -> Self {
        self.network_type_constraint = Some(value.into());
        self.unknown_fields.remove("networkTypeConstraint");
        self
    }

    /// Sends `networkTypeConstraint` as JSON `null`, which clears it on the server (chainable);
    /// `set_network_type_constraint` takes it back.
    #[inline]
    pub fn clear_network_type_constraint(mut self) -> Self {
        self.network_type_constraint = None;
        self.unknown_fields
            .insert("networkTypeConstraint".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AutoInstallConstraint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.charging_state_constraint {
            map.serialize_entry("chargingStateConstraint", value)?;
        }
        if let Some(value) = &self.device_idle_state_constraint {
            map.serialize_entry("deviceIdleStateConstraint", value)?;
        }
        if let Some(value) = &self.network_type_constraint {
            map.serialize_entry("networkTypeConstraint", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoInstallConstraint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AutoInstallConstraint {
    const NAME: &'static str = "AutoInstallConstraint";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "chargingStateConstraint" => {
                self.charging_state_constraint = map.next_value()?;
            }
            "deviceIdleStateConstraint" => {
                self.device_idle_state_constraint = map.next_value()?;
            }
            "networkTypeConstraint" => self.network_type_constraint = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Charging state constraint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AutoInstallConstraintChargingStateConstraint {
    /// `chargingStateConstraintUnspecified` on the wire.
    #[default]
    ChargingStateConstraintUnspecified,
    /// Device doesn't have to be charging.
    ///
    /// `chargingNotRequired` on the wire.
    ChargingNotRequired,
    /// Device has to be charging.
    ///
    /// `chargingRequired` on the wire.
    ChargingRequired,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AutoInstallConstraintChargingStateConstraint {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ChargingStateConstraintUnspecified => {
                "chargingStateConstraintUnspecified"
            }
            Self::ChargingNotRequired => "chargingNotRequired",
            Self::ChargingRequired => "chargingRequired",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "chargingStateConstraintUnspecified" => {
                Self::ChargingStateConstraintUnspecified
            }
            "chargingNotRequired" => Self::ChargingNotRequired,
            "chargingRequired" => Self::ChargingRequired,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AutoInstallConstraintChargingStateConstraint);

/// Device idle state constraint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AutoInstallConstraintDeviceIdleStateConstraint {
    /// `deviceIdleStateConstraintUnspecified` on the wire.
    #[default]
    DeviceIdleStateConstraintUnspecified,
    /// Device doesn't have to be idle, app can be installed while the user is interacting with the
    /// device.
    ///
    /// `deviceIdleNotRequired` on the wire.
    DeviceIdleNotRequired,
    /// Device has to be idle.
    ///
    /// `deviceIdleRequired` on the wire.
    DeviceIdleRequired,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AutoInstallConstraintDeviceIdleStateConstraint {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceIdleStateConstraintUnspecified => {
                "deviceIdleStateConstraintUnspecified"
            }
            Self::DeviceIdleNotRequired => "deviceIdleNotRequired",
            Self::DeviceIdleRequired => "deviceIdleRequired",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "deviceIdleStateConstraintUnspecified" => {
                Self::DeviceIdleStateConstraintUnspecified
            }
            "deviceIdleNotRequired" => Self::DeviceIdleNotRequired,
            "deviceIdleRequired" => Self::DeviceIdleRequired,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AutoInstallConstraintDeviceIdleStateConstraint);

/// Network type constraint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AutoInstallConstraintNetworkTypeConstraint {
    /// `networkTypeConstraintUnspecified` on the wire.
    #[default]
    NetworkTypeConstraintUnspecified,
    /// Any active networks (Wi-Fi, cellular, etc.).
    ///
    /// `anyNetwork` on the wire.
    AnyNetwork,
    /// Any unmetered network (e.g. Wi-FI).
    ///
    /// `unmeteredNetwork` on the wire.
    UnmeteredNetwork,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AutoInstallConstraintNetworkTypeConstraint {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NetworkTypeConstraintUnspecified => "networkTypeConstraintUnspecified",
            Self::AnyNetwork => "anyNetwork",
            Self::UnmeteredNetwork => "unmeteredNetwork",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "networkTypeConstraintUnspecified" => Self::NetworkTypeConstraintUnspecified,
            "anyNetwork" => Self::AnyNetwork,
            "unmeteredNetwork" => Self::UnmeteredNetwork,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AutoInstallConstraintNetworkTypeConstraint);
