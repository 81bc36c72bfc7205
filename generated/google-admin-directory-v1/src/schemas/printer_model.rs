use crate::runtime::wire;

/// Printer manufacturer and model
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PrinterModel {
    /// Display name. eq. "Brother MFC-8840D"
    pub display_name: Option<String>,
    /// Make and model as represented in "make_and_model" field in Printer object. eq. "brother
    /// mfc-8840d"
    pub make_and_model: Option<String>,
    /// Manufacturer. eq. "Brother"
    pub manufacturer: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PrinterModel {
    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `makeAndModel` (chainable).
    pub fn set_make_and_model(mut self, value: impl Into<String>) -> Self {
        self.make_and_model = Some(value.into());
        self.unknown_fields.remove("makeAndModel");
        self
    }

    /// Sends `makeAndModel` as JSON `null`, which clears it on the server (chainable);
    /// `set_make_and_model` takes it back.
    #[inline]
    pub fn clear_make_and_model(mut self) -> Self {
        self.make_and_model = None;
        self.unknown_fields.insert("makeAndModel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `manufacturer` (chainable).
    pub fn set_manufacturer(mut self, value: impl Into<String>) -> Self {
        self.manufacturer = Some(value.into());
        self.unknown_fields.remove("manufacturer");
        self
    }

    /// Sends `manufacturer` as JSON `null`, which clears it on the server (chainable);
    /// `set_manufacturer` takes it back.
    #[inline]
    pub fn clear_manufacturer(mut self) -> Self {
        self.manufacturer = None;
        self.unknown_fields.insert("manufacturer".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PrinterModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.make_and_model {
            map.serialize_entry("makeAndModel", value)?;
        }
        if let Some(value) = &self.manufacturer {
            map.serialize_entry("manufacturer", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrinterModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PrinterModel {
    const NAME: &'static str = "PrinterModel";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayName" => self.display_name = map.next_value()?,
            "makeAndModel" => self.make_and_model = map.next_value()?,
            "manufacturer" => self.manufacturer = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
