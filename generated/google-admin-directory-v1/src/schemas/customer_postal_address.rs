use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CustomerPostalAddress {
    /// A customer's physical address. The address can be composed of one to three lines.
    #[serde(rename = "addressLine1", default, skip_serializing_if = "Option::is_none")]
    pub address_line1: Option<String>,
    /// Address line 2 of the address.
    #[serde(rename = "addressLine2", default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    /// Address line 3 of the address.
    #[serde(rename = "addressLine3", default, skip_serializing_if = "Option::is_none")]
    pub address_line3: Option<String>,
    /// The customer contact's name.
    #[serde(rename = "contactName", default, skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,
    /// This is a required property. For `countryCode` information see the [ISO 3166 country code
    /// elements](https://www.iso.org/iso/country_codes.htm).
    #[serde(rename = "countryCode", default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// Name of the locality. An example of a locality value is the city of `San Francisco`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// The company or company division name.
    #[serde(
        rename = "organizationName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_name: Option<String>,
    /// The postal code. A postalCode example is a postal zip code such as `10009`. This is in
    /// accordance with - http: //portablecontacts.net/draft-spec.html#address_element.
    #[serde(rename = "postalCode", default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Name of the region. An example of a region value is `NY` for the state of New York.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
