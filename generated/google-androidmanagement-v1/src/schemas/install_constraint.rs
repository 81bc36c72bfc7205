use crate::runtime::{impl_open_enum, wire};

/// Amongst apps with InstallType set to: FORCE_INSTALLED PREINSTALLEDthis defines a set of
/// restrictions for the app installation. At least one of the fields must be set. When multiple
/// fields are set, then all the constraints need to be satisfied for the app to be installed.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct InstallConstraint {
    /// Optional. Charging constraint.
    pub charging_constraint: Option<crate::schemas::InstallConstraintChargingConstraint>,
    /// Optional. Device idle constraint.
    pub device_idle_constraint: Option<
        crate::schemas::InstallConstraintDeviceIdleConstraint,
    >,
    /// Optional. Network type constraint.
    pub network_type_constraint: Option<
        crate::schemas::InstallConstraintNetworkTypeConstraint,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl InstallConstraint {
    /// Sets `chargingConstraint` (chainable).
    pub fn set_charging_constraint(
        mut self,
        value: impl Into<crate::schemas::InstallConstraintChargingConstraint>,
    ) -> Self {
        self.charging_constraint = Some(value.into());
        self.unknown_fields.remove("chargingConstraint");
        self
    }

    /// Sends `chargingConstraint` as JSON `null`, which clears it on the server (chainable);
    /// `set_charging_constraint` takes it back.
    #[inline]
    pub fn clear_charging_constraint(mut self) -> Self {
        self.charging_constraint = None;
        self.unknown_fields
            .insert("chargingConstraint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceIdleConstraint` (chainable).
    pub fn set_device_idle_constraint(
        mut self,
        value: impl Into<crate::schemas::InstallConstraintDeviceIdleConstraint>,
    ) -> Self {
        self.device_idle_constraint = Some(value.into());
        self.unknown_fields.remove("deviceIdleConstraint");
        self
    }

    /// Sends `deviceIdleConstraint` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_idle_constraint` takes it back.
    #[inline]
    pub fn clear_device_idle_constraint(mut self) -> Self {
        self.device_idle_constraint = None;
        self.unknown_fields
            .insert("deviceIdleConstraint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `networkTypeConstraint` (chainable).
    pub fn set_network_type_constraint(
        mut self,
        value: impl Into<crate::schemas::InstallConstraintNetworkTypeConstraint>,
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

impl serde::Serialize for InstallConstraint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.charging_constraint {
            map.serialize_entry("chargingConstraint", value)?;
        }
        if let Some(value) = &self.device_idle_constraint {
            map.serialize_entry("deviceIdleConstraint", value)?;
        }
        if let Some(value) = &self.network_type_constraint {
            map.serialize_entry("networkTypeConstraint", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstallConstraint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for InstallConstraint {
    const NAME: &'static str = "InstallConstraint";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "chargingConstraint" => self.charging_constraint = map.next_value()?,
            "deviceIdleConstraint" => self.device_idle_constraint = map.next_value()?,
            "networkTypeConstraint" => self.network_type_constraint = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Charging constraint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InstallConstraintChargingConstraint {
    /// Unspecified. Default to CHARGING_NOT_REQUIRED.
    ///
    /// `CHARGING_CONSTRAINT_UNSPECIFIED` on the wire.
    #[default]
    ChargingConstraintUnspecified,
    /// Device doesn't have to be charging.
    ///
    /// `CHARGING_NOT_REQUIRED` on the wire.
    ChargingNotRequired,
    /// Device has to be charging.
    ///
    /// `INSTALL_ONLY_WHEN_CHARGING` on the wire.
    InstallOnlyWhenCharging,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for InstallConstraintChargingConstraint {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ChargingConstraintUnspecified => "CHARGING_CONSTRAINT_UNSPECIFIED",
            Self::ChargingNotRequired => "CHARGING_NOT_REQUIRED",
            Self::InstallOnlyWhenCharging => "INSTALL_ONLY_WHEN_CHARGING",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CHARGING_CONSTRAINT_UNSPECIFIED" => Self::ChargingConstraintUnspecified,
            "CHARGING_NOT_REQUIRED" => Self::ChargingNotRequired,
            "INSTALL_ONLY_WHEN_CHARGING" => Self::InstallOnlyWhenCharging,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(InstallConstraintChargingConstraint);

/// Optional. Device idle constraint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InstallConstraintDeviceIdleConstraint {
    /// Unspecified. Default to DEVICE_IDLE_NOT_REQUIRED.
    ///
    /// `DEVICE_IDLE_CONSTRAINT_UNSPECIFIED` on the wire.
    #[default]
    DeviceIdleConstraintUnspecified,
    /// Device doesn't have to be idle, app can be installed while the user is interacting with the
    /// device.
    ///
    /// `DEVICE_IDLE_NOT_REQUIRED` on the wire.
    DeviceIdleNotRequired,
    /// Device has to be idle.
    ///
    /// `INSTALL_ONLY_WHEN_DEVICE_IDLE` on the wire.
    InstallOnlyWhenDeviceIdle,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for InstallConstraintDeviceIdleConstraint {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceIdleConstraintUnspecified => "DEVICE_IDLE_CONSTRAINT_UNSPECIFIED",
            Self::DeviceIdleNotRequired => "DEVICE_IDLE_NOT_REQUIRED",
            Self::InstallOnlyWhenDeviceIdle => "INSTALL_ONLY_WHEN_DEVICE_IDLE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEVICE_IDLE_CONSTRAINT_UNSPECIFIED" => Self::DeviceIdleConstraintUnspecified,
            "DEVICE_IDLE_NOT_REQUIRED" => Self::DeviceIdleNotRequired,
            "INSTALL_ONLY_WHEN_DEVICE_IDLE" => Self::InstallOnlyWhenDeviceIdle,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(InstallConstraintDeviceIdleConstraint);

/// Optional. Network type constraint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InstallConstraintNetworkTypeConstraint {
    /// Unspecified. Default to INSTALL_ON_ANY_NETWORK.
    ///
    /// `NETWORK_TYPE_CONSTRAINT_UNSPECIFIED` on the wire.
    #[default]
    NetworkTypeConstraintUnspecified,
    /// Any active networks (Wi-Fi, cellular, etc.).
    ///
    /// `INSTALL_ON_ANY_NETWORK` on the wire.
    InstallOnAnyNetwork,
    /// Any unmetered network (e.g. Wi-FI).
    ///
    /// `INSTALL_ONLY_ON_UNMETERED_NETWORK` on the wire.
    InstallOnlyOnUnmeteredNetwork,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for InstallConstraintNetworkTypeConstraint {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NetworkTypeConstraintUnspecified => {
                "NETWORK_TYPE_CONSTRAINT_UNSPECIFIED"
            }
            Self::InstallOnAnyNetwork => "INSTALL_ON_ANY_NETWORK",
            Self::InstallOnlyOnUnmeteredNetwork => "INSTALL_ONLY_ON_UNMETERED_NETWORK",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NETWORK_TYPE_CONSTRAINT_UNSPECIFIED" => {
                Self::NetworkTypeConstraintUnspecified
            }
            "INSTALL_ON_ANY_NETWORK" => Self::InstallOnAnyNetwork,
            "INSTALL_ONLY_ON_UNMETERED_NETWORK" => Self::InstallOnlyOnUnmeteredNetwork,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(InstallConstraintNetworkTypeConstraint);
