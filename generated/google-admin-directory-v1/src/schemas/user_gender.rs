use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserGender {
    /// AddressMeAs. A human-readable string containing the proper way to refer to the profile owner
    /// by humans for example he/him/his or they/them/their.
    pub address_me_as: Option<String>,
    /// Custom gender.
    pub custom_gender: Option<String>,
    /// Gender.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserGender {
    /// Sets `addressMeAs` (chainable).
    pub fn set_address_me_as(mut self, value: impl Into<String>) -> Self {
        self.address_me_as = Some(value.into());
        self.unknown_fields.remove("addressMeAs");
        self
    }

    /// Sends `addressMeAs` as JSON `null`, which clears it on the server (chainable);
    /// `set_address_me_as` takes it back.
    #[inline]
    pub fn clear_address_me_as(mut self) -> Self {
        self.address_me_as = None;
        self.unknown_fields.insert("addressMeAs".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customGender` (chainable).
    pub fn set_custom_gender(mut self, value: impl Into<String>) -> Self {
        self.custom_gender = Some(value.into());
        self.unknown_fields.remove("customGender");
        self
    }

    /// Sends `customGender` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_gender` takes it back.
    #[inline]
    pub fn clear_custom_gender(mut self) -> Self {
        self.custom_gender = None;
        self.unknown_fields.insert("customGender".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserGender {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.address_me_as {
            map.serialize_entry("addressMeAs", value)?;
        }
        if let Some(value) = &self.custom_gender {
            map.serialize_entry("customGender", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserGender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserGender {
    const NAME: &'static str = "UserGender";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "addressMeAs" => self.address_me_as = map.next_value()?,
            "customGender" => self.custom_gender = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
