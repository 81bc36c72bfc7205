use crate::runtime::wire;

/// JSON template for instant messenger of an user.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserIm {
    /// Custom protocol.
    pub custom_protocol: Option<String>,
    /// Custom type.
    pub custom_type: Option<String>,
    /// Instant messenger id.
    pub im: Option<String>,
    /// If this is user's primary im. Only one entry could be marked as primary.
    pub primary: Option<bool>,
    /// Protocol used in the instant messenger. It should be one of the values from ImProtocolTypes
    /// map. Similar to type it can take a CUSTOM value and specify the custom name in
    /// customProtocol field.
    pub protocol: Option<String>,
    /// Each entry can have a type which indicates standard types of that entry. For example instant
    /// messengers could be of home work etc. In addition to the standard type an entry can have a
    /// custom type and can take any value. Such types should have the CUSTOM value as type and also
    /// have a customType value.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserIm {
    /// Sets `customProtocol` (chainable).
    pub fn set_custom_protocol(mut self, value: impl Into<String>) -> Self {
        self.custom_protocol = Some(value.into());
        self.unknown_fields.remove("customProtocol");
        self
    }

    /// Sends `customProtocol` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_protocol` takes it back.
    #[inline]
    pub fn clear_custom_protocol(mut self) -> Self {
        self.custom_protocol = None;
        self.unknown_fields.insert("customProtocol".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `im` (chainable).
    pub fn set_im(mut self, value: impl Into<String>) -> Self {
        self.im = Some(value.into());
        self.unknown_fields.remove("im");
        self
    }

    /// Sends `im` as JSON `null`, which clears it on the server (chainable); `set_im` takes it
    /// back.
    #[inline]
    pub fn clear_im(mut self) -> Self {
        self.im = None;
        self.unknown_fields.insert("im".to_owned(), serde_json::Value::Null);
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

    /// Sets `protocol` (chainable).
    pub fn set_protocol(mut self, value: impl Into<String>) -> Self {
        self.protocol = Some(value.into());
        self.unknown_fields.remove("protocol");
        self
    }

    /// Sends `protocol` as JSON `null`, which clears it on the server (chainable); `set_protocol`
    /// takes it back.
    #[inline]
    pub fn clear_protocol(mut self) -> Self {
        self.protocol = None;
        self.unknown_fields.insert("protocol".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for UserIm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.custom_protocol {
            map.serialize_entry("customProtocol", value)?;
        }
        if let Some(value) = &self.custom_type {
            map.serialize_entry("customType", value)?;
        }
        if let Some(value) = &self.im {
            map.serialize_entry("im", value)?;
        }
        if let Some(value) = &self.primary {
            map.serialize_entry("primary", value)?;
        }
        if let Some(value) = &self.protocol {
            map.serialize_entry("protocol", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserIm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserIm {
    const NAME: &'static str = "UserIm";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "customProtocol" => self.custom_protocol = map.next_value()?,
            "customType" => self.custom_type = map.next_value()?,
            "im" => self.im = map.next_value()?,
            "primary" => self.primary = map.next_value()?,
            "protocol" => self.protocol = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
