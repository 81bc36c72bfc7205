use crate::runtime::{impl_open_enum, wire};

/// Determines how to proceed with the update.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Outcome {
    /// Optional. Determines how to proceed with the update.
    pub outcome_type: Option<crate::schemas::OutcomeOutcomeType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Outcome {
    /// Sets `outcomeType` (chainable).
    pub fn set_outcome_type(
        mut self,
        value: impl Into<crate::schemas::OutcomeOutcomeType>,
    ) -> Self {
        self.outcome_type = Some(value.into());
        self.unknown_fields.remove("outcomeType");
        self
    }

    /// Sends `outcomeType` as JSON `null`, which clears it on the server (chainable);
    /// `set_outcome_type` takes it back.
    #[inline]
    pub fn clear_outcome_type(mut self) -> Self {
        self.outcome_type = None;
        self.unknown_fields.insert("outcomeType".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.outcome_type {
            map.serialize_entry("outcomeType", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Outcome {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Outcome {
    const NAME: &'static str = "Outcome";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "outcomeType" => self.outcome_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Determines how to proceed with the update.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OutcomeOutcomeType {
    /// Do not use this value.
    ///
    /// `OUTCOME_TYPE_UNSPECIFIED` on the wire.
    #[default]
    OutcomeTypeUnspecified,
    /// The action for which the policy is being evaluated (depending on the stages), such as
    /// downloading the update or rebooting the device, happens immediately. Positivity requirement:
    /// Any rule which uses this can't use any of the following: * METERED_NETWORK * NOT_IDLE *
    /// NOT_CHARGING * BATTERY_LEVEL_LOW
    ///
    /// `FORCE` on the wire.
    Force,
    /// Action should not be taken without the user's consent, but the user has a way of proceeding
    /// with the update and is prompted to do so. Supported only for
    /// OS_UPDATE_WITHOUT_API_LEVEL_CHANGE and OS_UPDATE_WITH_API_LEVEL_CHANGE. For SINGLE_APP,
    /// GOOGLE_SYSTEM_SERVICES, and GOOGLE_PLAY_SYSTEM_UPDATE, the default update behavior applies,
    /// as if no rule matched.
    ///
    /// `USER_PROMPT` on the wire.
    UserPrompt,
    /// The update is not downloaded and not installed. For updates on Google Play, this only
    /// affects automatic updates, but does not prevent the user from manually updating. For OEM
    /// system updates, this prevents both manual and automatic updates. Positivity requirement: Any
    /// rule which uses this cannot use any of the following: * UNMETERED_NETWORK * IDLE *
    /// CHARGING * BATTERY_LEVEL_NOT_LOW
    ///
    /// `BLOCK` on the wire.
    Block,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for OutcomeOutcomeType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::OutcomeTypeUnspecified => "OUTCOME_TYPE_UNSPECIFIED",
            Self::Force => "FORCE",
            Self::UserPrompt => "USER_PROMPT",
            Self::Block => "BLOCK",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "OUTCOME_TYPE_UNSPECIFIED" => Self::OutcomeTypeUnspecified,
            "FORCE" => Self::Force,
            "USER_PROMPT" => Self::UserPrompt,
            "BLOCK" => Self::Block,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(OutcomeOutcomeType);
