use crate::runtime::wire;

/// Contact details for managed Google Play enterprises.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContactInfo {
    /// Email address for a point of contact, which will be used to send important announcements
    /// related to managed Google Play.
    #[serde(rename = "contactEmail", default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    /// The email of the data protection officer. The email is validated but not verified.
    #[serde(
        rename = "dataProtectionOfficerEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub data_protection_officer_email: Option<String>,
    /// The name of the data protection officer.
    #[serde(
        rename = "dataProtectionOfficerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub data_protection_officer_name: Option<String>,
    /// The phone number of the data protection officer The phone number is validated but not
    /// verified.
    #[serde(
        rename = "dataProtectionOfficerPhone",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub data_protection_officer_phone: Option<String>,
    /// The email of the EU representative. The email is validated but not verified.
    #[serde(
        rename = "euRepresentativeEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eu_representative_email: Option<String>,
    /// The name of the EU representative.
    #[serde(
        rename = "euRepresentativeName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eu_representative_name: Option<String>,
    /// The phone number of the EU representative. The phone number is validated but not verified.
    #[serde(
        rename = "euRepresentativePhone",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eu_representative_phone: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ContactInfo {
    /// Sets `contactEmail` (chainable).
    pub fn set_contact_email(mut self, value: impl Into<String>) -> Self {
        self.contact_email = Some(value.into());
        self.unknown_fields.remove("contactEmail");
        self
    }

    /// Sends `contactEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_contact_email` takes it back.
    #[inline]
    pub fn clear_contact_email(mut self) -> Self {
        self.contact_email = None;
        self.unknown_fields.insert("contactEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dataProtectionOfficerEmail` (chainable).
    pub fn set_data_protection_officer_email(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.data_protection_officer_email = Some(value.into());
        self.unknown_fields.remove("dataProtectionOfficerEmail");
        self
    }

    /// Sends `dataProtectionOfficerEmail` as JSON `null`, which clears it on the server
    /// (chainable); `set_data_protection_officer_email` takes it back.
    #[inline]
    pub fn clear_data_protection_officer_email(mut self) -> Self {
        self.data_protection_officer_email = None;
        self.unknown_fields
            .insert("dataProtectionOfficerEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dataProtectionOfficerName` (chainable).
    pub fn set_data_protection_officer_name(mut self, value: impl Into<String>) -> Self {
        self.data_protection_officer_name = Some(value.into());
        self.unknown_fields.remove("dataProtectionOfficerName");
        self
    }

    /// Sends `dataProtectionOfficerName` as JSON `null`, which clears it on the server (chainable);
    /// `set_data_protection_officer_name` takes it back.
    #[inline]
    pub fn clear_data_protection_officer_name(mut self) -> Self {
        self.data_protection_officer_name = None;
        self.unknown_fields
            .insert("dataProtectionOfficerName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dataProtectionOfficerPhone` (chainable).
    pub fn set_data_protection_officer_phone(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.data_protection_officer_phone = Some(value.into());
        self.unknown_fields.remove("dataProtectionOfficerPhone");
        self
    }

    /// Sends `dataProtectionOfficerPhone` as JSON `null`, which clears it on the server
    /// (chainable); `set_data_protection_officer_phone` takes it back.
    #[inline]
    pub fn clear_data_protection_officer_phone(mut self) -> Self {
        self.data_protection_officer_phone = None;
        self.unknown_fields
            .insert("dataProtectionOfficerPhone".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `euRepresentativeEmail` (chainable).
    pub fn set_eu_representative_email(mut self, value: impl Into<String>) -> Self {
        self.eu_representative_email = Some(value.into());
        self.unknown_fields.remove("euRepresentativeEmail");
        self
    }

    /// Sends `euRepresentativeEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_eu_representative_email` takes it back.
    #[inline]
    pub fn clear_eu_representative_email(mut self) -> Self {
        self.eu_representative_email = None;
        self.unknown_fields
            .insert("euRepresentativeEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `euRepresentativeName` (chainable).
    pub fn set_eu_representative_name(mut self, value: impl Into<String>) -> Self {
        self.eu_representative_name = Some(value.into());
        self.unknown_fields.remove("euRepresentativeName");
        self
    }

    /// Sends `euRepresentativeName` as JSON `null`, which clears it on the server (chainable);
    /// `set_eu_representative_name` takes it back.
    #[inline]
    pub fn clear_eu_representative_name(mut self) -> Self {
        self.eu_representative_name = None;
        self.unknown_fields
            .insert("euRepresentativeName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `euRepresentativePhone` (chainable).
    pub fn set_eu_representative_phone(mut self, value: impl Into<String>) -> Self {
        self.eu_representative_phone = Some(value.into());
        self.unknown_fields.remove("euRepresentativePhone");
        self
    }

    /// Sends `euRepresentativePhone` as JSON `null`, which clears it on the server (chainable);
    /// `set_eu_representative_phone` takes it back.
    #[inline]
    pub fn clear_eu_representative_phone(mut self) -> Self {
        self.eu_representative_phone = None;
        self.unknown_fields
            .insert("euRepresentativePhone".to_owned(), serde_json::Value::Null);
        self
    }
}
