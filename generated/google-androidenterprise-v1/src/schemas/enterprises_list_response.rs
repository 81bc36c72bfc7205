use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EnterprisesListResponse {
    /// An enterprise.
    pub enterprise: Option<Vec<crate::schemas::Enterprise>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EnterprisesListResponse {
    /// Sets `enterprise` (chainable).
    pub fn set_enterprise(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Enterprise>>,
    ) -> Self {
        self.enterprise = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("enterprise");
        self
    }

    /// Sends `enterprise` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprise` takes it back.
    #[inline]
    pub fn clear_enterprise(mut self) -> Self {
        self.enterprise = None;
        self.unknown_fields.insert("enterprise".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EnterprisesListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enterprise {
            map.serialize_entry("enterprise", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EnterprisesListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EnterprisesListResponse {
    const NAME: &'static str = "EnterprisesListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enterprise" => self.enterprise = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
