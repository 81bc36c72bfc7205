use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomerPostalAddress {
    /// A customer's physical address. The address can be composed of one to three lines.
    pub address_line1: Option<String>,
    /// Address line 2 of the address.
    pub address_line2: Option<String>,
    /// Address line 3 of the address.
    pub address_line3: Option<String>,
    /// The customer contact's name.
    pub contact_name: Option<String>,
    /// This is a required property. For `countryCode` information see the [ISO 3166 country code
    /// elements](https://www.iso.org/iso/country_codes.htm).
    pub country_code: Option<String>,
    /// Name of the locality. An example of a locality value is the city of `San Francisco`.
    pub locality: Option<String>,
    /// The company or company division name.
    pub organization_name: Option<String>,
    /// The postal code. A postalCode example is a postal zip code such as `10009`. This is in
    /// accordance with - http: //portablecontacts.net/draft-spec.html#address_element.
    pub postal_code: Option<String>,
    /// Name of the region. An example of a region value is `NY` for the state of New York.
    pub region: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CustomerPostalAddress {
    /// Sets `addressLine1` (chainable).
    pub fn set_address_line1(mut self, value: impl Into<String>) -> Self {
        self.address_line1 = Some(value.into());
        self.unknown_fields.remove("addressLine1");
        self
    }

    /// Sends `addressLine1` as JSON `null`, which clears it on the server (chainable);
    /// `set_address_line1` takes it back.
    #[inline]
    pub fn clear_address_line1(mut self) -> Self {
        self.address_line1 = None;
        self.unknown_fields.insert("addressLine1".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `addressLine2` (chainable).
    pub fn set_address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = Some(value.into());
        self.unknown_fields.remove("addressLine2");
        self
    }

    /// Sends `addressLine2` as JSON `null`, which clears it on the server (chainable);
    /// `set_address_line2` takes it back.
    #[inline]
    pub fn clear_address_line2(mut self) -> Self {
        self.address_line2 = None;
        self.unknown_fields.insert("addressLine2".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `addressLine3` (chainable).
    pub fn set_address_line3(mut self, value: impl Into<String>) -> Self {
        self.address_line3 = Some(value.into());
        self.unknown_fields.remove("addressLine3");
        self
    }

    /// Sends `addressLine3` as JSON `null`, which clears it on the server (chainable);
    /// `set_address_line3` takes it back.
    #[inline]
    pub fn clear_address_line3(mut self) -> Self {
        self.address_line3 = None;
        self.unknown_fields.insert("addressLine3".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contactName` (chainable).
    pub fn set_contact_name(mut self, value: impl Into<String>) -> Self {
        self.contact_name = Some(value.into());
        self.unknown_fields.remove("contactName");
        self
    }

    /// Sends `contactName` as JSON `null`, which clears it on the server (chainable);
    /// `set_contact_name` takes it back.
    #[inline]
    pub fn clear_contact_name(mut self) -> Self {
        self.contact_name = None;
        self.unknown_fields.insert("contactName".to_owned(), serde_json::Value::Null);
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

    /// Sets `organizationName` (chainable).
    pub fn set_organization_name(mut self, value: impl Into<String>) -> Self {
        self.organization_name = Some(value.into());
        self.unknown_fields.remove("organizationName");
        self
    }

    /// Sends `organizationName` as JSON `null`, which clears it on the server (chainable);
    /// `set_organization_name` takes it back.
    #[inline]
    pub fn clear_organization_name(mut self) -> Self {
        self.organization_name = None;
        self.unknown_fields
            .insert("organizationName".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for CustomerPostalAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.address_line1 {
            map.serialize_entry("addressLine1", value)?;
        }
        if let Some(value) = &self.address_line2 {
            map.serialize_entry("addressLine2", value)?;
        }
        if let Some(value) = &self.address_line3 {
            map.serialize_entry("addressLine3", value)?;
        }
        if let Some(value) = &self.contact_name {
            map.serialize_entry("contactName", value)?;
        }
        if let Some(value) = &self.country_code {
            map.serialize_entry("countryCode", value)?;
        }
        if let Some(value) = &self.locality {
            map.serialize_entry("locality", value)?;
        }
        if let Some(value) = &self.organization_name {
            map.serialize_entry("organizationName", value)?;
        }
        if let Some(value) = &self.postal_code {
            map.serialize_entry("postalCode", value)?;
        }
        if let Some(value) = &self.region {
            map.serialize_entry("region", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CustomerPostalAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CustomerPostalAddress {
    const NAME: &'static str = "CustomerPostalAddress";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "addressLine1" => self.address_line1 = map.next_value()?,
            "addressLine2" => self.address_line2 = map.next_value()?,
            "addressLine3" => self.address_line3 = map.next_value()?,
            "contactName" => self.contact_name = map.next_value()?,
            "countryCode" => self.country_code = map.next_value()?,
            "locality" => self.locality = map.next_value()?,
            "organizationName" => self.organization_name = map.next_value()?,
            "postalCode" => self.postal_code = map.next_value()?,
            "region" => self.region = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
