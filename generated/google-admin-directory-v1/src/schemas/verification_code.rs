use crate::runtime::wire;

/// The Directory API allows you to view, generate, and invalidate backup verification codes for
/// a user.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct VerificationCode {
    /// ETag of the resource.
    pub etag: Option<String>,
    /// The type of the resource. This is always `admin#directory#verificationCode`.
    pub kind: Option<String>,
    /// The obfuscated unique ID of the user.
    pub user_id: Option<String>,
    /// A current verification code for the user. Invalidated or used verification codes are not
    /// returned as part of the result.
    pub verification_code: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl VerificationCode {
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
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

    /// Sets `userId` (chainable).
    pub fn set_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self.unknown_fields.remove("userId");
        self
    }

    /// Sends `userId` as JSON `null`, which clears it on the server (chainable); `set_user_id`
    /// takes it back.
    #[inline]
    pub fn clear_user_id(mut self) -> Self {
        self.user_id = None;
        self.unknown_fields.insert("userId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `verificationCode` (chainable).
    pub fn set_verification_code(mut self, value: impl Into<String>) -> Self {
        self.verification_code = Some(value.into());
        self.unknown_fields.remove("verificationCode");
        self
    }

    /// Sends `verificationCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_verification_code` takes it back.
    #[inline]
    pub fn clear_verification_code(mut self) -> Self {
        self.verification_code = None;
        self.unknown_fields
            .insert("verificationCode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for VerificationCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.user_id {
            map.serialize_entry("userId", value)?;
        }
        if let Some(value) = &self.verification_code {
            map.serialize_entry("verificationCode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for VerificationCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for VerificationCode {
    const NAME: &'static str = "VerificationCode";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "etag" => self.etag = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "userId" => self.user_id = map.next_value()?,
            "verificationCode" => self.verification_code = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
