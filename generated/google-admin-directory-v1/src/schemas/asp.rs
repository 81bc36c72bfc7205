use crate::runtime::wire;

/// An application-specific password (ASP) is used with applications that do not accept a
/// verification code when logging into the application on certain devices. The ASP access code
/// is used instead of the login and password you commonly use when accessing an application
/// through a browser. For more information about ASPs and how to create one, see the [help
/// center](https://support.google.com/a/answer/2537800#asp).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Asp {
    /// The unique ID of the ASP.
    pub code_id: Option<i32>,
    /// The time when the ASP was created. Expressed in [Unix
    /// time](https://en.wikipedia.org/wiki/Epoch_time) format.
    pub creation_time: Option<i64>,
    /// ETag of the ASP.
    pub etag: Option<String>,
    /// The type of the API resource. This is always `admin#directory#asp`.
    pub kind: Option<String>,
    /// The time when the ASP was last used. Expressed in [Unix
    /// time](https://en.wikipedia.org/wiki/Epoch_time) format.
    pub last_time_used: Option<i64>,
    /// The name of the application that the user, represented by their `userId`, entered when the
    /// ASP was created.
    pub name: Option<String>,
    /// The unique ID of the user who issued the ASP.
    pub user_key: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Asp {
    /// Sets `codeId` (chainable).
    pub fn set_code_id(mut self, value: impl Into<i32>) -> Self {
        self.code_id = Some(value.into());
        self.unknown_fields.remove("codeId");
        self
    }

    /// Sends `codeId` as JSON `null`, which clears it on the server (chainable); `set_code_id`
    /// takes it back.
    #[inline]
    pub fn clear_code_id(mut self) -> Self {
        self.code_id = None;
        self.unknown_fields.insert("codeId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `creationTime` (chainable).
    pub fn set_creation_time(mut self, value: impl Into<i64>) -> Self {
        self.creation_time = Some(value.into());
        self.unknown_fields.remove("creationTime");
        self
    }

    /// Sends `creationTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_creation_time` takes it back.
    #[inline]
    pub fn clear_creation_time(mut self) -> Self {
        self.creation_time = None;
        self.unknown_fields.insert("creationTime".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `lastTimeUsed` (chainable).
    pub fn set_last_time_used(mut self, value: impl Into<i64>) -> Self {
        self.last_time_used = Some(value.into());
        self.unknown_fields.remove("lastTimeUsed");
        self
    }

    /// Sends `lastTimeUsed` as JSON `null`, which clears it on the server (chainable);
    /// `set_last_time_used` takes it back.
    #[inline]
    pub fn clear_last_time_used(mut self) -> Self {
        self.last_time_used = None;
        self.unknown_fields.insert("lastTimeUsed".to_owned(), serde_json::Value::Null);
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

    /// Sets `userKey` (chainable).
    pub fn set_user_key(mut self, value: impl Into<String>) -> Self {
        self.user_key = Some(value.into());
        self.unknown_fields.remove("userKey");
        self
    }

    /// Sends `userKey` as JSON `null`, which clears it on the server (chainable); `set_user_key`
    /// takes it back.
    #[inline]
    pub fn clear_user_key(mut self) -> Self {
        self.user_key = None;
        self.unknown_fields.insert("userKey".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Asp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.code_id {
            map.serialize_entry("codeId", value)?;
        }
        if self.creation_time.is_some() {
            map.serialize_entry(
                "creationTime",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.creation_time),
            )?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if self.last_time_used.is_some() {
            map.serialize_entry(
                "lastTimeUsed",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.last_time_used),
            )?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.user_key {
            map.serialize_entry("userKey", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Asp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Asp {
    const NAME: &'static str = "Asp";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "codeId" => self.code_id = map.next_value()?,
            "creationTime" => {
                self.creation_time = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "etag" => self.etag = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "lastTimeUsed" => {
                self.last_time_used = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "name" => self.name = map.next_value()?,
            "userKey" => self.user_key = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
