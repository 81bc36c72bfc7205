use crate::runtime::{impl_open_enum, wire};

/// An event generated when an enterprise is upgraded.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EnterpriseUpgradeEvent {
    /// The upgrade state.
    pub upgrade_state: Option<crate::schemas::EnterpriseUpgradeEventUpgradeState>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EnterpriseUpgradeEvent {
    /// Sets `upgradeState` (chainable).
    pub fn set_upgrade_state(
        mut self,
        value: impl Into<crate::schemas::EnterpriseUpgradeEventUpgradeState>,
    ) -> Self {
        self.upgrade_state = Some(value.into());
        self.unknown_fields.remove("upgradeState");
        self
    }

    /// Sends `upgradeState` as JSON `null`, which clears it on the server (chainable);
    /// `set_upgrade_state` takes it back.
    #[inline]
    pub fn clear_upgrade_state(mut self) -> Self {
        self.upgrade_state = None;
        self.unknown_fields.insert("upgradeState".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EnterpriseUpgradeEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.upgrade_state {
            map.serialize_entry("upgradeState", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseUpgradeEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EnterpriseUpgradeEvent {
    const NAME: &'static str = "EnterpriseUpgradeEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "upgradeState" => self.upgrade_state = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The upgrade state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum EnterpriseUpgradeEventUpgradeState {
    /// Unspecified. This value is not used.
    ///
    /// `upgradeStateUnspecified` on the wire.
    #[default]
    UpgradeStateUnspecified,
    /// The upgrade has succeeded.
    ///
    /// `upgradeStateSucceeded` on the wire.
    UpgradeStateSucceeded,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for EnterpriseUpgradeEventUpgradeState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::UpgradeStateUnspecified => "upgradeStateUnspecified",
            Self::UpgradeStateSucceeded => "upgradeStateSucceeded",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "upgradeStateUnspecified" => Self::UpgradeStateUnspecified,
            "upgradeStateSucceeded" => Self::UpgradeStateSucceeded,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(EnterpriseUpgradeEventUpgradeState);
