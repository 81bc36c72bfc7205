use crate::runtime::wire;

/// The body of a single MIME message part.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartBody {
    /// When present, contains the ID of an external attachment that can be retrieved in a separate
    /// `messages.attachments.get` request. When not present, the entire content of the message part
    /// body is contained in the data field.
    #[serde(rename = "attachmentId", default, skip_serializing_if = "Option::is_none")]
    pub attachment_id: Option<String>,
    /// The body data of a MIME message part as a base64url encoded string. May be empty for MIME
    /// container types that have no message body or when the body data is sent as a separate
    /// attachment. An attachment ID is present if the body data is contained in a separate
    /// attachment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::Base64>>"
    )]
    pub data: Option<Vec<u8>>,
    /// Number of bytes for the message part data (encoding notwithstanding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
