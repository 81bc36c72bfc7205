use crate::runtime::wire;

/// A single MIME message part.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MessagePart {
    /// The message part body for this part, which may be empty for container MIME message parts.
    pub body: Option<crate::schemas::MessagePartBody>,
    /// The filename of the attachment. Only present if this message part represents an attachment.
    pub filename: Option<String>,
    /// List of headers on this message part. For the top-level message part, representing the
    /// entire message payload, it will contain the standard RFC 2822 email headers such as `To`,
    /// `From`, and `Subject`.
    pub headers: Option<Vec<crate::schemas::MessagePartHeader>>,
    /// The MIME type of the message part.
    pub mime_type: Option<String>,
    /// The immutable ID of the message part.
    pub part_id: Option<String>,
    /// The child MIME message parts of this part. This only applies to container MIME message
    /// parts, for example `multipart/*`. For non- container MIME message part types, such as
    /// `text/plain`, this field is empty. For more information, see RFC 1521.
    pub parts: Option<Vec<crate::schemas::MessagePart>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MessagePart {
    /// Sets `body` (chainable).
    pub fn set_body(
        mut self,
        value: impl Into<crate::schemas::MessagePartBody>,
    ) -> Self {
        self.body = Some(value.into());
        self.unknown_fields.remove("body");
        self
    }

    /// Sends `body` as JSON `null`, which clears it on the server (chainable); `set_body` takes it
    /// back.
    #[inline]
    pub fn clear_body(mut self) -> Self {
        self.body = None;
        self.unknown_fields.insert("body".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `filename` (chainable).
    pub fn set_filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self.unknown_fields.remove("filename");
        self
    }

    /// Sends `filename` as JSON `null`, which clears it on the server (chainable); `set_filename`
    /// takes it back.
    #[inline]
    pub fn clear_filename(mut self) -> Self {
        self.filename = None;
        self.unknown_fields.insert("filename".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `headers` (chainable).
    pub fn set_headers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::MessagePartHeader>>,
    ) -> Self {
        self.headers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("headers");
        self
    }

    /// Sends `headers` as JSON `null`, which clears it on the server (chainable); `set_headers`
    /// takes it back.
    #[inline]
    pub fn clear_headers(mut self) -> Self {
        self.headers = None;
        self.unknown_fields.insert("headers".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mimeType` (chainable).
    pub fn set_mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self.unknown_fields.remove("mimeType");
        self
    }

    /// Sends `mimeType` as JSON `null`, which clears it on the server (chainable); `set_mime_type`
    /// takes it back.
    #[inline]
    pub fn clear_mime_type(mut self) -> Self {
        self.mime_type = None;
        self.unknown_fields.insert("mimeType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `partId` (chainable).
    pub fn set_part_id(mut self, value: impl Into<String>) -> Self {
        self.part_id = Some(value.into());
        self.unknown_fields.remove("partId");
        self
    }

    /// Sends `partId` as JSON `null`, which clears it on the server (chainable); `set_part_id`
    /// takes it back.
    #[inline]
    pub fn clear_part_id(mut self) -> Self {
        self.part_id = None;
        self.unknown_fields.insert("partId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `parts` (chainable).
    pub fn set_parts(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::MessagePart>>,
    ) -> Self {
        self.parts = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("parts");
        self
    }

    /// Sends `parts` as JSON `null`, which clears it on the server (chainable); `set_parts` takes
    /// it back.
    #[inline]
    pub fn clear_parts(mut self) -> Self {
        self.parts = None;
        self.unknown_fields.insert("parts".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for MessagePart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.body {
            map.serialize_entry("body", value)?;
        }
        if let Some(value) = &self.filename {
            map.serialize_entry("filename", value)?;
        }
        if let Some(value) = &self.headers {
            map.serialize_entry("headers", value)?;
        }
        if let Some(value) = &self.mime_type {
            map.serialize_entry("mimeType", value)?;
        }
        if let Some(value) = &self.part_id {
            map.serialize_entry("partId", value)?;
        }
        if let Some(value) = &self.parts {
            map.serialize_entry("parts", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessagePart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MessagePart {
    const NAME: &'static str = "MessagePart";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "body" => self.body = map.next_value()?,
            "filename" => self.filename = map.next_value()?,
            "headers" => self.headers = map.next_value()?,
            "mimeType" => self.mime_type = map.next_value()?,
            "partId" => self.part_id = map.next_value()?,
            "parts" => self.parts = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
