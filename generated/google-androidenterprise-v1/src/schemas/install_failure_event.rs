use crate::runtime::{impl_open_enum, wire};

/// An event generated when an app installation failed on a device
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstallFailureEvent {
    /// The Android ID of the device. This field will always be present.
    #[serde(rename = "deviceId", default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Additional details on the failure if applicable.
    #[serde(rename = "failureDetails", default, skip_serializing_if = "Option::is_none")]
    pub failure_details: Option<String>,
    /// The reason for the installation failure. This field will always be present.
    #[serde(rename = "failureReason", default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<crate::schemas::InstallFailureEventFailureReason>,
    /// The id of the product (e.g. "app:com.google.android.gm") for which the install failure event
    /// occured. This field will always be present.
    #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// The ID of the user. This field will always be present.
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
