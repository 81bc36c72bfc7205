use crate::runtime::wire;

/// A resource returned by the GenerateSignupUrl API, which contains the Signup URL and
/// Completion Token.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SignupInfo {
    /// An opaque token that will be required, along with the Enterprise Token, for obtaining the
    /// enterprise resource from CompleteSignup.
    pub completion_token: Option<String>,
    /// Deprecated.
    pub kind: Option<String>,
    /// A URL under which the Admin can sign up for an enterprise. The page pointed to cannot be
    /// rendered in an iframe.
    pub url: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SignupInfo {
    /// Sets `completionToken` (chainable).
    pub fn set_completion_token(mut self, value: impl Into<String>) -> Self {
        self.completion_token = Some(value.into());
        self.unknown_fields.remove("completionToken");
        self
    }

    /// Sends `completionToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_completion_token` takes it back.
    #[inline]
    pub fn clear_completion_token(mut self) -> Self {
        self.completion_token = None;
        self.unknown_fields
            .insert("completionToken".to_owned(), serde_json::Value::Null);
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

    /// Sets `url` (chainable).
    pub fn set_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self.unknown_fields.remove("url");
        self
    }

    /// Sends `url` as JSON `null`, which clears it on the server (chainable); `set_url` takes it
    /// back.
    #[inline]
    pub fn clear_url(mut self) -> Self {
        self.url = None;
        self.unknown_fields.insert("url".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SignupInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.completion_token {
            map.serialize_entry("completionToken", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.url {
            map.serialize_entry("url", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SignupInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SignupInfo {
    const NAME: &'static str = "SignupInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "completionToken" => self.completion_token = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "url" => self.url = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
