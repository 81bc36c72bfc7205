use crate::runtime::wire;

/// Public API: Resources.buildings
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BuildingAddress {
    /// Unstructured address lines describing the lower levels of an address.
    pub address_lines: Option<Vec<String>>,
    /// Optional. Highest administrative subdivision which is used for postal addresses of a country
    /// or region.
    pub administrative_area: Option<String>,
    /// Optional. BCP-47 language code of the contents of this address (if known).
    pub language_code: Option<String>,
    /// Optional. Generally refers to the city/town portion of the address. Examples: US city, IT
    /// comune, UK post town. In regions of the world where localities are not well defined or do
    /// not fit into this structure well, leave locality empty and use addressLines.
    pub locality: Option<String>,
    /// Optional. Postal code of the address.
    pub postal_code: Option<String>,
    /// Required. CLDR region code of the country/region of the address.
    pub region_code: Option<String>,
    /// Optional. Sublocality of the address.
    pub sublocality: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BuildingAddress {
    /// Sets `addressLines` (chainable).
    pub fn set_address_lines(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.address_lines = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("addressLines");
        self
    }

    /// Sends `addressLines` as JSON `null`, which clears it on the server (chainable);
    /// `set_address_lines` takes it back.
    #[inline]
    pub fn clear_address_lines(mut self) -> Self {
        self.address_lines = None;
        self.unknown_fields.insert("addressLines".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `administrativeArea` (chainable).
    pub fn set_administrative_area(mut self, value: impl Into<String>) -> Self {
        self.administrative_area = Some(value.into());
        self.unknown_fields.remove("administrativeArea");
        self
    }

    /// Sends `administrativeArea` as JSON `null`, which clears it on the server (chainable);
    /// `set_administrative_area` takes it back.
    #[inline]
    pub fn clear_administrative_area(mut self) -> Self {
        self.administrative_area = None;
        self.unknown_fields
            .insert("administrativeArea".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `languageCode` (chainable).
    pub fn set_language_code(mut self, value: impl Into<String>) -> Self {
        self.language_code = Some(value.into());
        self.unknown_fields.remove("languageCode");
        self
    }

    /// Sends `languageCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_language_code` takes it back.
    #[inline]
    pub fn clear_language_code(mut self) -> Self {
        self.language_code = None;
        self.unknown_fields.insert("languageCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `locality` (chainable).
    pub fn set_locality(mut self, value: impl Into<String>) -> Self {
        self.locality = Some(value.into());
        self.unknown_fields.remove("locality");
        self
    }

    /// Sends `locality` as JSON `null`, which clears it on the server (chainable); `set_locality`
    /// takes it back.
    #[inline]
    pub fn clear_locality(mut self) -> Self {
        self.locality = None;
        self.unknown_fields.insert("locality".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `postalCode` (chainable).
    pub fn set_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self.unknown_fields.remove("postalCode");
        self
    }

    /// Sends `postalCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_postal_code` takes it back.
    #[inline]
    pub fn clear_postal_code(mut self) -> Self {
        self.postal_code = None;
        self.unknown_fields.insert("postalCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `regionCode` (chainable).
    pub fn set_region_code(mut self, value: impl Into<String>) -> Self {
        self.region_code = Some(value.into());
        self.unknown_fields.remove("regionCode");
        self
    }

    /// Sends `regionCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_region_code` takes it back.
    #[inline]
    pub fn clear_region_code(mut self) -> Self {
        self.region_code = None;
        self.unknown_fields.insert("regionCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sublocality` (chainable).
    pub fn set_sublocality(mut self, value: impl Into<String>) -> Self {
        self.sublocality = Some(value.into());
        self.unknown_fields.remove("sublocality");
        self
    }

    /// Sends `sublocality` as JSON `null`, which clears it on the server (chainable);
    /// `set_sublocality` takes it back.
    #[inline]
    pub fn clear_sublocality(mut self) -> Self {
        self.sublocality = None;
        self.unknown_fields.insert("sublocality".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BuildingAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.address_lines {
            map.serialize_entry("addressLines", value)?;
        }
        if let Some(value) = &self.administrative_area {
            map.serialize_entry("administrativeArea", value)?;
        }
        if let Some(value) = &self.language_code {
            map.serialize_entry("languageCode", value)?;
        }
        if let Some(value) = &self.locality {
            map.serialize_entry("locality", value)?;
        }
        if let Some(value) = &self.postal_code {
            map.serialize_entry("postalCode", value)?;
        }
        if let Some(value) = &self.region_code {
            map.serialize_entry("regionCode", value)?;
        }
        if let Some(value) = &self.sublocality {
            map.serialize_entry("sublocality", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BuildingAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BuildingAddress {
    const NAME: &'static str = "BuildingAddress";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "addressLines" => self.address_lines = map.next_value()?,
            "administrativeArea" => self.administrative_area = map.next_value()?,
            "languageCode" => self.language_code = map.next_value()?,
            "locality" => self.locality = map.next_value()?,
            "postalCode" => self.postal_code = map.next_value()?,
            "regionCode" => self.region_code = map.next_value()?,
            "sublocality" => self.sublocality = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
