use crate::runtime::{impl_open_enum, wire, Timestamp};

/// A full representation of an object context.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectFullContext {
    /// The time at which the object context was created. This value is in RFC 3339 format.
    pub create_time: Option<Timestamp>,
    /// The extended data of the object context.
    pub extended_data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The key of the object context.
    pub key: Option<String>,
    /// The kind of item this is. For ObjectFullContext, this is always storage#objectFullContext.
    pub kind: Option<String>,
    /// The type of the object context.
    pub type_: Option<crate::schemas::ObjectFullContextType>,
    /// The time at which the object context was last updated. This value is in RFC 3339 format.
    pub update_time: Option<Timestamp>,
    /// The value of the object context.
    pub value: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectFullContext {
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

    /// Sets `extendedData` (chainable).
    pub fn set_extended_data(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<serde_json::Value>),
        >,
    ) -> Self {
        self.extended_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("extendedData");
        self
    }

    /// Sends `extendedData` as JSON `null`, which clears it on the server (chainable);
    /// `set_extended_data` takes it back.
    #[inline]
    pub fn clear_extended_data(mut self) -> Self {
        self.extended_data = None;
        self.unknown_fields.insert("extendedData".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `key` (chainable).
    pub fn set_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self.unknown_fields.remove("key");
        self
    }

    /// Sends `key` as JSON `null`, which clears it on the server (chainable); `set_key` takes it
    /// back.
    #[inline]
    pub fn clear_key(mut self) -> Self {
        self.key = None;
        self.unknown_fields.insert("key".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(
        mut self,
        value: impl Into<crate::schemas::ObjectFullContextType>,
    ) -> Self {
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

impl serde::Serialize for ObjectFullContext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.extended_data {
            map.serialize_entry("extendedData", value)?;
        }
        if let Some(value) = &self.key {
            map.serialize_entry("key", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
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

impl<'de> serde::Deserialize<'de> for ObjectFullContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectFullContext {
    const NAME: &'static str = "ObjectFullContext";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "createTime" => self.create_time = map.next_value()?,
            "extendedData" => self.extended_data = map.next_value()?,
            "key" => self.key = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            "updateTime" => self.update_time = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of the object context.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ObjectFullContextType {
    /// Custom object context.
    ///
    /// `CUSTOM` on the wire.
    #[default]
    Custom,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ObjectFullContextType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ObjectFullContextType);
