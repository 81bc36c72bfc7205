/// Public API: Resources.buildings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BuildingAddress {
    /// Unstructured address lines describing the lower levels of an address.
    #[serde(rename = "addressLines", default, skip_serializing_if = "Option::is_none")]
    pub address_lines: Option<Vec<String>>,
    /// Optional. Highest administrative subdivision which is used for postal addresses of a country or region.
    #[serde(
        rename = "administrativeArea",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub administrative_area: Option<String>,
    /// Optional. BCP-47 language code of the contents of this address (if known).
    #[serde(rename = "languageCode", default, skip_serializing_if = "Option::is_none")]
    pub language_code: Option<String>,
    /// Optional. Generally refers to the city/town portion of the address. Examples: US city, IT comune, UK post town. In regions of the world where localities are not well defined or do not fit into this structure well, leave locality empty and use addressLines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// Optional. Postal code of the address.
    #[serde(rename = "postalCode", default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Required. CLDR region code of the country/region of the address.
    #[serde(rename = "regionCode", default, skip_serializing_if = "Option::is_none")]
    pub region_code: Option<String>,
    /// Optional. Sublocality of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sublocality: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl BuildingAddress {
    /// Sets `addressLines` (chainable).
    pub fn set_address_lines(mut self, value: impl IntoIterator<Item = String>) -> Self {
        self.address_lines = Some(value.into_iter().collect());
        self
    }
    /// Sets `administrativeArea` (chainable).
    pub fn set_administrative_area(mut self, value: impl Into<String>) -> Self {
        self.administrative_area = Some(value.into());
        self
    }
    /// Sets `languageCode` (chainable).
    pub fn set_language_code(mut self, value: impl Into<String>) -> Self {
        self.language_code = Some(value.into());
        self
    }
    /// Sets `locality` (chainable).
    pub fn set_locality(mut self, value: impl Into<String>) -> Self {
        self.locality = Some(value.into());
        self
    }
    /// Sets `postalCode` (chainable).
    pub fn set_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    /// Sets `regionCode` (chainable).
    pub fn set_region_code(mut self, value: impl Into<String>) -> Self {
        self.region_code = Some(value.into());
        self
    }
    /// Sets `sublocality` (chainable).
    pub fn set_sublocality(mut self, value: impl Into<String>) -> Self {
        self.sublocality = Some(value.into());
        self
    }
}
