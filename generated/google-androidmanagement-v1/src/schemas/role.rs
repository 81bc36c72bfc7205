use crate::runtime::{impl_open_enum, wire};

/// Role an app can have.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Role {
    /// Optional. Extra capabilities configured specifically for this role. Not all role types
    /// support or utilize extra capabilities.
    pub extra_capabilities: Option<crate::schemas::ExtraCapabilities>,
    /// Required. The type of the role an app can have.
    pub role_type: Option<crate::schemas::RoleRoleType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Role {
    /// Sets `extraCapabilities` (chainable).
    pub fn set_extra_capabilities(
        mut self,
        value: impl Into<crate::schemas::ExtraCapabilities>,
    ) -> Self {
        self.extra_capabilities = Some(value.into());
        self.unknown_fields.remove("extraCapabilities");
        self
    }

    /// Sends `extraCapabilities` as JSON `null`, which clears it on the server (chainable);
    /// `set_extra_capabilities` takes it back.
    #[inline]
    pub fn clear_extra_capabilities(mut self) -> Self {
        self.extra_capabilities = None;
        self.unknown_fields
            .insert("extraCapabilities".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `roleType` (chainable).
    pub fn set_role_type(
        mut self,
        value: impl Into<crate::schemas::RoleRoleType>,
    ) -> Self {
        self.role_type = Some(value.into());
        self.unknown_fields.remove("roleType");
        self
    }

    /// Sends `roleType` as JSON `null`, which clears it on the server (chainable); `set_role_type`
    /// takes it back.
    #[inline]
    pub fn clear_role_type(mut self) -> Self {
        self.role_type = None;
        self.unknown_fields.insert("roleType".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Role {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.extra_capabilities {
            map.serialize_entry("extraCapabilities", value)?;
        }
        if let Some(value) = &self.role_type {
            map.serialize_entry("roleType", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Role {
    const NAME: &'static str = "Role";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "extraCapabilities" => self.extra_capabilities = map.next_value()?,
            "roleType" => self.role_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Required. The type of the role an app can have.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RoleRoleType {
    /// The role type is unspecified. This value must not be used.
    ///
    /// `ROLE_TYPE_UNSPECIFIED` on the wire.
    #[default]
    RoleTypeUnspecified,
    /// The role type for companion apps. This role enables the app as a companion app with the
    /// capability of interacting with Android Device Policy offline. This is the recommended way to
    /// configure an app as a companion app. For legacy way, see extensionConfig.On Android 14 and
    /// above, the app with this role is exempted from power and background execution restrictions,
    /// suspension and hibernation. On Android 11 and above, the user control is disallowed for the
    /// app with this role. userControlSettings cannot be set to USER_CONTROL_ALLOWED for the app
    /// with this role.Android Device Policy notifies the companion app of any local command status
    /// updates if the app has a service with . See Integrate with the AMAPI SDK
    /// (<https://developers.google.com/android/management/sdk-integration>) guide for more details
    /// on the requirements for the service.
    ///
    /// `COMPANION_APP` on the wire.
    CompanionApp,
    /// The role type for kiosk apps. An app can have this role only if it has installType set to
    /// REQUIRED_FOR_SETUP or CUSTOM. Before adding this role to an app with CUSTOM install type,
    /// the app must already be installed on the device.The app having this role type is set as the
    /// preferred home intent and allowlisted for lock task mode. When there is an app with this
    /// role type, status bar will be automatically disabled.This is preferable to setting
    /// installType to KIOSK.On Android 11 and above, when an app has this role, the user control is
    /// disallowed for all apps. The IT admin can set userControlSettings to USER_CONTROL_ALLOWED to
    /// allow user control for specific apps.
    ///
    /// `KIOSK` on the wire.
    Kiosk,
    /// The role type for Mobile Threat Defense (MTD) / Endpoint Detection & Response (EDR) apps.On
    /// Android 14 and above, the app with this role is exempted from power and background execution
    /// restrictions, suspension and hibernation. On Android 11 and above, the user control is
    /// disallowed and userControlSettings cannot be set to USER_CONTROL_ALLOWED for the app with
    /// this role.
    ///
    /// `MOBILE_THREAT_DEFENSE_ENDPOINT_DETECTION_RESPONSE` on the wire.
    MobileThreatDefenseEndpointDetectionResponse,
    /// The role type for system health monitoring apps.On Android 14 and above, the app with this
    /// role is exempted from power and background execution restrictions, suspension and
    /// hibernation. On Android 11 and above, the user control is disallowed and userControlSettings
    /// cannot be set to USER_CONTROL_ALLOWED for the app with this role.
    ///
    /// `SYSTEM_HEALTH_MONITORING` on the wire.
    SystemHealthMonitoring,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for RoleRoleType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::RoleTypeUnspecified => "ROLE_TYPE_UNSPECIFIED",
            Self::CompanionApp => "COMPANION_APP",
            Self::Kiosk => "KIOSK",
            Self::MobileThreatDefenseEndpointDetectionResponse => {
                "MOBILE_THREAT_DEFENSE_ENDPOINT_DETECTION_RESPONSE"
            }
            Self::SystemHealthMonitoring => "SYSTEM_HEALTH_MONITORING",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ROLE_TYPE_UNSPECIFIED" => Self::RoleTypeUnspecified,
            "COMPANION_APP" => Self::CompanionApp,
            "KIOSK" => Self::Kiosk,
            "MOBILE_THREAT_DEFENSE_ENDPOINT_DETECTION_RESPONSE" => {
                Self::MobileThreatDefenseEndpointDetectionResponse
            }
            "SYSTEM_HEALTH_MONITORING" => Self::SystemHealthMonitoring,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(RoleRoleType);
