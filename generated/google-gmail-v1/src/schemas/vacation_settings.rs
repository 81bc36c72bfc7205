use crate::runtime::wire;

/// Vacation auto-reply settings for an account. These settings correspond to the "Vacation
/// responder" feature in the web interface.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct VacationSettings {
    /// Flag that controls whether Gmail automatically replies to messages.
    pub enable_auto_reply: Option<bool>,
    /// An optional end time for sending auto-replies (epoch ms). When this is specified, Gmail will
    /// automatically reply only to messages that it receives before the end time. If both
    /// `startTime` and `endTime` are specified, `startTime` must precede `endTime`.
    pub end_time: Option<i64>,
    /// Response body in HTML format. Gmail will sanitize the HTML before storing it. If both
    /// `response_body_plain_text` and `response_body_html` are specified, `response_body_html` will
    /// be used.
    pub response_body_html: Option<String>,
    /// Response body in plain text format. If both `response_body_plain_text` and
    /// `response_body_html` are specified, `response_body_html` will be used.
    pub response_body_plain_text: Option<String>,
    /// Optional text to prepend to the subject line in vacation responses. In order to enable
    /// auto-replies, either the response subject or the response body must be nonempty.
    pub response_subject: Option<String>,
    /// Flag that determines whether responses are sent to recipients who are not in the user's list
    /// of contacts.
    pub restrict_to_contacts: Option<bool>,
    /// Flag that determines whether responses are sent to recipients who are outside of the user's
    /// domain. This feature is only available for Google Workspace users.
    pub restrict_to_domain: Option<bool>,
    /// An optional start time for sending auto-replies (epoch ms). When this is specified, Gmail
    /// will automatically reply only to messages that it receives after the start time. If both
    /// `startTime` and `endTime` are specified, `startTime` must precede `endTime`.
    pub start_time: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl VacationSettings {
    /// Sets `enableAutoReply` (chainable).
    pub fn set_enable_auto_reply(mut self, value: impl Into<bool>) -> Self {
        self.enable_auto_reply = Some(value.into());
        self.unknown_fields.remove("enableAutoReply");
        self
    }

    /// Sends `enableAutoReply` as JSON `null`, which clears it on the server (chainable);
    /// `set_enable_auto_reply` takes it back.
    #[inline]
    pub fn clear_enable_auto_reply(mut self) -> Self {
        self.enable_auto_reply = None;
        self.unknown_fields
            .insert("enableAutoReply".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `endTime` (chainable).
    pub fn set_end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self.unknown_fields.remove("endTime");
        self
    }

    /// Sends `endTime` as JSON `null`, which clears it on the server (chainable); `set_end_time`
    /// takes it back.
    #[inline]
    pub fn clear_end_time(mut self) -> Self {
        self.end_time = None;
        self.unknown_fields.insert("endTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `responseBodyHtml` (chainable).
    pub fn set_response_body_html(mut self, value: impl Into<String>) -> Self {
        self.response_body_html = Some(value.into());
        self.unknown_fields.remove("responseBodyHtml");
        self
    }

    /// Sends `responseBodyHtml` as JSON `null`, which clears it on the server (chainable);
    /// `set_response_body_html` takes it back.
    #[inline]
    pub fn clear_response_body_html(mut self) -> Self {
        self.response_body_html = None;
        self.unknown_fields
            .insert("responseBodyHtml".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `responseBodyPlainText` (chainable).
    pub fn set_response_body_plain_text(mut self, value: impl Into<String>) -> Self {
        self.response_body_plain_text = Some(value.into());
        self.unknown_fields.remove("responseBodyPlainText");
        self
    }

    /// Sends `responseBodyPlainText` as JSON `null`, which clears it on the server (chainable);
    /// `set_response_body_plain_text` takes it back.
    #[inline]
    pub fn clear_response_body_plain_text(mut self) -> Self {
        self.response_body_plain_text = None;
        self.unknown_fields
            .insert("responseBodyPlainText".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `responseSubject` (chainable).
    pub fn set_response_subject(mut self, value: impl Into<String>) -> Self {
        self.response_subject = Some(value.into());
        self.unknown_fields.remove("responseSubject");
        self
    }

    /// Sends `responseSubject` as JSON `null`, which clears it on the server (chainable);
    /// `set_response_subject` takes it back.
    #[inline]
    pub fn clear_response_subject(mut self) -> Self {
        self.response_subject = None;
        self.unknown_fields
            .insert("responseSubject".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `restrictToContacts` (chainable).
    pub fn set_restrict_to_contacts(mut self, value: impl Into<bool>) -> Self {
        self.restrict_to_contacts = Some(value.into());
        self.unknown_fields.remove("restrictToContacts");
        self
    }

    /// Sends `restrictToContacts` as JSON `null`, which clears it on the server (chainable);
    /// `set_restrict_to_contacts` takes it back.
    #[inline]
    pub fn clear_restrict_to_contacts(mut self) -> Self {
        self.restrict_to_contacts = None;
        self.unknown_fields
            .insert("restrictToContacts".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `restrictToDomain` (chainable).
    pub fn set_restrict_to_domain(mut self, value: impl Into<bool>) -> Self {
        self.restrict_to_domain = Some(value.into());
        self.unknown_fields.remove("restrictToDomain");
        self
    }

    /// Sends `restrictToDomain` as JSON `null`, which clears it on the server (chainable);
    /// `set_restrict_to_domain` takes it back.
    #[inline]
    pub fn clear_restrict_to_domain(mut self) -> Self {
        self.restrict_to_domain = None;
        self.unknown_fields
            .insert("restrictToDomain".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startTime` (chainable).
    pub fn set_start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = Some(value.into());
        self.unknown_fields.remove("startTime");
        self
    }

    /// Sends `startTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_start_time` takes it back.
    #[inline]
    pub fn clear_start_time(mut self) -> Self {
        self.start_time = None;
        self.unknown_fields.insert("startTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for VacationSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enable_auto_reply {
            map.serialize_entry("enableAutoReply", value)?;
        }
        if self.end_time.is_some() {
            map.serialize_entry(
                "endTime",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.end_time),
            )?;
        }
        if let Some(value) = &self.response_body_html {
            map.serialize_entry("responseBodyHtml", value)?;
        }
        if let Some(value) = &self.response_body_plain_text {
            map.serialize_entry("responseBodyPlainText", value)?;
        }
        if let Some(value) = &self.response_subject {
            map.serialize_entry("responseSubject", value)?;
        }
        if let Some(value) = &self.restrict_to_contacts {
            map.serialize_entry("restrictToContacts", value)?;
        }
        if let Some(value) = &self.restrict_to_domain {
            map.serialize_entry("restrictToDomain", value)?;
        }
        if self.start_time.is_some() {
            map.serialize_entry(
                "startTime",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.start_time),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for VacationSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for VacationSettings {
    const NAME: &'static str = "VacationSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enableAutoReply" => self.enable_auto_reply = map.next_value()?,
            "endTime" => {
                self.end_time = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "responseBodyHtml" => self.response_body_html = map.next_value()?,
            "responseBodyPlainText" => self.response_body_plain_text = map.next_value()?,
            "responseSubject" => self.response_subject = map.next_value()?,
            "restrictToContacts" => self.restrict_to_contacts = map.next_value()?,
            "restrictToDomain" => self.restrict_to_domain = map.next_value()?,
            "startTime" => {
                self.start_time = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
