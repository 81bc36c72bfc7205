use crate::runtime::wire;

/// An email message.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Message {
    /// Classification Label values on the message. Available Classification Label schemas can be
    /// queried using the Google Drive Labels API. Each classification label ID must be unique. If
    /// duplicate IDs are provided, only one will be retained, and the selection is arbitrary. Only
    /// used for Google Workspace accounts. There's a limit of 20 Classification Label values per
    /// request. If the Classification Label values exceeds the maximum allowed number, the request
    /// fails.
    pub classification_label_values: Option<
        Vec<crate::schemas::ClassificationLabelValue>,
    >,
    /// The ID of the last history record that modified this message.
    pub history_id: Option<u64>,
    /// The immutable ID of the message.
    pub id: Option<String>,
    /// The internal message creation timestamp (epoch ms), which determines ordering in the inbox.
    /// For normal SMTP-received email, this represents the time the message was originally accepted
    /// by Google, which is more reliable than the `Date` header. However, for API-migrated mail, it
    /// can be configured by client to be based on the `Date` header.
    pub internal_date: Option<i64>,
    /// List of IDs of labels applied to this message.
    pub label_ids: Option<Vec<String>>,
    /// The parsed email structure in the message parts.
    pub payload: Option<crate::schemas::MessagePart>,
    /// The entire email message in an RFC 2822 formatted and base64url encoded string. Returned in
    /// `messages.get` and `drafts.get` responses when the `format=RAW` parameter is supplied.
    /// @required gmail.users.drafts.create gmail.users.drafts.update
    ///
    /// Required by: `gmail.users.messages.insert`, `gmail.users.messages.send`.
    pub raw: Option<Vec<u8>>,
    /// Estimated size in bytes of the message.
    pub size_estimate: Option<i32>,
    /// A short part of the message text.
    pub snippet: Option<String>,
    /// The ID of the thread the message belongs to. To add a message or draft to a thread, the
    /// following criteria must be met: 1. The requested `threadId` must be specified on the
    /// `Message` or `Draft.Message` you supply with your request. 2. The `References` and
    /// `In-Reply-To` headers must be set in compliance with the [RFC
    /// 2822](https://tools.ietf.org/html/rfc2822) standard. 3. The `Subject` headers must match.
    pub thread_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Message {
    /// Sets `classificationLabelValues` (chainable).
    pub fn set_classification_label_values(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ClassificationLabelValue>,
        >,
    ) -> Self {
        self.classification_label_values = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("classificationLabelValues");
        self
    }

    /// Sends `classificationLabelValues` as JSON `null`, which clears it on the server (chainable);
    /// `set_classification_label_values` takes it back.
    #[inline]
    pub fn clear_classification_label_values(mut self) -> Self {
        self.classification_label_values = None;
        self.unknown_fields
            .insert("classificationLabelValues".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `historyId` (chainable).
    pub fn set_history_id(mut self, value: impl Into<u64>) -> Self {
        self.history_id = Some(value.into());
        self.unknown_fields.remove("historyId");
        self
    }

    /// Sends `historyId` as JSON `null`, which clears it on the server (chainable);
    /// `set_history_id` takes it back.
    #[inline]
    pub fn clear_history_id(mut self) -> Self {
        self.history_id = None;
        self.unknown_fields.insert("historyId".to_owned(), serde_json::Value::Null);
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

    /// Sets `internalDate` (chainable).
    pub fn set_internal_date(mut self, value: impl Into<i64>) -> Self {
        self.internal_date = Some(value.into());
        self.unknown_fields.remove("internalDate");
        self
    }

    /// Sends `internalDate` as JSON `null`, which clears it on the server (chainable);
    /// `set_internal_date` takes it back.
    #[inline]
    pub fn clear_internal_date(mut self) -> Self {
        self.internal_date = None;
        self.unknown_fields.insert("internalDate".to_owned(), serde_json::Value::Null);
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

    /// Sets `payload` (chainable).
    pub fn set_payload(mut self, value: impl Into<crate::schemas::MessagePart>) -> Self {
        self.payload = Some(value.into());
        self.unknown_fields.remove("payload");
        self
    }

    /// Sends `payload` as JSON `null`, which clears it on the server (chainable); `set_payload`
    /// takes it back.
    #[inline]
    pub fn clear_payload(mut self) -> Self {
        self.payload = None;
        self.unknown_fields.insert("payload".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `raw` (chainable).
    pub fn set_raw(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.raw = Some(value.into());
        self.unknown_fields.remove("raw");
        self
    }

    /// Sends `raw` as JSON `null`, which clears it on the server (chainable); `set_raw` takes it
    /// back.
    #[inline]
    pub fn clear_raw(mut self) -> Self {
        self.raw = None;
        self.unknown_fields.insert("raw".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sizeEstimate` (chainable).
    pub fn set_size_estimate(mut self, value: impl Into<i32>) -> Self {
        self.size_estimate = Some(value.into());
        self.unknown_fields.remove("sizeEstimate");
        self
    }

    /// Sends `sizeEstimate` as JSON `null`, which clears it on the server (chainable);
    /// `set_size_estimate` takes it back.
    #[inline]
    pub fn clear_size_estimate(mut self) -> Self {
        self.size_estimate = None;
        self.unknown_fields.insert("sizeEstimate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `snippet` (chainable).
    pub fn set_snippet(mut self, value: impl Into<String>) -> Self {
        self.snippet = Some(value.into());
        self.unknown_fields.remove("snippet");
        self
    }

    /// Sends `snippet` as JSON `null`, which clears it on the server (chainable); `set_snippet`
    /// takes it back.
    #[inline]
    pub fn clear_snippet(mut self) -> Self {
        self.snippet = None;
        self.unknown_fields.insert("snippet".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `threadId` (chainable).
    pub fn set_thread_id(mut self, value: impl Into<String>) -> Self {
        self.thread_id = Some(value.into());
        self.unknown_fields.remove("threadId");
        self
    }

    /// Sends `threadId` as JSON `null`, which clears it on the server (chainable); `set_thread_id`
    /// takes it back.
    #[inline]
    pub fn clear_thread_id(mut self) -> Self {
        self.thread_id = None;
        self.unknown_fields.insert("threadId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.classification_label_values {
            map.serialize_entry("classificationLabelValues", value)?;
        }
        if self.history_id.is_some() {
            map.serialize_entry(
                "historyId",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.history_id),
            )?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if self.internal_date.is_some() {
            map.serialize_entry(
                "internalDate",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.internal_date),
            )?;
        }
        if let Some(value) = &self.label_ids {
            map.serialize_entry("labelIds", value)?;
        }
        if let Some(value) = &self.payload {
            map.serialize_entry("payload", value)?;
        }
        if self.raw.is_some() {
            map.serialize_entry(
                "raw",
                &wire::Out::<Option<Vec<u8>>, Option<wire::Base64>>::new(&self.raw),
            )?;
        }
        if let Some(value) = &self.size_estimate {
            map.serialize_entry("sizeEstimate", value)?;
        }
        if let Some(value) = &self.snippet {
            map.serialize_entry("snippet", value)?;
        }
        if let Some(value) = &self.thread_id {
            map.serialize_entry("threadId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Message {
    const NAME: &'static str = "Message";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "classificationLabelValues" => {
                self.classification_label_values = map.next_value()?;
            }
            "historyId" => {
                self.history_id = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            "id" => self.id = map.next_value()?,
            "internalDate" => {
                self.internal_date = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "labelIds" => self.label_ids = map.next_value()?,
            "payload" => self.payload = map.next_value()?,
            "raw" => {
                self.raw = map
                    .next_value::<wire::In<Option<Vec<u8>>, Option<wire::Base64>>>()?
                    .0;
            }
            "sizeEstimate" => self.size_estimate = map.next_value()?,
            "snippet" => self.snippet = map.next_value()?,
            "threadId" => self.thread_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
