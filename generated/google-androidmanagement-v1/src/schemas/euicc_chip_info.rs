use crate::runtime::wire;

/// Information related to the eUICC chip.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EuiccChipInfo {
    /// Output only. The Embedded Identity Document (EID) that identifies the eUICC chip for each
    /// eUICC chip on the device. This is available on company owned devices running Android 13 and
    /// above.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub eid: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EuiccChipInfo {
    /// Sets `eid` (chainable).
    pub fn set_eid(mut self, value: impl Into<String>) -> Self {
        self.eid = Some(value.into());
        self.unknown_fields.remove("eid");
        self
    }

    /// Sends `eid` as JSON `null`, which clears it on the server (chainable); `set_eid` takes it
    /// back.
    #[inline]
    pub fn clear_eid(mut self) -> Self {
        self.eid = None;
        self.unknown_fields.insert("eid".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EuiccChipInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.eid {
            map.serialize_entry("eid", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EuiccChipInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EuiccChipInfo {
    const NAME: &'static str = "EuiccChipInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "eid" => self.eid = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
