use crate::runtime::wire;

/// Response for adding new printers in batch.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreatePrintersResponse {
    /// A list of create failures. Printer IDs are not populated, as printer were not created.
    pub failures: Option<Vec<crate::schemas::FailureInfo>>,
    /// A list of successfully created printers with their IDs populated.
    pub printers: Option<Vec<crate::schemas::Printer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchCreatePrintersResponse {
    /// Sets `failures` (chainable).
    pub fn set_failures(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::FailureInfo>>,
    ) -> Self {
        self.failures = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("failures");
        self
    }

    /// Sends `failures` as JSON `null`, which clears it on the server (chainable); `set_failures`
    /// takes it back.
    #[inline]
    pub fn clear_failures(mut self) -> Self {
        self.failures = None;
        self.unknown_fields.insert("failures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printers` (chainable).
    pub fn set_printers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Printer>>,
    ) -> Self {
        self.printers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printers");
        self
    }

    /// Sends `printers` as JSON `null`, which clears it on the server (chainable); `set_printers`
    /// takes it back.
    #[inline]
    pub fn clear_printers(mut self) -> Self {
        self.printers = None;
        self.unknown_fields.insert("printers".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BatchCreatePrintersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.failures {
            map.serialize_entry("failures", value)?;
        }
        if let Some(value) = &self.printers {
            map.serialize_entry("printers", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchCreatePrintersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchCreatePrintersResponse {
    const NAME: &'static str = "BatchCreatePrintersResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "failures" => self.failures = map.next_value()?,
            "printers" => self.printers = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
