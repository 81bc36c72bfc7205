use crate::runtime::wire;

/// An enterprise signup URL.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SignupUrl {
    /// The name of the resource. Use this value in the signupUrl field when calling
    /// enterprises.create to complete the enterprise signup flow.
    pub name: Option<String>,
    /// A URL where an enterprise admin can register their enterprise. The page can't be rendered in
    /// an iframe.
    pub url: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SignupUrl {
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

impl serde::Serialize for SignupUrl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.url {
            map.serialize_entry("url", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SignupUrl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SignupUrl {
    const NAME: &'static str = "SignupUrl";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "url" => self.url = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
