use crate::runtime::{impl_open_enum, wire};

/// An action to block access to apps and data on a fully managed device or in a work profile.
/// This action also triggers a device or work profile to displays a user-facing notification
/// with information (where possible) on how to correct the compliance issue. Note: wipeAction
/// must also be specified.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BlockAction {
    /// Number of days the policy is non-compliant before the device or work profile is blocked. To
    /// block access immediately, set to 0. blockAfterDays must be less than wipeAfterDays.
    pub block_after_days: Option<i32>,
    /// Specifies the scope of this BlockAction. Only applicable to devices that are company-owned.
    pub block_scope: Option<crate::schemas::BlockActionBlockScope>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BlockAction {
    /// Sets `blockAfterDays` (chainable).
    pub fn set_block_after_days(mut self, value: impl Into<i32>) -> Self {
        self.block_after_days = Some(value.into());
        self.unknown_fields.remove("blockAfterDays");
        self
    }

    /// Sends `blockAfterDays` as JSON `null`, which clears it on the server (chainable);
    /// `set_block_after_days` takes it back.
    #[inline]
    pub fn clear_block_after_days(mut self) -> Self {
        self.block_after_days = None;
        self.unknown_fields.insert("blockAfterDays".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `blockScope` (chainable).
    pub fn set_block_scope(
        mut self,
        value: impl Into<crate::schemas::BlockActionBlockScope>,
    ) -> Self {
        self.block_scope = Some(value.into());
        self.unknown_fields.remove("blockScope");
        self
    }

    /// Sends `blockScope` as JSON `null`, which clears it on the server (chainable);
    /// `set_block_scope` takes it back.
    #[inline]
    pub fn clear_block_scope(mut self) -> Self {
        self.block_scope = None;
        self.unknown_fields.insert("blockScope".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BlockAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.block_after_days {
            map.serialize_entry("blockAfterDays", value)?;
        }
        if let Some(value) = &self.block_scope {
            map.serialize_entry("blockScope", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BlockAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BlockAction {
    const NAME: &'static str = "BlockAction";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "blockAfterDays" => self.block_after_days = map.next_value()?,
            "blockScope" => self.block_scope = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Specifies the scope of this BlockAction. Only applicable to devices that are company-owned.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum BlockActionBlockScope {
    /// Unspecified. Defaults to BLOCK_SCOPE_WORK_PROFILE.
    ///
    /// `BLOCK_SCOPE_UNSPECIFIED` on the wire.
    #[default]
    BlockScopeUnspecified,
    /// Block action is only applied to apps in the work profile. Apps in the personal profile are
    /// unaffected.
    ///
    /// `BLOCK_SCOPE_WORK_PROFILE` on the wire.
    BlockScopeWorkProfile,
    /// Block action is applied to the entire device, including apps in the personal profile.
    ///
    /// `BLOCK_SCOPE_DEVICE` on the wire.
    BlockScopeDevice,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for BlockActionBlockScope {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::BlockScopeUnspecified => "BLOCK_SCOPE_UNSPECIFIED",
            Self::BlockScopeWorkProfile => "BLOCK_SCOPE_WORK_PROFILE",
            Self::BlockScopeDevice => "BLOCK_SCOPE_DEVICE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "BLOCK_SCOPE_UNSPECIFIED" => Self::BlockScopeUnspecified,
            "BLOCK_SCOPE_WORK_PROFILE" => Self::BlockScopeWorkProfile,
            "BLOCK_SCOPE_DEVICE" => Self::BlockScopeDevice,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(BlockActionBlockScope);
