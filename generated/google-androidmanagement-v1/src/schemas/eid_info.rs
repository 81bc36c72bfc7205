use crate::runtime::wire;

/// Information related to the EIDs of the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EidInfo {
    /// Output only. EID information for each eUICC chip.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub eids: Option<Vec<crate::schemas::Eid>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EidInfo {
    /// Sets `eids` (chainable).
    pub fn set_eids(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Eid>>,
    ) -> Self {
        self.eids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("eids");
        self
    }

    /// Sends `eids` as JSON `null`, which clears it on the server (chainable); `set_eids` takes it
    /// back.
    #[inline]
    pub fn clear_eids(mut self) -> Self {
        self.eids = None;
        self.unknown_fields.insert("eids".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EidInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.eids {
            map.serialize_entry("eids", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EidInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EidInfo {
    const NAME: &'static str = "EidInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "eids" => self.eids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
