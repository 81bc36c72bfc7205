use crate::runtime::wire;

/// The Status type defines a logical error model that is suitable for different programming
/// environments, including REST APIs and RPC APIs. It is used by gRPC
/// (<https://github.com/grpc>). Each Status message contains three pieces of data: error code,
/// error message, and error details.You can find out more about this error model and how to
/// work with it in the API Design Guide (<https://cloud.google.com/apis/design/errors>).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Status {
    /// The status code, which should be an enum value of google.rpc.Code.
    pub code: Option<i32>,
    /// A list of messages that carry the error details. There is a common set of message types for
    /// APIs to use.
    pub details: Option<Vec<std::collections::BTreeMap<String, serde_json::Value>>>,
    /// A developer-facing error message, which should be in English. Any user-facing error message
    /// should be localized and sent in the google.rpc.Status.details field, or localized by the
    /// client.
    pub message: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Status {
    /// Sets `code` (chainable).
    pub fn set_code(mut self, value: impl Into<i32>) -> Self {
        self.code = Some(value.into());
        self.unknown_fields.remove("code");
        self
    }

    /// Sends `code` as JSON `null`, which clears it on the server (chainable); `set_code` takes it
    /// back.
    #[inline]
    pub fn clear_code(mut self) -> Self {
        self.code = None;
        self.unknown_fields.insert("code".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `details` (chainable).
    pub fn set_details(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
        >,
    ) -> Self {
        self.details = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("details");
        self
    }

    /// Sends `details` as JSON `null`, which clears it on the server (chainable); `set_details`
    /// takes it back.
    #[inline]
    pub fn clear_details(mut self) -> Self {
        self.details = None;
        self.unknown_fields.insert("details".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `message` (chainable).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self.unknown_fields.remove("message");
        self
    }

    /// Sends `message` as JSON `null`, which clears it on the server (chainable); `set_message`
    /// takes it back.
    #[inline]
    pub fn clear_message(mut self) -> Self {
        self.message = None;
        self.unknown_fields.insert("message".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        if let Some(value) = &self.details {
            map.serialize_entry("details", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Status {
    const NAME: &'static str = "Status";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code" => self.code = map.next_value()?,
            "details" => self.details = map.next_value()?,
            "message" => self.message = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
