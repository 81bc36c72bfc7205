use crate::runtime::wire;

/// Request for deleting existing printers in batch.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchDeletePrintersRequest {
    /// A list of Printer.id that should be deleted. Max 100 at a time.
    pub printer_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchDeletePrintersRequest {
    /// Sets `printerIds` (chainable).
    pub fn set_printer_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.printer_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printerIds");
        self
    }

    /// Sends `printerIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_printer_ids` takes it back.
    #[inline]
    pub fn clear_printer_ids(mut self) -> Self {
        self.printer_ids = None;
        self.unknown_fields.insert("printerIds".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BatchDeletePrintersRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.printer_ids {
            map.serialize_entry("printerIds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchDeletePrintersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchDeletePrintersRequest {
    const NAME: &'static str = "BatchDeletePrintersRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "printerIds" => self.printer_ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
