use crate::runtime::{impl_open_enum, wire};

/// A software component that can be updated.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Target {
    /// Details of an app on Google System services.
    pub single_app: Option<crate::schemas::SingleApp>,
    /// Required. The type of software component that can be updated.
    pub target_type: Option<crate::schemas::TargetTargetType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Target {
    /// Sets `singleApp` (chainable).
    pub fn set_single_app(
        mut self,
        value: impl Into<crate::schemas::SingleApp>,
    ) -> Self {
        self.single_app = Some(value.into());
        self.unknown_fields.remove("singleApp");
        self
    }

    /// Sends `singleApp` as JSON `null`, which clears it on the server (chainable);
    /// `set_single_app` takes it back.
    #[inline]
    pub fn clear_single_app(mut self) -> Self {
        self.single_app = None;
        self.unknown_fields.insert("singleApp".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `targetType` (chainable).
    pub fn set_target_type(
        mut self,
        value: impl Into<crate::schemas::TargetTargetType>,
    ) -> Self {
        self.target_type = Some(value.into());
        self.unknown_fields.remove("targetType");
        self
    }

    /// Sends `targetType` as JSON `null`, which clears it on the server (chainable);
    /// `set_target_type` takes it back.
    #[inline]
    pub fn clear_target_type(mut self) -> Self {
        self.target_type = None;
        self.unknown_fields.insert("targetType".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.single_app {
            map.serialize_entry("singleApp", value)?;
        }
        if let Some(value) = &self.target_type {
            map.serialize_entry("targetType", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Target {
    const NAME: &'static str = "Target";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "singleApp" => self.single_app = map.next_value()?,
            "targetType" => self.target_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Required. The type of software component that can be updated.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum TargetTargetType {
    /// This must not be used.
    ///
    /// `TARGET_TYPE_UNSPECIFIED` on the wire.
    #[default]
    TargetTypeUnspecified,
    /// An app on Google System services. singleApp must be set. This can be used only to control an
    /// app which is a part of GOOGLE_SYSTEM_SERVICES.
    ///
    /// `SINGLE_APP` on the wire.
    SingleApp,
    /// Google system services (<https://support.google.com/product-documentation/answer/14343500>)
    /// updated from Google Play, such as WebView.
    ///
    /// `GOOGLE_SYSTEM_SERVICES` on the wire.
    GoogleSystemServices,
    /// Google Play System Updates. See <https://source.android.com/docs/core/ota/modular-system> .
    ///
    /// `GOOGLE_PLAY_SYSTEM_UPDATE` on the wire.
    GooglePlaySystemUpdate,
    /// An OS update issued by the OEM which does not change the API level of the device.
    ///
    /// `OS_UPDATE_WITHOUT_API_LEVEL_CHANGE` on the wire.
    OsUpdateWithoutApiLevelChange,
    /// An OS update issued by the OEM which changes the API level of the device.
    ///
    /// `OS_UPDATE_WITH_API_LEVEL_CHANGE` on the wire.
    OsUpdateWithApiLevelChange,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for TargetTargetType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::TargetTypeUnspecified => "TARGET_TYPE_UNSPECIFIED",
            Self::SingleApp => "SINGLE_APP",
            Self::GoogleSystemServices => "GOOGLE_SYSTEM_SERVICES",
            Self::GooglePlaySystemUpdate => "GOOGLE_PLAY_SYSTEM_UPDATE",
            Self::OsUpdateWithoutApiLevelChange => "OS_UPDATE_WITHOUT_API_LEVEL_CHANGE",
            Self::OsUpdateWithApiLevelChange => "OS_UPDATE_WITH_API_LEVEL_CHANGE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "TARGET_TYPE_UNSPECIFIED" => Self::TargetTypeUnspecified,
            "SINGLE_APP" => Self::SingleApp,
            "GOOGLE_SYSTEM_SERVICES" => Self::GoogleSystemServices,
            "GOOGLE_PLAY_SYSTEM_UPDATE" => Self::GooglePlaySystemUpdate,
            "OS_UPDATE_WITHOUT_API_LEVEL_CHANGE" => Self::OsUpdateWithoutApiLevelChange,
            "OS_UPDATE_WITH_API_LEVEL_CHANGE" => Self::OsUpdateWithApiLevelChange,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(TargetTargetType);
