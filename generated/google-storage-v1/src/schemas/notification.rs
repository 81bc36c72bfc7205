use crate::runtime::wire;

/// A subscription to receive Google PubSub notifications.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Notification {
    /// An optional list of additional attributes to attach to each Cloud PubSub message published
    /// for this notification subscription.
    pub custom_attributes: Option<std::collections::BTreeMap<String, String>>,
    /// HTTP 1.1 Entity tag for this subscription notification.
    pub etag: Option<String>,
    /// If present, only send notifications about listed event types. If empty, sent notifications
    /// for all event types.
    pub event_types: Option<Vec<String>>,
    /// The ID of the notification.
    pub id: Option<String>,
    /// The kind of item this is. For notifications, this is always storage#notification.
    pub kind: Option<String>,
    /// If present, only apply this notification configuration to object names that begin with this
    /// prefix.
    pub object_name_prefix: Option<String>,
    /// The desired content of the Payload.
    ///
    /// Required by: `storage.notifications.insert`.
    pub payload_format: Option<String>,
    /// The canonical URL of this notification.
    pub self_link: Option<String>,
    /// The Cloud PubSub topic to which this subscription publishes. Formatted as:
    /// '//pubsub.googleapis.com/projects/{project-identifier}/topics/{my-topic}'
    ///
    /// Required by: `storage.notifications.insert`.
    pub topic: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Notification {
    /// Sets `custom_attributes` (chainable).
    pub fn set_custom_attributes(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.custom_attributes = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("custom_attributes");
        self
    }

    /// Sends `custom_attributes` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_attributes` takes it back.
    #[inline]
    pub fn clear_custom_attributes(mut self) -> Self {
        self.custom_attributes = None;
        self.unknown_fields
            .insert("custom_attributes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `event_types` (chainable).
    pub fn set_event_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.event_types = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("event_types");
        self
    }

    /// Sends `event_types` as JSON `null`, which clears it on the server (chainable);
    /// `set_event_types` takes it back.
    #[inline]
    pub fn clear_event_types(mut self) -> Self {
        self.event_types = None;
        self.unknown_fields.insert("event_types".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `object_name_prefix` (chainable).
    pub fn set_object_name_prefix(mut self, value: impl Into<String>) -> Self {
        self.object_name_prefix = Some(value.into());
        self.unknown_fields.remove("object_name_prefix");
        self
    }

    /// Sends `object_name_prefix` as JSON `null`, which clears it on the server (chainable);
    /// `set_object_name_prefix` takes it back.
    #[inline]
    pub fn clear_object_name_prefix(mut self) -> Self {
        self.object_name_prefix = None;
        self.unknown_fields
            .insert("object_name_prefix".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `payload_format` (chainable).
    pub fn set_payload_format(mut self, value: impl Into<String>) -> Self {
        self.payload_format = Some(value.into());
        self.unknown_fields.remove("payload_format");
        self
    }

    /// Sends `payload_format` as JSON `null`, which clears it on the server (chainable);
    /// `set_payload_format` takes it back.
    #[inline]
    pub fn clear_payload_format(mut self) -> Self {
        self.payload_format = None;
        self.unknown_fields.insert("payload_format".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `selfLink` (chainable).
    pub fn set_self_link(mut self, value: impl Into<String>) -> Self {
        self.self_link = Some(value.into());
        self.unknown_fields.remove("selfLink");
        self
    }

    /// Sends `selfLink` as JSON `null`, which clears it on the server (chainable); `set_self_link`
    /// takes it back.
    #[inline]
    pub fn clear_self_link(mut self) -> Self {
        self.self_link = None;
        self.unknown_fields.insert("selfLink".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `topic` (chainable).
    pub fn set_topic(mut self, value: impl Into<String>) -> Self {
        self.topic = Some(value.into());
        self.unknown_fields.remove("topic");
        self
    }

    /// Sends `topic` as JSON `null`, which clears it on the server (chainable); `set_topic` takes
    /// it back.
    #[inline]
    pub fn clear_topic(mut self) -> Self {
        self.topic = None;
        self.unknown_fields.insert("topic".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Notification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.custom_attributes {
            map.serialize_entry("custom_attributes", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.event_types {
            map.serialize_entry("event_types", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.object_name_prefix {
            map.serialize_entry("object_name_prefix", value)?;
        }
        if let Some(value) = &self.payload_format {
            map.serialize_entry("payload_format", value)?;
        }
        if let Some(value) = &self.self_link {
            map.serialize_entry("selfLink", value)?;
        }
        if let Some(value) = &self.topic {
            map.serialize_entry("topic", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Notification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Notification {
    const NAME: &'static str = "Notification";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "custom_attributes" => self.custom_attributes = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "event_types" => self.event_types = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "object_name_prefix" => self.object_name_prefix = map.next_value()?,
            "payload_format" => self.payload_format = map.next_value()?,
            "selfLink" => self.self_link = map.next_value()?,
            "topic" => self.topic = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
