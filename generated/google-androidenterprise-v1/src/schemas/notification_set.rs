use crate::runtime::wire;

/// A resource returned by the PullNotificationSet API, which contains a collection of
/// notifications for enterprises associated with the service account authenticated for the
/// request.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct NotificationSet {
    /// The notifications received, or empty if no notifications are present.
    pub notification: Option<Vec<crate::schemas::Notification>>,
    /// The notification set ID, required to mark the notification as received with the
    /// Enterprises.AcknowledgeNotification API. This will be omitted if no notifications are
    /// present.
    pub notification_set_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl NotificationSet {
    /// Sets `notification` (chainable).
    pub fn set_notification(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Notification>>,
    ) -> Self {
        self.notification = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("notification");
        self
    }

    /// Sends `notification` as JSON `null`, which clears it on the server (chainable);
    /// `set_notification` takes it back.
    #[inline]
    pub fn clear_notification(mut self) -> Self {
        self.notification = None;
        self.unknown_fields.insert("notification".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `notificationSetId` (chainable).
    pub fn set_notification_set_id(mut self, value: impl Into<String>) -> Self {
        self.notification_set_id = Some(value.into());
        self.unknown_fields.remove("notificationSetId");
        self
    }

    /// Sends `notificationSetId` as JSON `null`, which clears it on the server (chainable);
    /// `set_notification_set_id` takes it back.
    #[inline]
    pub fn clear_notification_set_id(mut self) -> Self {
        self.notification_set_id = None;
        self.unknown_fields
            .insert("notificationSetId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for NotificationSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.notification {
            map.serialize_entry("notification", value)?;
        }
        if let Some(value) = &self.notification_set_id {
            map.serialize_entry("notificationSetId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NotificationSet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for NotificationSet {
    const NAME: &'static str = "NotificationSet";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "notification" => self.notification = map.next_value()?,
            "notificationSetId" => self.notification_set_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
