use crate::runtime::{impl_open_enum, wire};

/// A rule as a part of the Unified Update Control policy. See rules for how this is used.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Rule {
    /// Required. An EMM-defined identifier for this rule, of length at most 64 characters. This
    /// must not be empty. Within a UnifiedUpdatePolicy, different rules must have different ids.
    pub id: Option<String>,
    /// Optional. Determines how to proceed with the update.
    pub outcome: Option<crate::schemas::Outcome>,
    /// Optional. The predicate of the rule, which can evaluate to true or false. See rules for how
    /// this is used. If not set, the predicate always evaluates to true.
    pub predicate: Option<crate::schemas::Predicate>,
    /// Optional. The stages at which the rule is evaluated. If this list is empty, the rule is
    /// evaluated at all stages. Specifying stages is supported only for
    /// OS_UPDATE_WITHOUT_API_LEVEL_CHANGE and OS_UPDATE_WITH_API_LEVEL_CHANGE. For SINGLE_APP,
    /// GOOGLE_SYSTEM_SERVICES, and GOOGLE_PLAY_SYSTEM_UPDATE, this field is ignored and the rule is
    /// evaluated at all stages.
    pub stages: Option<Vec<crate::schemas::RuleStages>>,
    /// Required. Targets that this rule applies to. This can have multiple targets here for
    /// convenience, and that is equivalent to having multiple rules in sequence each having one
    /// target, in the same order in which targets are listed here. This list must not be empty and
    /// must not have duplicates.
    pub targets: Option<Vec<crate::schemas::Target>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Rule {
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `outcome` (chainable).
    pub fn set_outcome(mut self, value: impl Into<crate::schemas::Outcome>) -> Self {
        self.outcome = Some(value.into());
        self.unknown_fields.remove("outcome");
        self
    }

    /// Sends `outcome` as JSON `null`, which clears it on the server (chainable); `set_outcome`
    /// takes it back.
    #[inline]
    pub fn clear_outcome(mut self) -> Self {
        self.outcome = None;
        self.unknown_fields.insert("outcome".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `predicate` (chainable).
    pub fn set_predicate(mut self, value: impl Into<crate::schemas::Predicate>) -> Self {
        self.predicate = Some(value.into());
        self.unknown_fields.remove("predicate");
        self
    }

    /// Sends `predicate` as JSON `null`, which clears it on the server (chainable); `set_predicate`
    /// takes it back.
    #[inline]
    pub fn clear_predicate(mut self) -> Self {
        self.predicate = None;
        self.unknown_fields.insert("predicate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `stages` (chainable).
    pub fn set_stages(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::RuleStages>>,
    ) -> Self {
        self.stages = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("stages");
        self
    }

    /// Sends `stages` as JSON `null`, which clears it on the server (chainable); `set_stages` takes
    /// it back.
    #[inline]
    pub fn clear_stages(mut self) -> Self {
        self.stages = None;
        self.unknown_fields.insert("stages".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `targets` (chainable).
    pub fn set_targets(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Target>>,
    ) -> Self {
        self.targets = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("targets");
        self
    }

    /// Sends `targets` as JSON `null`, which clears it on the server (chainable); `set_targets`
    /// takes it back.
    #[inline]
    pub fn clear_targets(mut self) -> Self {
        self.targets = None;
        self.unknown_fields.insert("targets".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.outcome {
            map.serialize_entry("outcome", value)?;
        }
        if let Some(value) = &self.predicate {
            map.serialize_entry("predicate", value)?;
        }
        if let Some(value) = &self.stages {
            map.serialize_entry("stages", value)?;
        }
        if let Some(value) = &self.targets {
            map.serialize_entry("targets", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Rule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Rule {
    const NAME: &'static str = "Rule";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "outcome" => self.outcome = map.next_value()?,
            "predicate" => self.predicate = map.next_value()?,
            "stages" => self.stages = map.next_value()?,
            "targets" => self.targets = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RuleStages {
    /// This must not be used.
    ///
    /// `STAGE_UNSPECIFIED` on the wire.
    #[default]
    StageUnspecified,
    /// The policy is evaluated for the download of the update.
    ///
    /// `STAGE_DOWNLOAD` on the wire.
    StageDownload,
    /// The policy is evaluated before taking an action which causes the update to be applied. This
    /// is best-effort, and the update may be applied regardless. For example, some updates such as
    /// apps and services installed by Google Play get automatically applied immediately after
    /// download. Some updates which need a reboot to apply may get applied as a result of a
    /// user-initiated reboot, regardless of policy. If an update needs a reboot to apply, policy is
    /// evaluated before the system triggers an automatic reboot for the purpose of applying the
    /// update.
    ///
    /// `STAGE_APPLY` on the wire.
    StageApply,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for RuleStages {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::StageUnspecified => "STAGE_UNSPECIFIED",
            Self::StageDownload => "STAGE_DOWNLOAD",
            Self::StageApply => "STAGE_APPLY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "STAGE_UNSPECIFIED" => Self::StageUnspecified,
            "STAGE_DOWNLOAD" => Self::StageDownload,
            "STAGE_APPLY" => Self::StageApply,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(RuleStages);
