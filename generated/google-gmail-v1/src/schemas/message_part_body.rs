use crate::runtime::wire;

/// The body of a single MIME message part.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MessagePartBody {
    /// When present, contains the ID of an external attachment that can be retrieved in a separate
    /// `messages.attachments.get` request. When not present, the entire content of the message part
    /// body is contained in the data field.
    pub attachment_id: Option<String>,
    /// The body data of a MIME message part as a base64url encoded string. May be empty for MIME
    /// container types that have no message body or when the body data is sent as a separate
    /// attachment. An attachment ID is present if the body data is contained in a separate
    /// attachment.
    pub data: Option<Vec<u8>>,
    /// Number of bytes for the message part data (encoding notwithstanding).
    pub size: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MessagePartBody {
    /// Sets `attachmentId` (chainable).
    pub fn set_attachment_id(mut self, value: impl Into<String>) -> Self {
        self.attachment_id = Some(value.into());
        self.unknown_fields.remove("attachmentId");
        self
    }

    /// Sends `attachmentId` as JSON `null`, which clears it on the server (chainable);
    /// `set_attachment_id` takes it back.
    #[inline]
    pub fn clear_attachment_id(mut self) -> Self {
        self.attachment_id = None;
        self.unknown_fields.insert("attachmentId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `data` (chainable).
    pub fn set_data(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.data = Some(value.into());
        self.unknown_fields.remove("data");
        self
    }

    /// Sends `data` as JSON `null`, which clears it on the server (chainable); `set_data` takes it
    /// back.
    #[inline]
    pub fn clear_data(mut self) -> Self {
        self.data = None;
        self.unknown_fields.insert("data".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for MessagePartBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.attachment_id {
            map.serialize_entry("attachmentId", value)?;
        }
        if self.data.is_some() {
            map.serialize_entry(
                "data",
                &wire::Out::<Option<Vec<u8>>, Option<wire::Base64>>::new(&self.data),
            )?;
        }
        if let Some(value) = &self.size {
            map.serialize_entry("size", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessagePartBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MessagePartBody {
    const NAME: &'static str = "MessagePartBody";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "attachmentId" => self.attachment_id = map.next_value()?,
            "data" => {
                self.data = map
                    .next_value::<wire::In<Option<Vec<u8>>, Option<wire::Base64>>>()?
                    .0;
            }
            "size" => self.size = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
