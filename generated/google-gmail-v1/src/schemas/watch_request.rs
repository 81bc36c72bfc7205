use crate::runtime::{impl_open_enum, wire};

/// Set up or update a new push notification watch on this user's mailbox.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WatchRequest {
    /// Filtering behavior of `labelIds list` specified. This field is deprecated because it caused
    /// incorrect behavior in some cases; use `label_filter_behavior` instead.
    ///
    /// Deprecated.
    pub label_filter_action: Option<crate::schemas::WatchRequestLabelFilterAction>,
    /// Filtering behavior of `labelIds list` specified. This field replaces `label_filter_action`;
    /// if set, `label_filter_action` is ignored.
    pub label_filter_behavior: Option<crate::schemas::WatchRequestLabelFilterBehavior>,
    /// List of label_ids to restrict notifications about. By default, if unspecified, all changes
    /// are pushed out. If specified then dictates which labels are required for a push notification
    /// to be generated.
    pub label_ids: Option<Vec<String>>,
    /// A fully qualified Google Cloud Pub/Sub API topic name to publish the events to. This topic
    /// name **must** already exist in Cloud Pub/Sub and you **must** have already granted gmail
    /// "publish" permission on it. For example,
    /// "projects/my-project-identifier/topics/my-topic-name" (using the Cloud Pub/Sub "v1" topic
    /// naming format). Note that the "my-project-identifier" portion must exactly match your Google
    /// developer project id (the one executing this watch request).
    pub topic_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WatchRequest {
    /// Sets `labelFilterAction` (chainable).
    pub fn set_label_filter_action(
        mut self,
        value: impl Into<crate::schemas::WatchRequestLabelFilterAction>,
    ) -> Self {
        self.label_filter_action = Some(value.into());
        self.unknown_fields.remove("labelFilterAction");
        self
    }

    /// Sends `labelFilterAction` as JSON `null`, which clears it on the server (chainable);
    /// `set_label_filter_action` takes it back.
    #[inline]
    pub fn clear_label_filter_action(mut self) -> Self {
        self.label_filter_action = None;
        self.unknown_fields
            .insert("labelFilterAction".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `labelFilterBehavior` (chainable).
    pub fn set_label_filter_behavior(
        mut self,
        value: impl Into<crate::schemas::WatchRequestLabelFilterBehavior>,
    ) -> Self {
        self.label_filter_behavior = Some(value.into());
        self.unknown_fields.remove("labelFilterBehavior");
        self
    }

    /// Sends `labelFilterBehavior` as JSON `null`, which clears it on the server (chainable);
    /// `set_label_filter_behavior` takes it back.
    #[inline]
    pub fn clear_label_filter_behavior(mut self) -> Self {
        self.label_filter_behavior = None;
        self.unknown_fields
            .insert("labelFilterBehavior".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `labelIds` (chainable).
    pub fn set_label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.label_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("labelIds");
        self
    }

    /// Sends `labelIds` as JSON `null`, which clears it on the server (chainable); `set_label_ids`
    /// takes it back.
    #[inline]
    pub fn clear_label_ids(mut self) -> Self {
        self.label_ids = None;
        self.unknown_fields.insert("labelIds".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for WatchRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.label_filter_action {
            map.serialize_entry("labelFilterAction", value)?;
        }
        if let Some(value) = &self.label_filter_behavior {
            map.serialize_entry("labelFilterBehavior", value)?;
        }
        if let Some(value) = &self.label_ids {
            map.serialize_entry("labelIds", value)?;
        }
        if let Some(value) = &self.topic_name {
            map.serialize_entry("topicName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WatchRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WatchRequest {
    const NAME: &'static str = "WatchRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "labelFilterAction" => self.label_filter_action = map.next_value()?,
            "labelFilterBehavior" => self.label_filter_behavior = map.next_value()?,
            "labelIds" => self.label_ids = map.next_value()?,
            "topicName" => self.topic_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Filtering behavior of `labelIds list` specified. This field is deprecated because it caused
/// incorrect behavior in some cases; use `label_filter_behavior` instead.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WatchRequestLabelFilterAction {
    /// Only get push notifications for message changes relating to labelIds specified.
    ///
    /// `include` on the wire.
    #[default]
    Include,
    /// Get push notifications for all message changes except those relating to labelIds specified.
    ///
    /// `exclude` on the wire.
    Exclude,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for WatchRequestLabelFilterAction {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Include => "include",
            Self::Exclude => "exclude",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "include" => Self::Include,
            "exclude" => Self::Exclude,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(WatchRequestLabelFilterAction);

/// Filtering behavior of `labelIds list` specified. This field replaces `label_filter_action`;
/// if set, `label_filter_action` is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WatchRequestLabelFilterBehavior {
    /// Only get push notifications for message changes relating to labelIds specified.
    ///
    /// `include` on the wire.
    #[default]
    Include,
    /// Get push notifications for all message changes except those relating to labelIds specified.
    ///
    /// `exclude` on the wire.
    Exclude,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for WatchRequestLabelFilterBehavior {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Include => "include",
            Self::Exclude => "exclude",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "include" => Self::Include,
            "exclude" => Self::Exclude,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(WatchRequestLabelFilterBehavior);
