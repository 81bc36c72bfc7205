use crate::runtime::{impl_open_enum, wire};

/// Configuration for an Android permission and its grant state.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PermissionGrant {
    /// The Android permission or group, e.g. android.permission.READ_CALENDAR or
    /// android.permission_group.CALENDAR.
    pub permission: Option<String>,
    /// The policy for granting the permission.
    pub policy: Option<crate::schemas::PermissionGrantPolicy>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PermissionGrant {
    /// Sets `permission` (chainable).
    pub fn set_permission(mut self, value: impl Into<String>) -> Self {
        self.permission = Some(value.into());
        self.unknown_fields.remove("permission");
        self
    }

    /// Sends `permission` as JSON `null`, which clears it on the server (chainable);
    /// `set_permission` takes it back.
    #[inline]
    pub fn clear_permission(mut self) -> Self {
        self.permission = None;
        self.unknown_fields.insert("permission".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `policy` (chainable).
    pub fn set_policy(
        mut self,
        value: impl Into<crate::schemas::PermissionGrantPolicy>,
    ) -> Self {
        self.policy = Some(value.into());
        self.unknown_fields.remove("policy");
        self
    }

    /// Sends `policy` as JSON `null`, which clears it on the server (chainable); `set_policy` takes
    /// it back.
    #[inline]
    pub fn clear_policy(mut self) -> Self {
        self.policy = None;
        self.unknown_fields.insert("policy".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PermissionGrant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.permission {
            map.serialize_entry("permission", value)?;
        }
        if let Some(value) = &self.policy {
            map.serialize_entry("policy", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PermissionGrant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PermissionGrant {
    const NAME: &'static str = "PermissionGrant";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "permission" => self.permission = map.next_value()?,
            "policy" => self.policy = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The policy for granting the permission.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PermissionGrantPolicy {
    /// Policy not specified. If no policy is specified for a permission at any level, then the
    /// PROMPT behavior is used by default.
    ///
    /// `PERMISSION_POLICY_UNSPECIFIED` on the wire.
    #[default]
    PermissionPolicyUnspecified,
    /// Prompt the user to grant a permission.
    ///
    /// `PROMPT` on the wire.
    Prompt,
    /// Automatically grant a permission.On Android 12 and above, READ_SMS
    /// (<https://developer.android.com/reference/android/Manifest.permission#READ_SMS>) and
    /// following sensor-related permissions can only be granted on fully managed devices:
    /// ACCESS_FINE_LOCATION
    /// (<https://developer.android.com/reference/android/Manifest.permission#ACCESS_FINE_LOCATION>)
    /// ACCESS_BACKGROUND_LOCATION
    /// (<https://developer.android.com/reference/android/Manifest.permission#ACCESS_BACKGROUND_LOCATION>)
    /// ACCESS_COARSE_LOCATION
    /// (<https://developer.android.com/reference/android/Manifest.permission#ACCESS_COARSE_LOCATION>)
    /// CAMERA (<https://developer.android.com/reference/android/Manifest.permission#CAMERA>)
    /// RECORD_AUDIO
    /// (<https://developer.android.com/reference/android/Manifest.permission#RECORD_AUDIO>)
    /// ACTIVITY_RECOGNITION
    /// (<https://developer.android.com/reference/android/Manifest.permission#ACTIVITY_RECOGNITION>)
    /// BODY_SENSORS
    /// (<https://developer.android.com/reference/android/Manifest.permission#BODY_SENSORS>)
    ///
    /// `GRANT` on the wire.
    Grant,
    /// Automatically deny a permission.
    ///
    /// `DENY` on the wire.
    Deny,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PermissionGrantPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PermissionPolicyUnspecified => "PERMISSION_POLICY_UNSPECIFIED",
            Self::Prompt => "PROMPT",
            Self::Grant => "GRANT",
            Self::Deny => "DENY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PERMISSION_POLICY_UNSPECIFIED" => Self::PermissionPolicyUnspecified,
            "PROMPT" => Self::Prompt,
            "GRANT" => Self::Grant,
            "DENY" => Self::Deny,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PermissionGrantPolicy);
