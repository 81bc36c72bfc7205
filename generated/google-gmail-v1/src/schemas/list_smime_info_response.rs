use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSmimeInfoResponse {
    /// List of SmimeInfo.
    pub smime_info: Option<Vec<crate::schemas::SmimeInfo>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListSmimeInfoResponse {
    /// Sets `smimeInfo` (chainable).
    pub fn set_smime_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::SmimeInfo>>,
    ) -> Self {
        self.smime_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("smimeInfo");
        self
    }

    /// Sends `smimeInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_smime_info` takes it back.
    #[inline]
    pub fn clear_smime_info(mut self) -> Self {
        self.smime_info = None;
        self.unknown_fields.insert("smimeInfo".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListSmimeInfoResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.smime_info {
            map.serialize_entry("smimeInfo", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListSmimeInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListSmimeInfoResponse {
    const NAME: &'static str = "ListSmimeInfoResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "smimeInfo" => self.smime_info = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
