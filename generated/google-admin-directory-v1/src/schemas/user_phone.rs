use crate::runtime::wire;

/// JSON template for a phone entry.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserPhone {
    /// Custom Type.
    pub custom_type: Option<String>,
    /// If this is user's primary phone or not.
    pub primary: Option<bool>,
    /// Each entry can have a type which indicates standard types of that entry. For example phone
    /// could be of home_fax work mobile etc. In addition to the standard type an entry can have a
    /// custom type and can give it any name. Such types should have the CUSTOM value as type and
    /// also have a customType value.
    pub type_: Option<String>,
    /// Phone number.
    pub value: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserPhone {
    /// Sets `customType` (chainable).
    pub fn set_custom_type(mut self, value: impl Into<String>) -> Self {
        self.custom_type = Some(value.into());
        self.unknown_fields.remove("customType");
        self
    }

    /// Sends `customType` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_type` takes it back.
    #[inline]
    pub fn clear_custom_type(mut self) -> Self {
        self.custom_type = None;
        self.unknown_fields.insert("customType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primary` (chainable).
    pub fn set_primary(mut self, value: impl Into<bool>) -> Self {
        self.primary = Some(value.into());
        self.unknown_fields.remove("primary");
        self
    }

    /// Sends `primary` as JSON `null`, which clears it on the server (chainable); `set_primary`
    /// takes it back.
    #[inline]
    pub fn clear_primary(mut self) -> Self {
        self.primary = None;
        self.unknown_fields.insert("primary".to_owned(), serde_json::Value::Null);
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

    /// Sets `value` (chainable).
    pub fn set_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self.unknown_fields.remove("value");
        self
    }

    /// Sends `value` as JSON `null`, which clears it on the server (chainable); `set_value` takes
    /// it back.
    #[inline]
    pub fn clear_value(mut self) -> Self {
        self.value = None;
        self.unknown_fields.insert("value".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserPhone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.custom_type {
            map.serialize_entry("customType", value)?;
        }
        if let Some(value) = &self.primary {
            map.serialize_entry("primary", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserPhone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserPhone {
    const NAME: &'static str = "UserPhone";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "customType" => self.custom_type = map.next_value()?,
            "primary" => self.primary = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
