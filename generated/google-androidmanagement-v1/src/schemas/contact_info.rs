use crate::runtime::wire;

/// Contact details for managed Google Play enterprises.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ContactInfo {
    /// Email address for a point of contact, which will be used to send important announcements
    /// related to managed Google Play.
    pub contact_email: Option<String>,
    /// The email of the data protection officer. The email is validated but not verified.
    pub data_protection_officer_email: Option<String>,
    /// The name of the data protection officer.
    pub data_protection_officer_name: Option<String>,
    /// The phone number of the data protection officer The phone number is validated but not
    /// verified.
    pub data_protection_officer_phone: Option<String>,
    /// The email of the EU representative. The email is validated but not verified.
    pub eu_representative_email: Option<String>,
    /// The name of the EU representative.
    pub eu_representative_name: Option<String>,
    /// The phone number of the EU representative. The phone number is validated but not verified.
    pub eu_representative_phone: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ContactInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.contact_email {
            map.serialize_entry("contactEmail", value)?;
        }
        if let Some(value) = &self.data_protection_officer_email {
            map.serialize_entry("dataProtectionOfficerEmail", value)?;
        }
        if let Some(value) = &self.data_protection_officer_name {
            map.serialize_entry("dataProtectionOfficerName", value)?;
        }
        if let Some(value) = &self.data_protection_officer_phone {
            map.serialize_entry("dataProtectionOfficerPhone", value)?;
        }
        if let Some(value) = &self.eu_representative_email {
            map.serialize_entry("euRepresentativeEmail", value)?;
        }
        if let Some(value) = &self.eu_representative_name {
            map.serialize_entry("euRepresentativeName", value)?;
        }
        if let Some(value) = &self.eu_representative_phone {
            map.serialize_entry("euRepresentativePhone", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContactInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ContactInfo {
    const NAME: &'static str = "ContactInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "contactEmail" => self.contact_email = map.next_value()?,
            "dataProtectionOfficerEmail" => {
                self.data_protection_officer_email = map.next_value()?;
            }
            "dataProtectionOfficerName" => {
                self.data_protection_officer_name = map.next_value()?;
            }
            "dataProtectionOfficerPhone" => {
                self.data_protection_officer_phone = map.next_value()?;
            }
            "euRepresentativeEmail" => self.eu_representative_email = map.next_value()?,
            "euRepresentativeName" => self.eu_representative_name = map.next_value()?,
            "euRepresentativePhone" => self.eu_representative_phone = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
