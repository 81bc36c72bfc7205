use crate::runtime::{wire, Timestamp};

/// Batched event logs of events from the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchUsageLogEvents {
    /// If present, the name of the device in the form
    /// ‘enterprises/{enterpriseId}/devices/{deviceId}’
    pub device: Option<String>,
    /// The device timestamp when the batch of events were collected from the device.
    pub retrieval_time: Option<Timestamp>,
    /// The list of UsageLogEvent that were reported by the device, sorted chronologically by the
    /// event time.
    pub usage_log_events: Option<Vec<crate::schemas::UsageLogEvent>>,
    /// If present, the resource name of the user that owns this device in the form
    /// ‘enterprises/{enterpriseId}/users/{userId}’.
    pub user: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for BatchUsageLogEvents {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device {
            map.serialize_entry("device", value)?;
        }
        if let Some(value) = &self.retrieval_time {
            map.serialize_entry("retrievalTime", value)?;
        }
        if let Some(value) = &self.usage_log_events {
            map.serialize_entry("usageLogEvents", value)?;
        }
        if let Some(value) = &self.user {
            map.serialize_entry("user", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchUsageLogEvents {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchUsageLogEvents {
    const NAME: &'static str = "BatchUsageLogEvents";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "device" => self.device = map.next_value()?,
            "retrievalTime" => self.retrieval_time = map.next_value()?,
            "usageLogEvents" => self.usage_log_events = map.next_value()?,
            "user" => self.user = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
