use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnterprisesSendTestPushNotificationResponse {
    /// The message ID of the test push notification that was sent.
    #[serde(rename = "messageId", default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The name of the Cloud Pub/Sub topic to which notifications for this enterprise's enrolled
    /// account will be sent.
    #[serde(rename = "topicName", default, skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl EnterprisesSendTestPushNotificationResponse {
    /// Sets `messageId` (chainable).
    pub fn set_message_id(mut self, value: impl Into<String>) -> Self {
        self.message_id = Some(value.into());
        self.unknown_fields.remove("messageId");
        self
    }

    /// Sends `messageId` as JSON `null`, which clears it on the server (chainable);
    /// `set_message_id` takes it back.
    #[inline]
    pub fn clear_message_id(mut self) -> Self {
        self.message_id = None;
        self.unknown_fields.insert("messageId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `topicName` (chainable).
    pub fn set_topic_name(mut self, value: impl Into<String>) -> Self {
        self.topic_name = Some(value.into());
        self.unknown_fields.remove("topicName");
        self
    }

    /// Sends `topicName` as JSON `null`, which clears it on the server (chainable);
    /// `set_topic_name` takes it back.
    #[inline]
    pub fn clear_topic_name(mut self) -> Self {
        self.topic_name = None;
        self.unknown_fields.insert("topicName".to_owned(), serde_json::Value::Null);
        self
    }
}
