use crate::runtime::{wire, Timestamp};

/// Batched event logs of events from the device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchUsageLogEvents {
    /// If present, the name of the device in the form
    /// ‘enterprises/{enterpriseId}/devices/{deviceId}’
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    /// The device timestamp when the batch of events were collected from the device.
    #[serde(rename = "retrievalTime", default, skip_serializing_if = "Option::is_none")]
    pub retrieval_time: Option<Timestamp>,
    /// The list of UsageLogEvent that were reported by the device, sorted chronologically by the
    /// event time.
    #[serde(rename = "usageLogEvents", default, skip_serializing_if = "Option::is_none")]
    pub usage_log_events: Option<Vec<crate::schemas::UsageLogEvent>>,
    /// If present, the resource name of the user that owns this device in the form
    /// ‘enterprises/{enterpriseId}/users/{userId}’.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BatchUsageLogEvents {
    /// Sets `device` (chainable).
    pub fn set_device(mut self, value: impl Into<String>) -> Self {
        self.device = Some(value.into());
        self.unknown_fields.remove("device");
        self
    }

    /// Sends `device` as JSON `null`, which clears it on the server (chainable); `set_device` takes
    /// it back.
    #[inline]
    pub fn clear_device(mut self) -> Self {
        self.device = None;
        self.unknown_fields.insert("device".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `retrievalTime` (chainable).
    pub fn set_retrieval_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.retrieval_time = Some(value.into());
        self.unknown_fields.remove("retrievalTime");
        self
    }

    /// Sends `retrievalTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_retrieval_time` takes it back.
    #[inline]
    pub fn clear_retrieval_time(mut self) -> Self {
        self.retrieval_time = None;
        self.unknown_fields.insert("retrievalTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `usageLogEvents` (chainable).
    pub fn set_usage_log_events(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::UsageLogEvent>>,
    ) -> Self {
        self.usage_log_events = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("usageLogEvents");
        self
    }

    /// Sends `usageLogEvents` as JSON `null`, which clears it on the server (chainable);
    /// `set_usage_log_events` takes it back.
    #[inline]
    pub fn clear_usage_log_events(mut self) -> Self {
        self.usage_log_events = None;
        self.unknown_fields.insert("usageLogEvents".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `user` (chainable).
    pub fn set_user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self.unknown_fields.remove("user");
        self
    }

    /// Sends `user` as JSON `null`, which clears it on the server (chainable); `set_user` takes it
    /// back.
    #[inline]
    pub fn clear_user(mut self) -> Self {
        self.user = None;
        self.unknown_fields.insert("user".to_owned(), serde_json::Value::Null);
        self
    }
}
