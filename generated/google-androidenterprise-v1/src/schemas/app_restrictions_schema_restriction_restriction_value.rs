use crate::runtime::{impl_open_enum, wire};

/// A typed value for the restriction.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppRestrictionsSchemaRestrictionRestrictionValue {
    /// The type of the value being provided.
    pub type_: Option<
        crate::schemas::AppRestrictionsSchemaRestrictionRestrictionValueType,
    >,
    /// The boolean value - this will only be present if type is bool.
    pub value_bool: Option<bool>,
    /// The integer value - this will only be present if type is integer.
    pub value_integer: Option<i32>,
    /// The list of string values - this will only be present if type is multiselect.
    pub value_multiselect: Option<Vec<String>>,
    /// The string value - this will be present for types string, choice and hidden.
    pub value_string: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AppRestrictionsSchemaRestrictionRestrictionValue {
    /// Sets `type` (chainable).
    pub fn set_type(
        mut self,
        value: impl Into<
            crate::schemas::AppRestrictionsSchemaRestrictionRestrictionValueType,
        >,
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

    /// Sets `valueBool` (chainable).
    pub fn set_value_bool(mut self, value: impl Into<bool>) -> Self {
        self.value_bool = Some(value.into());
        self.unknown_fields.remove("valueBool");
        self
    }

    /// Sends `valueBool` as JSON `null`, which clears it on the server (chainable);
    /// `set_value_bool` takes it back.
    #[inline]
    pub fn clear_value_bool(mut self) -> Self {
        self.value_bool = None;
        self.unknown_fields.insert("valueBool".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `valueInteger` (chainable).
    pub fn set_value_integer(mut self, value: impl Into<i32>) -> Self {
        self.value_integer = Some(value.into());
        self.unknown_fields.remove("valueInteger");
        self
    }

    /// Sends `valueInteger` as JSON `null`, which clears it on the server (chainable);
    /// `set_value_integer` takes it back.
    #[inline]
    pub fn clear_value_integer(mut self) -> Self {
        self.value_integer = None;
        self.unknown_fields.insert("valueInteger".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `valueMultiselect` (chainable).
    pub fn set_value_multiselect(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.value_multiselect = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("valueMultiselect");
        self
    }

    /// Sends `valueMultiselect` as JSON `null`, which clears it on the server (chainable);
    /// `set_value_multiselect` takes it back.
    #[inline]
    pub fn clear_value_multiselect(mut self) -> Self {
        self.value_multiselect = None;
        self.unknown_fields
            .insert("valueMultiselect".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `valueString` (chainable).
    pub fn set_value_string(mut self, value: impl Into<String>) -> Self {
        self.value_string = Some(value.into());
        self.unknown_fields.remove("valueString");
        self
    }

    /// Sends `valueString` as JSON `null`, which clears it on the server (chainable);
    /// `set_value_string` takes it back.
    #[inline]
    pub fn clear_value_string(mut self) -> Self {
        self.value_string = None;
        self.unknown_fields.insert("valueString".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AppRestrictionsSchemaRestrictionRestrictionValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.value_bool {
            map.serialize_entry("valueBool", value)?;
        }
        if let Some(value) = &self.value_integer {
            map.serialize_entry("valueInteger", value)?;
        }
        if let Some(value) = &self.value_multiselect {
            map.serialize_entry("valueMultiselect", value)?;
        }
        if let Some(value) = &self.value_string {
            map.serialize_entry("valueString", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppRestrictionsSchemaRestrictionRestrictionValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AppRestrictionsSchemaRestrictionRestrictionValue {
    const NAME: &'static str = "AppRestrictionsSchemaRestrictionRestrictionValue";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.type_ = map.next_value()?,
            "valueBool" => self.value_bool = map.next_value()?,
            "valueInteger" => self.value_integer = map.next_value()?,
            "valueMultiselect" => self.value_multiselect = map.next_value()?,
            "valueString" => self.value_string = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of the value being provided.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AppRestrictionsSchemaRestrictionRestrictionValueType {
    /// A restriction of boolean type.
    ///
    /// `bool` on the wire.
    #[default]
    Bool,
    /// A restriction of string type.
    ///
    /// `string` on the wire.
    String,
    /// A restriction of integer type.
    ///
    /// `integer` on the wire.
    Integer,
    /// A choice of one item from a set.
    ///
    /// `choice` on the wire.
    Choice,
    /// A choice of multiple items from a set.
    ///
    /// `multiselect` on the wire.
    Multiselect,
    /// A hidden restriction of string type (the default value can be used to pass along information
    /// that cannot be modified, such as a version code).
    ///
    /// `hidden` on the wire.
    Hidden,
    /// \[M+ devices only\] A bundle of restrictions
    ///
    /// `bundle` on the wire.
    Bundle,
    /// \[M+ devices only\] An array of restriction bundles
    ///
    /// `bundleArray` on the wire.
    BundleArray,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AppRestrictionsSchemaRestrictionRestrictionValueType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Bool => "bool",
            Self::String => "string",
            Self::Integer => "integer",
            Self::Choice => "choice",
            Self::Multiselect => "multiselect",
            Self::Hidden => "hidden",
            Self::Bundle => "bundle",
            Self::BundleArray => "bundleArray",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "bool" => Self::Bool,
            "string" => Self::String,
            "integer" => Self::Integer,
            "choice" => Self::Choice,
            "multiselect" => Self::Multiselect,
            "hidden" => Self::Hidden,
            "bundle" => Self::Bundle,
            "bundleArray" => Self::BundleArray,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AppRestrictionsSchemaRestrictionRestrictionValueType);
