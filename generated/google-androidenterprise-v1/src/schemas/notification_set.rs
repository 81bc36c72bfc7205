use crate::runtime::wire;

/// A resource returned by the PullNotificationSet API, which contains a collection of
/// notifications for enterprises associated with the service account authenticated for the
/// request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NotificationSet {
    /// The notifications received, or empty if no notifications are present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<Vec<crate::schemas::Notification>>,
    /// The notification set ID, required to mark the notification as received with the
    /// Enterprises.AcknowledgeNotification API. This will be omitted if no notifications are
    /// present.
    #[serde(
        rename = "notificationSetId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_set_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
