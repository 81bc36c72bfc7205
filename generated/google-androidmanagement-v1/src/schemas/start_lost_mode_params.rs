use crate::runtime::wire;

/// Parameters associated with the START_LOST_MODE command to put the device into lost mode. At
/// least one of the parameters, not including the organization name, must be provided in order
/// for the device to be put into lost mode.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StartLostModeParams {
    /// The email address displayed to the user when the device is in lost mode.
    pub lost_email_address: Option<String>,
    /// The message displayed to the user when the device is in lost mode.
    pub lost_message: Option<crate::schemas::UserFacingMessage>,
    /// The organization name displayed to the user when the device is in lost mode.
    pub lost_organization: Option<crate::schemas::UserFacingMessage>,
    /// The phone number that will be called when the device is in lost mode and the call owner
    /// button is tapped.
    pub lost_phone_number: Option<crate::schemas::UserFacingMessage>,
    /// The street address displayed to the user when the device is in lost mode.
    pub lost_street_address: Option<crate::schemas::UserFacingMessage>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl StartLostModeParams {
    /// Sets `lostEmailAddress` (chainable).
    pub fn set_lost_email_address(mut self, value: impl Into<String>) -> Self {
        self.lost_email_address = Some(value.into());
        self.unknown_fields.remove("lostEmailAddress");
        self
    }

    /// Sends `lostEmailAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_lost_email_address` takes it back.
    #[inline]
    pub fn clear_lost_email_address(mut self) -> Self {
        self.lost_email_address = None;
        self.unknown_fields
            .insert("lostEmailAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lostMessage` (chainable).
    pub fn set_lost_message(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.lost_message = Some(value.into());
        self.unknown_fields.remove("lostMessage");
        self
    }

    /// Sends `lostMessage` as JSON `null`, which clears it on the server (chainable);
    /// `set_lost_message` takes it back.
    #[inline]
    pub fn clear_lost_message(mut self) -> Self {
        self.lost_message = None;
        self.unknown_fields.insert("lostMessage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lostOrganization` (chainable).
    pub fn set_lost_organization(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.lost_organization = Some(value.into());
        self.unknown_fields.remove("lostOrganization");
        self
    }

    /// Sends `lostOrganization` as JSON `null`, which clears it on the server (chainable);
    /// `set_lost_organization` takes it back.
    #[inline]
    pub fn clear_lost_organization(mut self) -> Self {
        self.lost_organization = None;
        self.unknown_fields
            .insert("lostOrganization".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lostPhoneNumber` (chainable).
    pub fn set_lost_phone_number(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.lost_phone_number = Some(value.into());
        self.unknown_fields.remove("lostPhoneNumber");
        self
    }

    /// Sends `lostPhoneNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_lost_phone_number` takes it back.
    #[inline]
    pub fn clear_lost_phone_number(mut self) -> Self {
        self.lost_phone_number = None;
        self.unknown_fields
            .insert("lostPhoneNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lostStreetAddress` (chainable).
    pub fn set_lost_street_address(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.lost_street_address = Some(value.into());
        self.unknown_fields.remove("lostStreetAddress");
        self
    }

    /// Sends `lostStreetAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_lost_street_address` takes it back.
    #[inline]
    pub fn clear_lost_street_address(mut self) -> Self {
        self.lost_street_address = None;
        self.unknown_fields
            .insert("lostStreetAddress".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for StartLostModeParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.lost_email_address {
            map.serialize_entry("lostEmailAddress", value)?;
        }
        if let Some(value) = &self.lost_message {
            map.serialize_entry("lostMessage", value)?;
        }
        if let Some(value) = &self.lost_organization {
            map.serialize_entry("lostOrganization", value)?;
        }
        if let Some(value) = &self.lost_phone_number {
            map.serialize_entry("lostPhoneNumber", value)?;
        }
        if let Some(value) = &self.lost_street_address {
            map.serialize_entry("lostStreetAddress", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StartLostModeParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for StartLostModeParams {
    const NAME: &'static str = "StartLostModeParams";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "lostEmailAddress" => self.lost_email_address = map.next_value()?,
            "lostMessage" => self.lost_message = map.next_value()?,
            "lostOrganization" => self.lost_organization = map.next_value()?,
            "lostPhoneNumber" => self.lost_phone_number = map.next_value()?,
            "lostStreetAddress" => self.lost_street_address = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
