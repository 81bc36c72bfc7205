use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EnterprisesSendTestPushNotificationResponse {
    /// The message ID of the test push notification that was sent.
    pub message_id: Option<String>,
    /// The name of the Cloud Pub/Sub topic to which notifications for this enterprise's enrolled
    /// account will be sent.
    pub topic_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for EnterprisesSendTestPushNotificationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.message_id {
            map.serialize_entry("messageId", value)?;
        }
        if let Some(value) = &self.topic_name {
            map.serialize_entry("topicName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EnterprisesSendTestPushNotificationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EnterprisesSendTestPushNotificationResponse {
    const NAME: &'static str = "EnterprisesSendTestPushNotificationResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "messageId" => self.message_id = map.next_value()?,
            "topicName" => self.topic_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
