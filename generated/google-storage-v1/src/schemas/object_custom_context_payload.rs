use crate::runtime::{wire, Timestamp};

/// The payload of a single user-defined object context.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectCustomContextPayload {
    /// The time at which the object context was created in RFC 3339 format.
    pub create_time: Option<Timestamp>,
    /// The type URL of the object context's extended data.
    pub extended_data_type_url: Option<String>,
    /// The time at which the object context was last updated in RFC 3339 format.
    pub update_time: Option<Timestamp>,
    /// The value of the object context.
    pub value: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectCustomContextPayload {
    /// Sets `createTime` (chainable).
    pub fn set_create_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self.unknown_fields.remove("createTime");
        self
    }

    /// Sends `createTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_time` takes it back.
    #[inline]
    pub fn clear_create_time(mut self) -> Self {
        self.create_time = None;
        self.unknown_fields.insert("createTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `extendedDataTypeUrl` (chainable).
    pub fn set_extended_data_type_url(mut self, value: impl Into<String>) -> Self {
        self.extended_data_type_url = Some(value.into());
        self.unknown_fields.remove("extendedDataTypeUrl");
        self
    }

    /// Sends `extendedDataTypeUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_extended_data_type_url` takes it back.
    #[inline]
    pub fn clear_extended_data_type_url(mut self) -> Self {
        self.extended_data_type_url = None;
        self.unknown_fields
            .insert("extendedDataTypeUrl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updateTime` (chainable).
    pub fn set_update_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self.unknown_fields.remove("updateTime");
        self
    }

    /// Sends `updateTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_time` takes it back.
    #[inline]
    pub fn clear_update_time(mut self) -> Self {
        self.update_time = None;
        self.unknown_fields.insert("updateTime".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for ObjectCustomContextPayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.extended_data_type_url {
            map.serialize_entry("extendedDataTypeUrl", value)?;
        }
        if let Some(value) = &self.update_time {
            map.serialize_entry("updateTime", value)?;
        }
        if let Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ObjectCustomContextPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectCustomContextPayload {
    const NAME: &'static str = "ObjectCustomContextPayload";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "createTime" => self.create_time = map.next_value()?,
            "extendedDataTypeUrl" => self.extended_data_type_url = map.next_value()?,
            "updateTime" => self.update_time = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
