use crate::runtime::{impl_open_enum, wire};

/// Labels are used to categorize messages and threads within the user's mailbox. The maximum
/// number of labels supported for a user's mailbox is 10,000.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Label {
    /// The color to assign to the label. Color is only available for labels that have their `type`
    /// set to `user`.
    pub color: Option<crate::schemas::LabelColor>,
    /// The immutable ID of the label.
    ///
    /// Required by: `gmail.users.labels.update`.
    pub id: Option<String>,
    /// The visibility of the label in the label list in the Gmail web interface.
    ///
    /// Required by: `gmail.users.labels.create`, `gmail.users.labels.update`.
    pub label_list_visibility: Option<crate::schemas::LabelLabelListVisibility>,
    /// The visibility of messages with this label in the message list in the Gmail web interface.
    ///
    /// Required by: `gmail.users.labels.create`, `gmail.users.labels.update`.
    pub message_list_visibility: Option<crate::schemas::LabelMessageListVisibility>,
    /// The total number of messages with the label.
    pub messages_total: Option<i32>,
    /// The number of unread messages with the label.
    pub messages_unread: Option<i32>,
    /// The display name of the label.
    ///
    /// Required by: `gmail.users.labels.create`, `gmail.users.labels.update`.
    pub name: Option<String>,
    /// The total number of threads with the label.
    pub threads_total: Option<i32>,
    /// The number of unread threads with the label.
    pub threads_unread: Option<i32>,
    /// The owner type for the label. User labels are created by the user and can be modified and
    /// deleted by the user and can be applied to any message or thread. System labels are
    /// internally created and cannot be added, modified, or deleted. System labels may be able to
    /// be applied to or removed from messages and threads under some circumstances but this is not
    /// guaranteed. For example, users can apply and remove the `INBOX` and `UNREAD` labels from
    /// messages and threads, but cannot apply or remove the `DRAFTS` or `SENT` labels from messages
    /// or threads.
    pub type_: Option<crate::schemas::LabelType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Label {
    /// Sets `color` (chainable).
    pub fn set_color(mut self, value: impl Into<crate::schemas::LabelColor>) -> Self {
        self.color = Some(value.into());
        self.unknown_fields.remove("color");
        self
    }

    /// Sends `color` as JSON `null`, which clears it on the server (chainable); `set_color` takes
    /// it back.
    #[inline]
    pub fn clear_color(mut self) -> Self {
        self.color = None;
        self.unknown_fields.insert("color".to_owned(), serde_json::Value::Null);
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

    /// Sets `labelListVisibility` (chainable).
    pub fn set_label_list_visibility(
        mut self,
        value: impl Into<crate::schemas::LabelLabelListVisibility>,
    ) -> Self {
        self.label_list_visibility = Some(value.into());
        self.unknown_fields.remove("labelListVisibility");
        self
    }

    /// Sends `labelListVisibility` as JSON `null`, which clears it on the server (chainable);
    /// `set_label_list_visibility` takes it back.
    #[inline]
    pub fn clear_label_list_visibility(mut self) -> Self {
        self.label_list_visibility = None;
        self.unknown_fields
            .insert("labelListVisibility".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `messageListVisibility` (chainable).
    pub fn set_message_list_visibility(
        mut self,
        value: impl Into<crate::schemas::LabelMessageListVisibility>,
    ) -> Self {
        self.message_list_visibility = Some(value.into());
        self.unknown_fields.remove("messageListVisibility");
        self
    }

    /// Sends `messageListVisibility` as JSON `null`, which clears it on the server (chainable);
    /// `set_message_list_visibility` takes it back.
    #[inline]
    pub fn clear_message_list_visibility(mut self) -> Self {
        self.message_list_visibility = None;
        self.unknown_fields
            .insert("messageListVisibility".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `messagesTotal` (chainable).
    pub fn set_messages_total(mut self, value: impl Into<i32>) -> Self {
        self.messages_total = Some(value.into());
        self.unknown_fields.remove("messagesTotal");
        self
    }

    /// Sends `messagesTotal` as JSON `null`, which clears it on the server (chainable);
    /// `set_messages_total` takes it back.
    #[inline]
    pub fn clear_messages_total(mut self) -> Self {
        self.messages_total = None;
        self.unknown_fields.insert("messagesTotal".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `messagesUnread` (chainable).
    pub fn set_messages_unread(mut self, value: impl Into<i32>) -> Self {
        self.messages_unread = Some(value.into());
        self.unknown_fields.remove("messagesUnread");
        self
    }

    /// Sends `messagesUnread` as JSON `null`, which clears it on the server (chainable);
    /// `set_messages_unread` takes it back.
    #[inline]
    pub fn clear_messages_unread(mut self) -> Self {
        self.messages_unread = None;
        self.unknown_fields.insert("messagesUnread".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `threadsTotal` (chainable).
    pub fn set_threads_total(mut self, value: impl Into<i32>) -> Self {
        self.threads_total = Some(value.into());
        self.unknown_fields.remove("threadsTotal");
        self
    }

    /// Sends `threadsTotal` as JSON `null`, which clears it on the server (chainable);
    /// `set_threads_total` takes it back.
    #[inline]
    pub fn clear_threads_total(mut self) -> Self {
        self.threads_total = None;
        self.unknown_fields.insert("threadsTotal".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `threadsUnread` (chainable).
    pub fn set_threads_unread(mut self, value: impl Into<i32>) -> Self {
        self.threads_unread = Some(value.into());
        self.unknown_fields.remove("threadsUnread");
        self
    }

    /// Sends `threadsUnread` as JSON `null`, which clears it on the server (chainable);
    /// `set_threads_unread` takes it back.
    #[inline]
    pub fn clear_threads_unread(mut self) -> Self {
        self.threads_unread = None;
        self.unknown_fields.insert("threadsUnread".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<crate::schemas::LabelType>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.color {
            map.serialize_entry("color", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.label_list_visibility {
            map.serialize_entry("labelListVisibility", value)?;
        }
        if let Some(value) = &self.message_list_visibility {
            map.serialize_entry("messageListVisibility", value)?;
        }
        if let Some(value) = &self.messages_total {
            map.serialize_entry("messagesTotal", value)?;
        }
        if let Some(value) = &self.messages_unread {
            map.serialize_entry("messagesUnread", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.threads_total {
            map.serialize_entry("threadsTotal", value)?;
        }
        if let Some(value) = &self.threads_unread {
            map.serialize_entry("threadsUnread", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Label {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Label {
    const NAME: &'static str = "Label";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "color" => self.color = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "labelListVisibility" => self.label_list_visibility = map.next_value()?,
            "messageListVisibility" => self.message_list_visibility = map.next_value()?,
            "messagesTotal" => self.messages_total = map.next_value()?,
            "messagesUnread" => self.messages_unread = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "threadsTotal" => self.threads_total = map.next_value()?,
            "threadsUnread" => self.threads_unread = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The visibility of the label in the label list in the Gmail web interface.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum LabelLabelListVisibility {
    /// Show the label in the label list.
    ///
    /// `labelShow` on the wire.
    #[default]
    LabelShow,
    /// Show the label if there are any unread messages with that label.
    ///
    /// `labelShowIfUnread` on the wire.
    LabelShowIfUnread,
    /// Do not show the label in the label list.
    ///
    /// `labelHide` on the wire.
    LabelHide,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for LabelLabelListVisibility {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::LabelShow => "labelShow",
            Self::LabelShowIfUnread => "labelShowIfUnread",
            Self::LabelHide => "labelHide",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "labelShow" => Self::LabelShow,
            "labelShowIfUnread" => Self::LabelShowIfUnread,
            "labelHide" => Self::LabelHide,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(LabelLabelListVisibility);

/// The visibility of messages with this label in the message list in the Gmail web interface.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum LabelMessageListVisibility {
    /// Show the label in the message list.
    ///
    /// `show` on the wire.
    #[default]
    Show,
    /// Do not show the label in the message list.
    ///
    /// `hide` on the wire.
    Hide,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for LabelMessageListVisibility {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Show => "show",
            Self::Hide => "hide",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "show" => Self::Show,
            "hide" => Self::Hide,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(LabelMessageListVisibility);

/// The owner type for the label. User labels are created by the user and can be modified and
/// deleted by the user and can be applied to any message or thread. System labels are
/// internally created and cannot be added, modified, or deleted. System labels may be able to
/// be applied to or removed from messages and threads under some circumstances but this is not
/// guaranteed. For example, users can apply and remove the `INBOX` and `UNREAD` labels from
/// messages and threads, but cannot apply or remove the `DRAFTS` or `SENT` labels from messages
/// or threads.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum LabelType {
    /// Labels created by Gmail.
    ///
    /// `system` on the wire.
    #[default]
    System,
    /// Custom labels created by the user or application.
    ///
    /// `user` on the wire.
    User,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for LabelType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::User => "user",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "system" => Self::System,
            "user" => Self::User,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(LabelType);
