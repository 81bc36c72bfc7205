use crate::runtime::{impl_open_enum, wire};

/// Parameters associated with the ADD_ESIM command to add an eSIM profile to the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AddEsimParams {
    /// Required. The activation code for the eSIM profile.
    pub activation_code: Option<String>,
    /// Required. The activation state of the eSIM profile once it is downloaded.
    pub activation_state: Option<crate::schemas::AddEsimParamsActivationState>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AddEsimParams {
    /// Sets `activationCode` (chainable).
    pub fn set_activation_code(mut self, value: impl Into<String>) -> Self {
        self.activation_code = Some(value.into());
        self.unknown_fields.remove("activationCode");
        self
    }

    /// Sends `activationCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_activation_code` takes it back.
    #[inline]
    pub fn clear_activation_code(mut self) -> Self {
        self.activation_code = None;
        self.unknown_fields.insert("activationCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `activationState` (chainable).
    pub fn set_activation_state(
        mut self,
        value: impl Into<crate::schemas::AddEsimParamsActivationState>,
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
}

impl serde::Serialize for AddEsimParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.activation_code {
            map.serialize_entry("activationCode", value)?;
        }
        if let Some(value) = &self.activation_state {
            map.serialize_entry("activationState", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddEsimParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AddEsimParams {
    const NAME: &'static str = "AddEsimParams";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "activationCode" => self.activation_code = map.next_value()?,
            "activationState" => self.activation_state = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Required. The activation state of the eSIM profile once it is downloaded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AddEsimParamsActivationState {
    /// eSIM activation state is not specified. This defaults to the eSIM profile being
    /// NOT_ACTIVATED on personally-owned devices and ACTIVATED on company-owned devices.
    ///
    /// `ACTIVATION_STATE_UNSPECIFIED` on the wire.
    #[default]
    ActivationStateUnspecified,
    /// The eSIM is automatically activated after downloading. Setting this as the activation state
    /// for personally-owned devices will result in the command being rejected.
    ///
    /// `ACTIVATED` on the wire.
    Activated,
    /// The eSIM profile is downloaded but not activated. In this case, the user will need to
    /// activate the eSIM manually on the device.
    ///
    /// `NOT_ACTIVATED` on the wire.
    NotActivated,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AddEsimParamsActivationState {
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
impl_open_enum!(AddEsimParamsActivationState);
