use crate::runtime::wire;

/// Details of the eSIM added or removed.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EsimInfo {
    /// Output only. ICC ID of the eSIM.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub icc_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EsimInfo {
    /// Sets `iccId` (chainable).
    pub fn set_icc_id(mut self, value: impl Into<String>) -> Self {
        self.icc_id = Some(value.into());
        self.unknown_fields.remove("iccId");
        self
    }

    /// Sends `iccId` as JSON `null`, which clears it on the server (chainable); `set_icc_id` takes
    /// it back.
    #[inline]
    pub fn clear_icc_id(mut self) -> Self {
        self.icc_id = None;
        self.unknown_fields.insert("iccId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EsimInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.icc_id {
            map.serialize_entry("iccId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EsimInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EsimInfo {
    const NAME: &'static str = "EsimInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "iccId" => self.icc_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
