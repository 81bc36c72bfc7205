use crate::runtime::wire;

/// Response for deleting existing printers in batch.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchDeletePrintersResponse {
    /// A list of update failures.
    pub failed_printers: Option<Vec<crate::schemas::FailureInfo>>,
    /// A list of Printer.id that were successfully deleted.
    pub printer_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchDeletePrintersResponse {
    /// Sets `failedPrinters` (chainable).
    pub fn set_failed_printers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::FailureInfo>>,
    ) -> Self {
        self.failed_printers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("failedPrinters");
        self
    }

    /// Sends `failedPrinters` as JSON `null`, which clears it on the server (chainable);
    /// `set_failed_printers` takes it back.
    #[inline]
    pub fn clear_failed_printers(mut self) -> Self {
        self.failed_printers = None;
        self.unknown_fields.insert("failedPrinters".to_owned(), serde_json::Value::Null);
        self
    }

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

impl serde::Serialize for BatchDeletePrintersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.failed_printers {
            map.serialize_entry("failedPrinters", value)?;
        }
        if let Some(value) = &self.printer_ids {
            map.serialize_entry("printerIds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchDeletePrintersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchDeletePrintersResponse {
    const NAME: &'static str = "BatchDeletePrintersResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "failedPrinters" => self.failed_printers = map.next_value()?,
            "printerIds" => self.printer_ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
