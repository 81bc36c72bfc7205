use crate::runtime::wire;

/// Account info specific to Guest users.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GuestAccountInfo {
    /// Immutable. The guest's external email.
    pub primary_guest_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GuestAccountInfo {
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

impl serde::Serialize for GuestAccountInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.primary_guest_email {
            map.serialize_entry("primaryGuestEmail", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GuestAccountInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GuestAccountInfo {
    const NAME: &'static str = "GuestAccountInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "primaryGuestEmail" => self.primary_guest_email = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
