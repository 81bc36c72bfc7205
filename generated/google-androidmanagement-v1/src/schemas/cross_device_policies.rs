use crate::runtime::{impl_open_enum, wire};

/// Policies controlling cross-device communication.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CrossDevicePolicies {
    /// Optional. Manages video streaming of apps on the device for fully managed devices or in the
    /// work profile for devices with work profiles to nearby devices. This is supported on Android
    /// 13 and above.
    pub nearby_app_streaming: Option<
        crate::schemas::CrossDevicePoliciesNearbyAppStreaming,
    >,
    /// Optional. Manages streaming of notifications from apps on the device for fully managed
    /// devices or in the work profile for devices with work profiles to nearby devices. This is
    /// supported on Android 13 and above.
    pub nearby_notification_streaming: Option<
        crate::schemas::CrossDevicePoliciesNearbyNotificationStreaming,
    >,
    /// Optional. Controls the task continuity handoff
    /// (<https://developer.android.com/partners/android-17/features#handoff>) feature. This policy
    /// applies to the entire device for fully managed devices, and to the work profile for devices
    /// with a work profile. Requires Android 17 QPR1 or higher.
    pub task_continuity_handoff: Option<
        crate::schemas::CrossDevicePoliciesTaskContinuityHandoff,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CrossDevicePolicies {
    /// Sets `nearbyAppStreaming` (chainable).
    pub fn set_nearby_app_streaming(
        mut self,
        value: impl Into<crate::schemas::CrossDevicePoliciesNearbyAppStreaming>,
    ) -> Self {
        self.nearby_app_streaming = Some(value.into());
        self.unknown_fields.remove("nearbyAppStreaming");
        self
    }

    /// Sends `nearbyAppStreaming` as JSON `null`, which clears it on the server (chainable);
    /// `set_nearby_app_streaming` takes it back.
    #[inline]
    pub fn clear_nearby_app_streaming(mut self) -> Self {
        self.nearby_app_streaming = None;
        self.unknown_fields
            .insert("nearbyAppStreaming".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nearbyNotificationStreaming` (chainable).
    pub fn set_nearby_notification_streaming(
        mut self,
        value: impl Into<crate::schemas::CrossDevicePoliciesNearbyNotificationStreaming>,
    ) -> Self {
        self.nearby_notification_streaming = Some(value.into());
        self.unknown_fields.remove("nearbyNotificationStreaming");
        self
    }

    /// Sends `nearbyNotificationStreaming` as JSON `null`, which clears it on the server
    /// (chainable); `set_nearby_notification_streaming` takes it back.
    #[inline]
    pub fn clear_nearby_notification_streaming(mut self) -> Self {
        self.nearby_notification_streaming = None;
        self.unknown_fields
            .insert("nearbyNotificationStreaming".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `taskContinuityHandoff` (chainable).
    pub fn set_task_continuity_handoff(
        mut self,
        value: impl Into<crate::schemas::CrossDevicePoliciesTaskContinuityHandoff>,
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

impl serde::Serialize for CrossDevicePolicies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.nearby_app_streaming {
            map.serialize_entry("nearbyAppStreaming", value)?;
        }
        if let Some(value) = &self.nearby_notification_streaming {
            map.serialize_entry("nearbyNotificationStreaming", value)?;
        }
        if let Some(value) = &self.task_continuity_handoff {
            map.serialize_entry("taskContinuityHandoff", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CrossDevicePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CrossDevicePolicies {
    const NAME: &'static str = "CrossDevicePolicies";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nearbyAppStreaming" => self.nearby_app_streaming = map.next_value()?,
            "nearbyNotificationStreaming" => {
                self.nearby_notification_streaming = map.next_value()?;
            }
            "taskContinuityHandoff" => self.task_continuity_handoff = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Manages video streaming of apps on the device for fully managed devices or in the
/// work profile for devices with work profiles to nearby devices. This is supported on Android
/// 13 and above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrossDevicePoliciesNearbyAppStreaming {
    /// Unspecified. Defaults to NEARBY_APP_STREAMING_USER_CHOICE_SAME_MANAGED_ACCOUNT.
    ///
    /// `NEARBY_APP_STREAMING_UNSPECIFIED` on the wire.
    #[default]
    NearbyAppStreamingUnspecified,
    /// The user is allowed to choose whether to stream apps to nearby devices.
    ///
    /// `NEARBY_APP_STREAMING_USER_CHOICE` on the wire.
    NearbyAppStreamingUserChoice,
    /// Disables app streaming to nearby devices.
    ///
    /// `NEARBY_APP_STREAMING_DISABLED` on the wire.
    NearbyAppStreamingDisabled,
    /// The user is allowed to choose whether to stream apps to other nearby devices which are
    /// signed in with the same authenticated managed account.
    ///
    /// `NEARBY_APP_STREAMING_USER_CHOICE_SAME_MANAGED_ACCOUNT` on the wire.
    NearbyAppStreamingUserChoiceSameManagedAccount,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CrossDevicePoliciesNearbyAppStreaming {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NearbyAppStreamingUnspecified => "NEARBY_APP_STREAMING_UNSPECIFIED",
            Self::NearbyAppStreamingUserChoice => "NEARBY_APP_STREAMING_USER_CHOICE",
            Self::NearbyAppStreamingDisabled => "NEARBY_APP_STREAMING_DISABLED",
            Self::NearbyAppStreamingUserChoiceSameManagedAccount => {
                "NEARBY_APP_STREAMING_USER_CHOICE_SAME_MANAGED_ACCOUNT"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NEARBY_APP_STREAMING_UNSPECIFIED" => Self::NearbyAppStreamingUnspecified,
            "NEARBY_APP_STREAMING_USER_CHOICE" => Self::NearbyAppStreamingUserChoice,
            "NEARBY_APP_STREAMING_DISABLED" => Self::NearbyAppStreamingDisabled,
            "NEARBY_APP_STREAMING_USER_CHOICE_SAME_MANAGED_ACCOUNT" => {
                Self::NearbyAppStreamingUserChoiceSameManagedAccount
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CrossDevicePoliciesNearbyAppStreaming);

/// Optional. Manages streaming of notifications from apps on the device for fully managed
/// devices or in the work profile for devices with work profiles to nearby devices. This is
/// supported on Android 13 and above.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrossDevicePoliciesNearbyNotificationStreaming {
    /// Unspecified. Defaults to NEARBY_NOTIFICATION_STREAMING_USER_CHOICE_SAME_MANAGED_ACCOUNT.
    ///
    /// `NEARBY_NOTIFICATION_STREAMING_UNSPECIFIED` on the wire.
    #[default]
    NearbyNotificationStreamingUnspecified,
    /// The user is allowed to choose whether to stream notifications to nearby devices.
    ///
    /// `NEARBY_NOTIFICATION_STREAMING_USER_CHOICE` on the wire.
    NearbyNotificationStreamingUserChoice,
    /// Disables notification streaming to nearby devices.
    ///
    /// `NEARBY_NOTIFICATION_STREAMING_DISABLED` on the wire.
    NearbyNotificationStreamingDisabled,
    /// The user is allowed to choose whether to stream notifications to other nearby devices which
    /// are signed in with the same authenticated managed account.
    ///
    /// `NEARBY_NOTIFICATION_STREAMING_USER_CHOICE_SAME_MANAGED_ACCOUNT` on the wire.
    NearbyNotificationStreamingUserChoiceSameManagedAccount,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CrossDevicePoliciesNearbyNotificationStreaming {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NearbyNotificationStreamingUnspecified => {
                "NEARBY_NOTIFICATION_STREAMING_UNSPECIFIED"
            }
            Self::NearbyNotificationStreamingUserChoice => {
                "NEARBY_NOTIFICATION_STREAMING_USER_CHOICE"
            }
            Self::NearbyNotificationStreamingDisabled => {
                "NEARBY_NOTIFICATION_STREAMING_DISABLED"
            }
            Self::NearbyNotificationStreamingUserChoiceSameManagedAccount => {
                "NEARBY_NOTIFICATION_STREAMING_USER_CHOICE_SAME_MANAGED_ACCOUNT"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NEARBY_NOTIFICATION_STREAMING_UNSPECIFIED" => {
                Self::NearbyNotificationStreamingUnspecified
            }
            "NEARBY_NOTIFICATION_STREAMING_USER_CHOICE" => {
                Self::NearbyNotificationStreamingUserChoice
            }
            "NEARBY_NOTIFICATION_STREAMING_DISABLED" => {
                Self::NearbyNotificationStreamingDisabled
            }
            "NEARBY_NOTIFICATION_STREAMING_USER_CHOICE_SAME_MANAGED_ACCOUNT" => {
                Self::NearbyNotificationStreamingUserChoiceSameManagedAccount
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CrossDevicePoliciesNearbyNotificationStreaming);

/// Optional. Controls the task continuity handoff
/// (<https://developer.android.com/partners/android-17/features#handoff>) feature. This policy
/// applies to the entire device for fully managed devices, and to the work profile for devices
/// with a work profile. Requires Android 17 QPR1 or higher.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrossDevicePoliciesTaskContinuityHandoff {
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

impl wire::OpenEnum for CrossDevicePoliciesTaskContinuityHandoff {
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
impl_open_enum!(CrossDevicePoliciesTaskContinuityHandoff);
