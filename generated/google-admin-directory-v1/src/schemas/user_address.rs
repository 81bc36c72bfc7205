use crate::runtime::wire;

/// JSON template for address.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserAddress {
    /// Country.
    pub country: Option<String>,
    /// Country code.
    pub country_code: Option<String>,
    /// Custom type.
    pub custom_type: Option<String>,
    /// Extended Address.
    pub extended_address: Option<String>,
    /// Formatted address.
    pub formatted: Option<String>,
    /// Locality.
    pub locality: Option<String>,
    /// Other parts of address.
    pub po_box: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// If this is user's primary address. Only one entry could be marked as primary.
    pub primary: Option<bool>,
    /// Region.
    pub region: Option<String>,
    /// User supplied address was structured. Structured addresses are NOT supported at this time.
    /// You might be able to write structured addresses but any values will eventually be clobbered.
    pub source_is_structured: Option<bool>,
    /// Street.
    pub street_address: Option<String>,
    /// Each entry can have a type which indicates standard values of that entry. For example
    /// address could be of home work etc. In addition to the standard type an entry can have a
    /// custom type and can take any value. Such type should have the CUSTOM value as type and also
    /// have a customType value.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserAddress {
    /// Sets `country` (chainable).
    pub fn set_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self.unknown_fields.remove("country");
        self
    }

    /// Sends `country` as JSON `null`, which clears it on the server (chainable); `set_country`
    /// takes it back.
    #[inline]
    pub fn clear_country(mut self) -> Self {
        self.country = None;
        self.unknown_fields.insert("country".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `countryCode` (chainable).
    pub fn set_country_code(mut self, value: impl Into<String>) -> Self {
        self.country_code = Some(value.into());
        self.unknown_fields.remove("countryCode");
        self
    }

    /// Sends `countryCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_country_code` takes it back.
    #[inline]
    pub fn clear_country_code(mut self) -> Self {
        self.country_code = None;
        self.unknown_fields.insert("countryCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customType` (chainable).
    pub fn set_custom_type(mut self, value: impl Into<String>) -> Self {
        self.custom_type = Some(value.into());
        self.unknown_fields.remove("customType");
        self
    }

    /// Sends `customType` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_type` takes it back.
    #[inline]
    pub fn clear_custom_type(mut self) -> Self {
        self.custom_type = None;
        self.unknown_fields.insert("customType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `extendedAddress` (chainable).
    pub fn set_extended_address(mut self, value: impl Into<String>) -> Self {
        self.extended_address = Some(value.into());
        self.unknown_fields.remove("extendedAddress");
        self
    }

    /// Sends `extendedAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_extended_address` takes it back.
    #[inline]
    pub fn clear_extended_address(mut self) -> Self {
        self.extended_address = None;
        self.unknown_fields
            .insert("extendedAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `formatted` (chainable).
    pub fn set_formatted(mut self, value: impl Into<String>) -> Self {
        self.formatted = Some(value.into());
        self.unknown_fields.remove("formatted");
        self
    }

    /// Sends `formatted` as JSON `null`, which clears it on the server (chainable); `set_formatted`
    /// takes it back.
    #[inline]
    pub fn clear_formatted(mut self) -> Self {
        self.formatted = None;
        self.unknown_fields.insert("formatted".to_owned(), serde_json::Value::Null);
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

    /// Sets `poBox` (chainable).
    pub fn set_po_box(mut self, value: impl Into<String>) -> Self {
        self.po_box = Some(value.into());
        self.unknown_fields.remove("poBox");
        self
    }

    /// Sends `poBox` as JSON `null`, which clears it on the server (chainable); `set_po_box` takes
    /// it back.
    #[inline]
    pub fn clear_po_box(mut self) -> Self {
        self.po_box = None;
        self.unknown_fields.insert("poBox".to_owned(), serde_json::Value::Null);
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

    /// Sets `primary` (chainable).
    pub fn set_primary(mut self, value: impl Into<bool>) -> Self {
        self.primary = Some(value.into());
        self.unknown_fields.remove("primary");
        self
    }

    /// Sends `primary` as JSON `null`, which clears it on the server (chainable); `set_primary`
    /// takes it back.
    #[inline]
    pub fn clear_primary(mut self) -> Self {
        self.primary = None;
        self.unknown_fields.insert("primary".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `region` (chainable).
    pub fn set_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self.unknown_fields.remove("region");
        self
    }

    /// Sends `region` as JSON `null`, which clears it on the server (chainable); `set_region` takes
    /// it back.
    #[inline]
    pub fn clear_region(mut self) -> Self {
        self.region = None;
        self.unknown_fields.insert("region".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sourceIsStructured` (chainable).
    pub fn set_source_is_structured(mut self, value: impl Into<bool>) -> Self {
        self.source_is_structured = Some(value.into());
        self.unknown_fields.remove("sourceIsStructured");
        self
    }

    /// Sends `sourceIsStructured` as JSON `null`, which clears it on the server (chainable);
    /// `set_source_is_structured` takes it back.
    #[inline]
    pub fn clear_source_is_structured(mut self) -> Self {
        self.source_is_structured = None;
        self.unknown_fields
            .insert("sourceIsStructured".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `streetAddress` (chainable).
    pub fn set_street_address(mut self, value: impl Into<String>) -> Self {
        self.street_address = Some(value.into());
        self.unknown_fields.remove("streetAddress");
        self
    }

    /// Sends `streetAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_street_address` takes it back.
    #[inline]
    pub fn clear_street_address(mut self) -> Self {
        self.street_address = None;
        self.unknown_fields.insert("streetAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.country {
            map.serialize_entry("country", value)?;
        }
        if let Some(value) = &self.country_code {
            map.serialize_entry("countryCode", value)?;
        }
        if let Some(value) = &self.custom_type {
            map.serialize_entry("customType", value)?;
        }
        if let Some(value) = &self.extended_address {
            map.serialize_entry("extendedAddress", value)?;
        }
        if let Some(value) = &self.formatted {
            map.serialize_entry("formatted", value)?;
        }
        if let Some(value) = &self.locality {
            map.serialize_entry("locality", value)?;
        }
        if let Some(value) = &self.po_box {
            map.serialize_entry("poBox", value)?;
        }
        if let Some(value) = &self.postal_code {
            map.serialize_entry("postalCode", value)?;
        }
        if let Some(value) = &self.primary {
            map.serialize_entry("primary", value)?;
        }
        if let Some(value) = &self.region {
            map.serialize_entry("region", value)?;
        }
        if let Some(value) = &self.source_is_structured {
            map.serialize_entry("sourceIsStructured", value)?;
        }
        if let Some(value) = &self.street_address {
            map.serialize_entry("streetAddress", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserAddress {
    const NAME: &'static str = "UserAddress";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "country" => self.country = map.next_value()?,
            "countryCode" => self.country_code = map.next_value()?,
            "customType" => self.custom_type = map.next_value()?,
            "extendedAddress" => self.extended_address = map.next_value()?,
            "formatted" => self.formatted = map.next_value()?,
            "locality" => self.locality = map.next_value()?,
            "poBox" => self.po_box = map.next_value()?,
            "postalCode" => self.postal_code = map.next_value()?,
            "primary" => self.primary = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "sourceIsStructured" => self.source_is_structured = map.next_value()?,
            "streetAddress" => self.street_address = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
