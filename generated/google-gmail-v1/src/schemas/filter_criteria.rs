use crate::runtime::{impl_open_enum, wire};

/// Message matching criteria.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FilterCriteria {
    /// Whether the response should exclude chats.
    pub exclude_chats: Option<bool>,
    /// The sender's display name or email address.
    pub from: Option<String>,
    /// Whether the message has any attachment.
    pub has_attachment: Option<bool>,
    /// Only return messages not matching the specified query. Supports the same query format as the
    /// Gmail search box. For example, `"from:someuser@example.com rfc822msgid: is:unread"`.
    pub negated_query: Option<String>,
    /// Only return messages matching the specified query. Supports the same query format as the
    /// Gmail search box. For example, `"from:someuser@example.com rfc822msgid: is:unread"`.
    pub query: Option<String>,
    /// The size of the entire RFC822 message in bytes, including all headers and attachments.
    pub size: Option<i32>,
    /// How the message size in bytes should be in relation to the size field.
    pub size_comparison: Option<crate::schemas::FilterCriteriaSizeComparison>,
    /// Case-insensitive phrase found in the message's subject. Trailing and leading whitespace are
    /// be trimmed and adjacent spaces are collapsed.
    pub subject: Option<String>,
    /// The recipient's display name or email address. Includes recipients in the "to", "cc", and
    /// "bcc" header fields. You can use simply the local part of the email address. For example,
    /// "example" and "example@" both match "example@gmail.com". This field is case-insensitive.
    pub to: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl FilterCriteria {
    /// Sets `excludeChats` (chainable).
    pub fn set_exclude_chats(mut self, value: impl Into<bool>) -> Self {
        self.exclude_chats = Some(value.into());
        self.unknown_fields.remove("excludeChats");
        self
    }

    /// Sends `excludeChats` as JSON `null`, which clears it on the server (chainable);
    /// `set_exclude_chats` takes it back.
    #[inline]
    pub fn clear_exclude_chats(mut self) -> Self {
        self.exclude_chats = None;
        self.unknown_fields.insert("excludeChats".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `from` (chainable).
    pub fn set_from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self.unknown_fields.remove("from");
        self
    }

    /// Sends `from` as JSON `null`, which clears it on the server (chainable); `set_from` takes it
    /// back.
    #[inline]
    pub fn clear_from(mut self) -> Self {
        self.from = None;
        self.unknown_fields.insert("from".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hasAttachment` (chainable).
    pub fn set_has_attachment(mut self, value: impl Into<bool>) -> Self {
        self.has_attachment = Some(value.into());
        self.unknown_fields.remove("hasAttachment");
        self
    }

    /// Sends `hasAttachment` as JSON `null`, which clears it on the server (chainable);
    /// `set_has_attachment` takes it back.
    #[inline]
    pub fn clear_has_attachment(mut self) -> Self {
        self.has_attachment = None;
        self.unknown_fields.insert("hasAttachment".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `negatedQuery` (chainable).
    pub fn set_negated_query(mut self, value: impl Into<String>) -> Self {
        self.negated_query = Some(value.into());
        self.unknown_fields.remove("negatedQuery");
        self
    }

    /// Sends `negatedQuery` as JSON `null`, which clears it on the server (chainable);
    /// `set_negated_query` takes it back.
    #[inline]
    pub fn clear_negated_query(mut self) -> Self {
        self.negated_query = None;
        self.unknown_fields.insert("negatedQuery".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `query` (chainable).
    pub fn set_query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self.unknown_fields.remove("query");
        self
    }

    /// Sends `query` as JSON `null`, which clears it on the server (chainable); `set_query` takes
    /// it back.
    #[inline]
    pub fn clear_query(mut self) -> Self {
        self.query = None;
        self.unknown_fields.insert("query".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `size` (chainable).
    pub fn set_size(mut self, value: impl Into<i32>) -> Self {
        self.size = Some(value.into());
        self.unknown_fields.remove("size");
        self
    }

    /// Sends `size` as JSON `null`, which clears it on the server (chainable); `set_size` takes it
    /// back.
    #[inline]
    pub fn clear_size(mut self) -> Self {
        self.size = None;
        self.unknown_fields.insert("size".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sizeComparison` (chainable).
    pub fn set_size_comparison(
        mut self,
        value: impl Into<crate::schemas::FilterCriteriaSizeComparison>,
    ) -> Self {
        self.size_comparison = Some(value.into());
        self.unknown_fields.remove("sizeComparison");
        self
    }

    /// Sends `sizeComparison` as JSON `null`, which clears it on the server (chainable);
    /// `set_size_comparison` takes it back.
    #[inline]
    pub fn clear_size_comparison(mut self) -> Self {
        self.size_comparison = None;
        self.unknown_fields.insert("sizeComparison".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `subject` (chainable).
    pub fn set_subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self.unknown_fields.remove("subject");
        self
    }

    /// Sends `subject` as JSON `null`, which clears it on the server (chainable); `set_subject`
    /// takes it back.
    #[inline]
    pub fn clear_subject(mut self) -> Self {
        self.subject = None;
        self.unknown_fields.insert("subject".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `to` (chainable).
    pub fn set_to(mut self, value: impl Into<String>) -> Self {
        self.to = Some(value.into());
        self.unknown_fields.remove("to");
        self
    }

    /// Sends `to` as JSON `null`, which clears it on the server (chainable); `set_to` takes it
    /// back.
    #[inline]
    pub fn clear_to(mut self) -> Self {
        self.to = None;
        self.unknown_fields.insert("to".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for FilterCriteria {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.exclude_chats {
            map.serialize_entry("excludeChats", value)?;
        }
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        if let Some(value) = &self.has_attachment {
            map.serialize_entry("hasAttachment", value)?;
        }
        if let Some(value) = &self.negated_query {
            map.serialize_entry("negatedQuery", value)?;
        }
        if let Some(value) = &self.query {
            map.serialize_entry("query", value)?;
        }
        if let Some(value) = &self.size {
            map.serialize_entry("size", value)?;
        }
        if let Some(value) = &self.size_comparison {
            map.serialize_entry("sizeComparison", value)?;
        }
        if let Some(value) = &self.subject {
            map.serialize_entry("subject", value)?;
        }
        if let Some(value) = &self.to {
            map.serialize_entry("to", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for FilterCriteria {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for FilterCriteria {
    const NAME: &'static str = "FilterCriteria";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "excludeChats" => self.exclude_chats = map.next_value()?,
            "from" => self.from = map.next_value()?,
            "hasAttachment" => self.has_attachment = map.next_value()?,
            "negatedQuery" => self.negated_query = map.next_value()?,
            "query" => self.query = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "sizeComparison" => self.size_comparison = map.next_value()?,
            "subject" => self.subject = map.next_value()?,
            "to" => self.to = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// How the message size in bytes should be in relation to the size field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum FilterCriteriaSizeComparison {
    /// `unspecified` on the wire.
    #[default]
    Unspecified,
    /// Find messages smaller than the given size.
    ///
    /// `smaller` on the wire.
    Smaller,
    /// Find messages larger than the given size.
    ///
    /// `larger` on the wire.
    Larger,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for FilterCriteriaSizeComparison {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unspecified => "unspecified",
            Self::Smaller => "smaller",
            Self::Larger => "larger",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unspecified" => Self::Unspecified,
            "smaller" => Self::Smaller,
            "larger" => Self::Larger,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(FilterCriteriaSizeComparison);
