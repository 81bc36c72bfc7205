use crate::runtime::{impl_open_enum, wire};

/// Telephony information associated with a given SIM card on the device. This is supported for
/// all SIM cards on fully managed devices on Android 6 and above. In addition, this is
/// supported for admin-added eSIMs on all devices for Android 15 and above.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TelephonyInfo {
    /// Output only. Activation state of the SIM card on the device. This is applicable for eSIMs
    /// only. This is supported on all devices for Android 15 and above. This is always
    /// ACTIVATION_STATE_UNSPECIFIED for physical SIMs and for devices below Android 15.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub activation_state: Option<crate::schemas::TelephonyInfoActivationState>,
    /// The carrier name associated with this SIM card.
    pub carrier_name: Option<String>,
    /// Output only. The configuration mode of the SIM card on the device. This is applicable for
    /// eSIMs only. This is supported on all devices for Android 15 and above. This is always
    /// CONFIG_MODE_UNSPECIFIED for physical SIMs and for devices below Android 15.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub config_mode: Option<crate::schemas::TelephonyInfoConfigMode>,
    /// Output only. The ICCID associated with this SIM card.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub icc_id: Option<String>,
    /// The phone number associated with this SIM card.
    pub phone_number: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl TelephonyInfo {
    /// Sets `activationState` (chainable).
    pub fn set_activation_state(
        mut self,
        value: impl Into<crate::schemas::TelephonyInfoActivationState>,
    ) -> Self {
        self.activation_state = Some(value.into());
        self.unknown_fields.remove("activationState");
        self
    }

    /// Sends `activationState` as JSON `null`, which clears it on the server (chainable);
    /// `set_activation_state` takes it back.
    #[inline]
    pub fn clear_activation_state(mut self) -> Self {
        self.activation_state = None;
        self.unknown_fields
            .insert("activationState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `carrierName` (chainable).
    pub fn set_carrier_name(mut self, value: impl Into<String>) -> Self {
        self.carrier_name = Some(value.into());
        self.unknown_fields.remove("carrierName");
        self
    }

    /// Sends `carrierName` as JSON `null`, which clears it on the server (chainable);
    /// `set_carrier_name` takes it back.
    #[inline]
    pub fn clear_carrier_name(mut self) -> Self {
        self.carrier_name = None;
        self.unknown_fields.insert("carrierName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `configMode` (chainable).
    pub fn set_config_mode(
        mut self,
        value: impl Into<crate::schemas::TelephonyInfoConfigMode>,
    ) -> Self {
        self.config_mode = Some(value.into());
        self.unknown_fields.remove("configMode");
        self
    }

    /// Sends `configMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_config_mode` takes it back.
    #[inline]
    pub fn clear_config_mode(mut self) -> Self {
        self.config_mode = None;
        self.unknown_fields.insert("configMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `iccId` (chainable).
    pub fn set_icc_id(mut self, value: impl Into<String>) -> Self {
        self.icc_id = Some(value.into());
        self.unknown_fields.remove("iccId");
        self
    }

    /// Sends `iccId` as JSON `null`, which clears it on the server (chainable); `set_icc_id` takes
    /// it back.
    #[inline]
    pub fn clear_icc_id(mut self) -> Self {
        self.icc_id = None;
        self.unknown_fields.insert("iccId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `phoneNumber` (chainable).
    pub fn set_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self.unknown_fields.remove("phoneNumber");
        self
    }

    /// Sends `phoneNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_phone_number` takes it back.
    #[inline]
    pub fn clear_phone_number(mut self) -> Self {
        self.phone_number = None;
        self.unknown_fields.insert("phoneNumber".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for TelephonyInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.activation_state {
            map.serialize_entry("activationState", value)?;
        }
        if let Some(value) = &self.carrier_name {
            map.serialize_entry("carrierName", value)?;
        }
        if let Some(value) = &self.config_mode {
            map.serialize_entry("configMode", value)?;
        }
        if let Some(value) = &self.icc_id {
            map.serialize_entry("iccId", value)?;
        }
        if let Some(value) = &self.phone_number {
            map.serialize_entry("phoneNumber", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TelephonyInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for TelephonyInfo {
    const NAME: &'static str = "TelephonyInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "activationState" => self.activation_state = map.next_value()?,
            "carrierName" => self.carrier_name = map.next_value()?,
            "configMode" => self.config_mode = map.next_value()?,
            "iccId" => self.icc_id = map.next_value()?,
            "phoneNumber" => self.phone_number = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. Activation state of the SIM card on the device. This is applicable for eSIMs
/// only. This is supported on all devices for Android 15 and above. This is always
/// ACTIVATION_STATE_UNSPECIFIED for physical SIMs and for devices below Android 15.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum TelephonyInfoActivationState {
    /// Activation state is not specified.
    ///
    /// `ACTIVATION_STATE_UNSPECIFIED` on the wire.
    #[default]
    ActivationStateUnspecified,
    /// The SIM card is activated.
    ///
    /// `ACTIVATED` on the wire.
    Activated,
    /// The SIM card is not activated.
    ///
    /// `NOT_ACTIVATED` on the wire.
    NotActivated,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for TelephonyInfoActivationState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ActivationStateUnspecified => "ACTIVATION_STATE_UNSPECIFIED",
            Self::Activated => "ACTIVATED",
            Self::NotActivated => "NOT_ACTIVATED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ACTIVATION_STATE_UNSPECIFIED" => Self::ActivationStateUnspecified,
            "ACTIVATED" => Self::Activated,
            "NOT_ACTIVATED" => Self::NotActivated,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(TelephonyInfoActivationState);

/// Output only. The configuration mode of the SIM card on the device. This is applicable for
/// eSIMs only. This is supported on all devices for Android 15 and above. This is always
/// CONFIG_MODE_UNSPECIFIED for physical SIMs and for devices below Android 15.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum TelephonyInfoConfigMode {
    /// The configuration mode is unspecified.
    ///
    /// `CONFIG_MODE_UNSPECIFIED` on the wire.
    #[default]
    ConfigModeUnspecified,
    /// The admin has configured this SIM.
    ///
    /// `ADMIN_CONFIGURED` on the wire.
    AdminConfigured,
    /// The user has configured this SIM.
    ///
    /// `USER_CONFIGURED` on the wire.
    UserConfigured,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for TelephonyInfoConfigMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ConfigModeUnspecified => "CONFIG_MODE_UNSPECIFIED",
            Self::AdminConfigured => "ADMIN_CONFIGURED",
            Self::UserConfigured => "USER_CONFIGURED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CONFIG_MODE_UNSPECIFIED" => Self::ConfigModeUnspecified,
            "ADMIN_CONFIGURED" => Self::AdminConfigured,
            "USER_CONFIGURED" => Self::UserConfigured,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(TelephonyInfoConfigMode);
