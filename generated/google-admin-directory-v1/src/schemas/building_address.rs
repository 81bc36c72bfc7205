use crate::runtime::wire;

/// Public API: Resources.buildings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BuildingAddress {
    /// Unstructured address lines describing the lower levels of an address.
    #[serde(rename = "addressLines", default, skip_serializing_if = "Option::is_none")]
    pub address_lines: Option<Vec<String>>,
    /// Optional. Highest administrative subdivision which is used for postal addresses of a country
    /// or region.
    #[serde(
        rename = "administrativeArea",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub administrative_area: Option<String>,
    /// Optional. BCP-47 language code of the contents of this address (if known).
    #[serde(rename = "languageCode", default, skip_serializing_if = "Option::is_none")]
    pub language_code: Option<String>,
    /// Optional. Generally refers to the city/town portion of the address. Examples: US city, IT
    /// comune, UK post town. In regions of the world where localities are not well defined or do
    /// not fit into this structure well, leave locality empty and use addressLines.
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
