use crate::runtime::wire;

/// Directory users guest creation request message.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DirectoryUsersCreateGuestRequest {
    /// Optional. Immutable ID of the Google Workspace account. Only required when request is
    /// created by a service account. Defaults to the authenticated user's customer ID otherwise.
    pub customer: Option<String>,
    /// Required. External email of the guest user being created.
    pub primary_guest_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DirectoryUsersCreateGuestRequest {
    /// Sets `customer` (chainable).
    pub fn set_customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self.unknown_fields.remove("customer");
        self
    }

    /// Sends `customer` as JSON `null`, which clears it on the server (chainable); `set_customer`
    /// takes it back.
    #[inline]
    pub fn clear_customer(mut self) -> Self {
        self.customer = None;
        self.unknown_fields.insert("customer".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primaryGuestEmail` (chainable).
    pub fn set_primary_guest_email(mut self, value: impl Into<String>) -> Self {
        self.primary_guest_email = Some(value.into());
        self.unknown_fields.remove("primaryGuestEmail");
        self
    }

    /// Sends `primaryGuestEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_guest_email` takes it back.
    #[inline]
    pub fn clear_primary_guest_email(mut self) -> Self {
        self.primary_guest_email = None;
        self.unknown_fields
            .insert("primaryGuestEmail".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DirectoryUsersCreateGuestRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.customer {
            map.serialize_entry("customer", value)?;
        }
        if let Some(value) = &self.primary_guest_email {
            map.serialize_entry("primaryGuestEmail", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryUsersCreateGuestRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DirectoryUsersCreateGuestRequest {
    const NAME: &'static str = "DirectoryUsersCreateGuestRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "customer" => self.customer = map.next_value()?,
            "primaryGuestEmail" => self.primary_guest_email = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
