use crate::runtime::wire;

/// JSON template for token resource in Directory API.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Token {
    /// Whether the application is registered with Google. The value is `true` if the application
    /// has an anonymous Client ID.
    pub anonymous: Option<bool>,
    /// The Client ID of the application the token is issued to.
    pub client_id: Option<String>,
    /// The displayable name of the application the token is issued to.
    pub display_text: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// The type of the API resource. This is always `admin#directory#token`.
    pub kind: Option<String>,
    /// Whether the token is issued to an installed application. The value is `true` if the
    /// application is installed to a desktop or mobile device.
    pub native_app: Option<bool>,
    /// A list of authorization scopes the application is granted.
    pub scopes: Option<Vec<String>>,
    /// The unique ID of the user that issued the token.
    pub user_key: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Token {
    /// Sets `anonymous` (chainable).
    pub fn set_anonymous(mut self, value: impl Into<bool>) -> Self {
        self.anonymous = Some(value.into());
        self.unknown_fields.remove("anonymous");
        self
    }

    /// Sends `anonymous` as JSON `null`, which clears it on the server (chainable); `set_anonymous`
    /// takes it back.
    #[inline]
    pub fn clear_anonymous(mut self) -> Self {
        self.anonymous = None;
        self.unknown_fields.insert("anonymous".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `clientId` (chainable).
    pub fn set_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self.unknown_fields.remove("clientId");
        self
    }

    /// Sends `clientId` as JSON `null`, which clears it on the server (chainable); `set_client_id`
    /// takes it back.
    #[inline]
    pub fn clear_client_id(mut self) -> Self {
        self.client_id = None;
        self.unknown_fields.insert("clientId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displayText` (chainable).
    pub fn set_display_text(mut self, value: impl Into<String>) -> Self {
        self.display_text = Some(value.into());
        self.unknown_fields.remove("displayText");
        self
    }

    /// Sends `displayText` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_text` takes it back.
    #[inline]
    pub fn clear_display_text(mut self) -> Self {
        self.display_text = None;
        self.unknown_fields.insert("displayText".to_owned(), serde_json::Value::Null);
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

    /// Sets `nativeApp` (chainable).
    pub fn set_native_app(mut self, value: impl Into<bool>) -> Self {
        self.native_app = Some(value.into());
        self.unknown_fields.remove("nativeApp");
        self
    }

    /// Sends `nativeApp` as JSON `null`, which clears it on the server (chainable);
    /// `set_native_app` takes it back.
    #[inline]
    pub fn clear_native_app(mut self) -> Self {
        self.native_app = None;
        self.unknown_fields.insert("nativeApp".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `scopes` (chainable).
    pub fn set_scopes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.scopes = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("scopes");
        self
    }

    /// Sends `scopes` as JSON `null`, which clears it on the server (chainable); `set_scopes` takes
    /// it back.
    #[inline]
    pub fn clear_scopes(mut self) -> Self {
        self.scopes = None;
        self.unknown_fields.insert("scopes".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for Token {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.anonymous {
            map.serialize_entry("anonymous", value)?;
        }
        if let Some(value) = &self.client_id {
            map.serialize_entry("clientId", value)?;
        }
        if let Some(value) = &self.display_text {
            map.serialize_entry("displayText", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.native_app {
            map.serialize_entry("nativeApp", value)?;
        }
        if let Some(value) = &self.scopes {
            map.serialize_entry("scopes", value)?;
        }
        if let Some(value) = &self.user_key {
            map.serialize_entry("userKey", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Token {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Token {
    const NAME: &'static str = "Token";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "anonymous" => self.anonymous = map.next_value()?,
            "clientId" => self.client_id = map.next_value()?,
            "displayText" => self.display_text = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "nativeApp" => self.native_app = map.next_value()?,
            "scopes" => self.scopes = map.next_value()?,
            "userKey" => self.user_key = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
