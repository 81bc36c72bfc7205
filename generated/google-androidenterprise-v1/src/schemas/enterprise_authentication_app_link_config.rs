use crate::runtime::wire;

/// An authentication URL configuration for the authenticator app of an identity provider.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EnterpriseAuthenticationAppLinkConfig {
    /// An authentication url.
    pub uri: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EnterpriseAuthenticationAppLinkConfig {
    /// Sets `uri` (chainable).
    pub fn set_uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self.unknown_fields.remove("uri");
        self
    }

    /// Sends `uri` as JSON `null`, which clears it on the server (chainable); `set_uri` takes it
    /// back.
    #[inline]
    pub fn clear_uri(mut self) -> Self {
        self.uri = None;
        self.unknown_fields.insert("uri".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EnterpriseAuthenticationAppLinkConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.uri {
            map.serialize_entry("uri", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAuthenticationAppLinkConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EnterpriseAuthenticationAppLinkConfig {
    const NAME: &'static str = "EnterpriseAuthenticationAppLinkConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "uri" => self.uri = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
