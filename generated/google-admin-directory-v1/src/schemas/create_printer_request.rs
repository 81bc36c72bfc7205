use crate::runtime::wire;

/// Request for adding a new printer.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePrinterRequest {
    /// Required. The name of the customer. Format: customers/{customer_id}
    pub parent: Option<String>,
    /// Required. A printer to create. If you want to place the printer under particular OU then
    /// populate printer.org_unit_id filed. Otherwise the printer will be placed under root OU.
    pub printer: Option<crate::schemas::Printer>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CreatePrinterRequest {
    /// Sets `parent` (chainable).
    pub fn set_parent(mut self, value: impl Into<String>) -> Self {
        self.parent = Some(value.into());
        self.unknown_fields.remove("parent");
        self
    }

    /// Sends `parent` as JSON `null`, which clears it on the server (chainable); `set_parent` takes
    /// it back.
    #[inline]
    pub fn clear_parent(mut self) -> Self {
        self.parent = None;
        self.unknown_fields.insert("parent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printer` (chainable).
    pub fn set_printer(mut self, value: impl Into<crate::schemas::Printer>) -> Self {
        self.printer = Some(value.into());
        self.unknown_fields.remove("printer");
        self
    }

    /// Sends `printer` as JSON `null`, which clears it on the server (chainable); `set_printer`
    /// takes it back.
    #[inline]
    pub fn clear_printer(mut self) -> Self {
        self.printer = None;
        self.unknown_fields.insert("printer".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CreatePrinterRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.parent {
            map.serialize_entry("parent", value)?;
        }
        if let Some(value) = &self.printer {
            map.serialize_entry("printer", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreatePrinterRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CreatePrinterRequest {
    const NAME: &'static str = "CreatePrinterRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "parent" => self.parent = map.next_value()?,
            "printer" => self.printer = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
