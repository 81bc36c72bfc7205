use crate::runtime::{impl_open_enum, wire};

/// Policies controlling cross-device communication in the personal profile.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PersonalCrossDevicePolicies {
    /// Optional. Controls the task continuity handoff
    /// (<https://developer.android.com/partners/android-17/features#handoff>) feature for the
    /// personal profile on company-owned devices with a work profile. To disable Handoff
    /// device-wide on a company-owned device, both crossDevicePolicies.taskContinuityHandoff and
    /// this policy should be set to TASK_CONTINUITY_HANDOFF_DISALLOWED. Requires Android 17 QPR1 or
    /// higher.
    pub task_continuity_handoff: Option<
        crate::schemas::PersonalCrossDevicePoliciesTaskContinuityHandoff,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PersonalCrossDevicePolicies {
    /// Sets `taskContinuityHandoff` (chainable).
    pub fn set_task_continuity_handoff(
        mut self,
        value: impl Into<
            crate::schemas::PersonalCrossDevicePoliciesTaskContinuityHandoff,
        >,
    ) -> Self {
        self.task_continuity_handoff = Some(value.into());
        self.unknown_fields.remove("taskContinuityHandoff");
        self
    }

    /// Sends `taskContinuityHandoff` as JSON `null`, which clears it on the server (chainable);
    /// `set_task_continuity_handoff` takes it back.
    #[inline]
    pub fn clear_task_continuity_handoff(mut self) -> Self {
        self.task_continuity_handoff = None;
        self.unknown_fields
            .insert("taskContinuityHandoff".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PersonalCrossDevicePolicies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.task_continuity_handoff {
            map.serialize_entry("taskContinuityHandoff", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PersonalCrossDevicePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PersonalCrossDevicePolicies {
    const NAME: &'static str = "PersonalCrossDevicePolicies";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "taskContinuityHandoff" => self.task_continuity_handoff = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Controls the task continuity handoff
/// (<https://developer.android.com/partners/android-17/features#handoff>) feature for the
/// personal profile on company-owned devices with a work profile. To disable Handoff
/// device-wide on a company-owned device, both crossDevicePolicies.taskContinuityHandoff and
/// this policy should be set to TASK_CONTINUITY_HANDOFF_DISALLOWED. Requires Android 17 QPR1 or
/// higher.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PersonalCrossDevicePoliciesTaskContinuityHandoff {
    /// Defaults to TASK_CONTINUITY_HANDOFF_ALLOWED.
    ///
    /// `TASK_CONTINUITY_HANDOFF_UNSPECIFIED` on the wire.
    #[default]
    TaskContinuityHandoffUnspecified,
    /// Allows the user to enable or disable the task continuity handoff feature in settings. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is lower than Android
    /// 17 QPR1.
    ///
    /// `TASK_CONTINUITY_HANDOFF_ALLOWED` on the wire.
    TaskContinuityHandoffAllowed,
    /// The task continuity handoff feature is disallowed. A NonComplianceDetail with API_LEVEL is
    /// reported if the Android version is lower than Android 17 QPR1.
    ///
    /// `TASK_CONTINUITY_HANDOFF_DISALLOWED` on the wire.
    TaskContinuityHandoffDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PersonalCrossDevicePoliciesTaskContinuityHandoff {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::TaskContinuityHandoffUnspecified => {
                "TASK_CONTINUITY_HANDOFF_UNSPECIFIED"
            }
            Self::TaskContinuityHandoffAllowed => "TASK_CONTINUITY_HANDOFF_ALLOWED",
            Self::TaskContinuityHandoffDisallowed => "TASK_CONTINUITY_HANDOFF_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "TASK_CONTINUITY_HANDOFF_UNSPECIFIED" => {
                Self::TaskContinuityHandoffUnspecified
            }
            "TASK_CONTINUITY_HANDOFF_ALLOWED" => Self::TaskContinuityHandoffAllowed,
            "TASK_CONTINUITY_HANDOFF_DISALLOWED" => Self::TaskContinuityHandoffDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PersonalCrossDevicePoliciesTaskContinuityHandoff);
