use crate::runtime::wire;

/// JSON template for address.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserAddress {
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Country code.
    #[serde(rename = "countryCode", default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// Custom type.
    #[serde(rename = "customType", default, skip_serializing_if = "Option::is_none")]
    pub custom_type: Option<String>,
    /// Extended Address.
    #[serde(
        rename = "extendedAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extended_address: Option<String>,
    /// Formatted address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formatted: Option<String>,
    /// Locality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// Other parts of address.
    #[serde(rename = "poBox", default, skip_serializing_if = "Option::is_none")]
    pub po_box: Option<String>,
    /// Postal code.
    #[serde(rename = "postalCode", default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// If this is user's primary address. Only one entry could be marked as primary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    /// Region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// User supplied address was structured. Structured addresses are NOT supported at this time.
    /// You might be able to write structured addresses but any values will eventually be clobbered.
    #[serde(
        rename = "sourceIsStructured",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_is_structured: Option<bool>,
    /// Street.
    #[serde(rename = "streetAddress", default, skip_serializing_if = "Option::is_none")]
    pub street_address: Option<String>,
    /// Each entry can have a type which indicates standard values of that entry. For example
    /// address could be of home work etc. In addition to the standard type an entry can have a
    /// custom type and can take any value. Such type should have the CUSTOM value as type and also
    /// have a customType value.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
