use crate::runtime::wire;

/// Response message for generating a URL to upgrade an existing managed Google Play Accounts
/// enterprise to a managed Google domain.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GenerateEnterpriseUpgradeUrlResponse {
    /// A URL for an enterprise admin to upgrade their enterprise. The page can't be rendered in an
    /// iframe.
    pub url: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GenerateEnterpriseUpgradeUrlResponse {
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

impl serde::Serialize for GenerateEnterpriseUpgradeUrlResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.url {
            map.serialize_entry("url", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GenerateEnterpriseUpgradeUrlResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GenerateEnterpriseUpgradeUrlResponse {
    const NAME: &'static str = "GenerateEnterpriseUpgradeUrlResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "url" => self.url = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
