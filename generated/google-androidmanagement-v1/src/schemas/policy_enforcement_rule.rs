use crate::runtime::wire;

/// A rule that defines the actions to take if a device or work profile is not compliant with
/// the policy specified in settingName. In the case of multiple matching or multiple triggered
/// enforcement rules, a merge will occur with the most severe action being taken. However, all
/// triggered rules are still kept track of: this includes initial trigger time and all
/// associated non-compliance details. In the situation where the most severe enforcement rule
/// is satisfied, the next most appropriate action is applied.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PolicyEnforcementRule {
    /// An action to block access to apps and data on a company owned device or in a work profile.
    /// This action also triggers a user-facing notification with information (where possible) on
    /// how to correct the compliance issue. Note: wipeAction must also be specified.
    pub block_action: Option<crate::schemas::BlockAction>,
    /// The top-level policy to enforce. For example, applications or passwordPolicies.
    pub setting_name: Option<String>,
    /// An action to reset a company owned device or delete a work profile. Note: blockAction must
    /// also be specified.
    pub wipe_action: Option<crate::schemas::WipeAction>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PolicyEnforcementRule {
    /// Sets `blockAction` (chainable).
    pub fn set_block_action(
        mut self,
        value: impl Into<crate::schemas::BlockAction>,
    ) -> Self {
        self.block_action = Some(value.into());
        self.unknown_fields.remove("blockAction");
        self
    }

    /// Sends `blockAction` as JSON `null`, which clears it on the server (chainable);
    /// `set_block_action` takes it back.
    #[inline]
    pub fn clear_block_action(mut self) -> Self {
        self.block_action = None;
        self.unknown_fields.insert("blockAction".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `settingName` (chainable).
    pub fn set_setting_name(mut self, value: impl Into<String>) -> Self {
        self.setting_name = Some(value.into());
        self.unknown_fields.remove("settingName");
        self
    }

    /// Sends `settingName` as JSON `null`, which clears it on the server (chainable);
    /// `set_setting_name` takes it back.
    #[inline]
    pub fn clear_setting_name(mut self) -> Self {
        self.setting_name = None;
        self.unknown_fields.insert("settingName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wipeAction` (chainable).
    pub fn set_wipe_action(
        mut self,
        value: impl Into<crate::schemas::WipeAction>,
    ) -> Self {
        self.wipe_action = Some(value.into());
        self.unknown_fields.remove("wipeAction");
        self
    }

    /// Sends `wipeAction` as JSON `null`, which clears it on the server (chainable);
    /// `set_wipe_action` takes it back.
    #[inline]
    pub fn clear_wipe_action(mut self) -> Self {
        self.wipe_action = None;
        self.unknown_fields.insert("wipeAction".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PolicyEnforcementRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.block_action {
            map.serialize_entry("blockAction", value)?;
        }
        if let Some(value) = &self.setting_name {
            map.serialize_entry("settingName", value)?;
        }
        if let Some(value) = &self.wipe_action {
            map.serialize_entry("wipeAction", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PolicyEnforcementRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PolicyEnforcementRule {
    const NAME: &'static str = "PolicyEnforcementRule";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "blockAction" => self.block_action = map.next_value()?,
            "settingName" => self.setting_name = map.next_value()?,
            "wipeAction" => self.wipe_action = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
