/// Contact details for managed Google Play enterprises.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContactInfo {
    /// Email address for a point of contact, which will be used to send important announcements related to managed Google Play.
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
    /// The phone number of the data protection officer The phone number is validated but not verified.
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
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ContactInfo {
    /// Sets `contactEmail` (chainable).
    pub fn set_contact_email(mut self, value: impl Into<String>) -> Self {
        self.contact_email = Some(value.into());
        self
    }
    /// Sets `dataProtectionOfficerEmail` (chainable).
    pub fn set_data_protection_officer_email(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.data_protection_officer_email = Some(value.into());
        self
    }
    /// Sets `dataProtectionOfficerName` (chainable).
    pub fn set_data_protection_officer_name(mut self, value: impl Into<String>) -> Self {
        self.data_protection_officer_name = Some(value.into());
        self
    }
    /// Sets `dataProtectionOfficerPhone` (chainable).
    pub fn set_data_protection_officer_phone(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.data_protection_officer_phone = Some(value.into());
        self
    }
    /// Sets `euRepresentativeEmail` (chainable).
    pub fn set_eu_representative_email(mut self, value: impl Into<String>) -> Self {
        self.eu_representative_email = Some(value.into());
        self
    }
    /// Sets `euRepresentativeName` (chainable).
    pub fn set_eu_representative_name(mut self, value: impl Into<String>) -> Self {
        self.eu_representative_name = Some(value.into());
        self
    }
    /// Sets `euRepresentativePhone` (chainable).
    pub fn set_eu_representative_phone(mut self, value: impl Into<String>) -> Self {
        self.eu_representative_phone = Some(value.into());
        self
    }
}
