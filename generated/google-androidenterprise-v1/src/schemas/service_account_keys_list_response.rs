use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ServiceAccountKeysListResponse {
    /// The service account credentials.
    pub service_account_key: Option<Vec<crate::schemas::ServiceAccountKey>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ServiceAccountKeysListResponse {
    /// Sets `serviceAccountKey` (chainable).
    pub fn set_service_account_key(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ServiceAccountKey>>,
    ) -> Self {
        self.service_account_key = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("serviceAccountKey");
        self
    }

    /// Sends `serviceAccountKey` as JSON `null`, which clears it on the server (chainable);
    /// `set_service_account_key` takes it back.
    #[inline]
    pub fn clear_service_account_key(mut self) -> Self {
        self.service_account_key = None;
        self.unknown_fields
            .insert("serviceAccountKey".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ServiceAccountKeysListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.service_account_key {
            map.serialize_entry("serviceAccountKey", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceAccountKeysListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ServiceAccountKeysListResponse {
    const NAME: &'static str = "ServiceAccountKeysListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "serviceAccountKey" => self.service_account_key = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
