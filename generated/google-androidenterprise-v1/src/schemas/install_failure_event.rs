use crate::runtime::{impl_open_enum, wire};

/// An event generated when an app installation failed on a device
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct InstallFailureEvent {
    /// The Android ID of the device. This field will always be present.
    pub device_id: Option<String>,
    /// Additional details on the failure if applicable.
    pub failure_details: Option<String>,
    /// The reason for the installation failure. This field will always be present.
    pub failure_reason: Option<crate::schemas::InstallFailureEventFailureReason>,
    /// The id of the product (e.g. "app:com.google.android.gm") for which the install failure event
    /// occured. This field will always be present.
    pub product_id: Option<String>,
    /// The ID of the user. This field will always be present.
    pub user_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl InstallFailureEvent {
    /// Sets `deviceId` (chainable).
    pub fn set_device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self.unknown_fields.remove("deviceId");
        self
    }

    /// Sends `deviceId` as JSON `null`, which clears it on the server (chainable); `set_device_id`
    /// takes it back.
    #[inline]
    pub fn clear_device_id(mut self) -> Self {
        self.device_id = None;
        self.unknown_fields.insert("deviceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `failureDetails` (chainable).
    pub fn set_failure_details(mut self, value: impl Into<String>) -> Self {
        self.failure_details = Some(value.into());
        self.unknown_fields.remove("failureDetails");
        self
    }

    /// Sends `failureDetails` as JSON `null`, which clears it on the server (chainable);
    /// `set_failure_details` takes it back.
    #[inline]
    pub fn clear_failure_details(mut self) -> Self {
        self.failure_details = None;
        self.unknown_fields.insert("failureDetails".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `failureReason` (chainable).
    pub fn set_failure_reason(
        mut self,
        value: impl Into<crate::schemas::InstallFailureEventFailureReason>,
    ) -> Self {
        self.failure_reason = Some(value.into());
        self.unknown_fields.remove("failureReason");
        self
    }

    /// Sends `failureReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_failure_reason` takes it back.
    #[inline]
    pub fn clear_failure_reason(mut self) -> Self {
        self.failure_reason = None;
        self.unknown_fields.insert("failureReason".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productId` (chainable).
    pub fn set_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self.unknown_fields.remove("productId");
        self
    }

    /// Sends `productId` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_id` takes it back.
    #[inline]
    pub fn clear_product_id(mut self) -> Self {
        self.product_id = None;
        self.unknown_fields.insert("productId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userId` (chainable).
    pub fn set_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self.unknown_fields.remove("userId");
        self
    }

    /// Sends `userId` as JSON `null`, which clears it on the server (chainable); `set_user_id`
    /// takes it back.
    #[inline]
    pub fn clear_user_id(mut self) -> Self {
        self.user_id = None;
        self.unknown_fields.insert("userId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for InstallFailureEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_id {
            map.serialize_entry("deviceId", value)?;
        }
        if let Some(value) = &self.failure_details {
            map.serialize_entry("failureDetails", value)?;
        }
        if let Some(value) = &self.failure_reason {
            map.serialize_entry("failureReason", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        if let Some(value) = &self.user_id {
            map.serialize_entry("userId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstallFailureEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for InstallFailureEvent {
    const NAME: &'static str = "InstallFailureEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceId" => self.device_id = map.next_value()?,
            "failureDetails" => self.failure_details = map.next_value()?,
            "failureReason" => self.failure_reason = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            "userId" => self.user_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The reason for the installation failure. This field will always be present.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InstallFailureEventFailureReason {
    /// Used whenever no better reason for failure can be provided.
    ///
    /// `unknown` on the wire.
    #[default]
    Unknown,
    /// Used when the installation timed out. This can cover a number of situations, for example
    /// when the device did not have connectivity at any point during the retry period, or if the
    /// device is OOM.
    ///
    /// `timeout` on the wire.
    Timeout,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for InstallFailureEventFailureReason {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Timeout => "timeout",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "timeout" => Self::Timeout,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(InstallFailureEventFailureReason);
