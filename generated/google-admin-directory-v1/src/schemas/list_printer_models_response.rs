use crate::runtime::wire;

/// Response for listing allowed printer models.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPrinterModelsResponse {
    /// A token, which can be sent as `page_token` to retrieve the next page. If this field is
    /// omitted, there are no subsequent pages.
    pub next_page_token: Option<String>,
    /// Printer models that are currently allowed to be configured for ChromeOs. Some printers may
    /// be added or removed over time.
    pub printer_models: Option<Vec<crate::schemas::PrinterModel>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListPrinterModelsResponse {
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self.unknown_fields.remove("nextPageToken");
        self
    }

    /// Sends `nextPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_next_page_token` takes it back.
    #[inline]
    pub fn clear_next_page_token(mut self) -> Self {
        self.next_page_token = None;
        self.unknown_fields.insert("nextPageToken".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printerModels` (chainable).
    pub fn set_printer_models(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PrinterModel>>,
    ) -> Self {
        self.printer_models = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printerModels");
        self
    }

    /// Sends `printerModels` as JSON `null`, which clears it on the server (chainable);
    /// `set_printer_models` takes it back.
    #[inline]
    pub fn clear_printer_models(mut self) -> Self {
        self.printer_models = None;
        self.unknown_fields.insert("printerModels".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListPrinterModelsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.printer_models {
            map.serialize_entry("printerModels", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListPrinterModelsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListPrinterModelsResponse {
    const NAME: &'static str = "ListPrinterModelsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "printerModels" => self.printer_models = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
