use crate::runtime::wire;

/// A managed property of a managed configuration. The property must match one of the properties
/// in the app restrictions schema of the product. Exactly one of the value fields must be
/// populated, and it must match the property's type in the app restrictions schema.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedProperty {
    /// The unique key that identifies the property.
    pub key: Option<String>,
    /// The boolean value - this will only be present if type of the property is bool.
    pub value_bool: Option<bool>,
    /// The bundle of managed properties - this will only be present if type of the property is
    /// bundle.
    pub value_bundle: Option<crate::schemas::ManagedPropertyBundle>,
    /// The list of bundles of properties - this will only be present if type of the property is
    /// bundle_array.
    pub value_bundle_array: Option<Vec<crate::schemas::ManagedPropertyBundle>>,
    /// The integer value - this will only be present if type of the property is integer.
    pub value_integer: Option<i32>,
    /// The string value - this will only be present if type of the property is string, choice or
    /// hidden.
    pub value_string: Option<String>,
    /// The list of string values - this will only be present if type of the property is
    /// multiselect.
    pub value_string_array: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedProperty {
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

    /// Sets `valueBundle` (chainable).
    pub fn set_value_bundle(
        mut self,
        value: impl Into<crate::schemas::ManagedPropertyBundle>,
    ) -> Self {
        self.value_bundle = Some(value.into());
        self.unknown_fields.remove("valueBundle");
        self
    }

    /// Sends `valueBundle` as JSON `null`, which clears it on the server (chainable);
    /// `set_value_bundle` takes it back.
    #[inline]
    pub fn clear_value_bundle(mut self) -> Self {
        self.value_bundle = None;
        self.unknown_fields.insert("valueBundle".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `valueBundleArray` (chainable).
    pub fn set_value_bundle_array(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ManagedPropertyBundle>>,
    ) -> Self {
        self.value_bundle_array = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("valueBundleArray");
        self
    }

    /// Sends `valueBundleArray` as JSON `null`, which clears it on the server (chainable);
    /// `set_value_bundle_array` takes it back.
    #[inline]
    pub fn clear_value_bundle_array(mut self) -> Self {
        self.value_bundle_array = None;
        self.unknown_fields
            .insert("valueBundleArray".to_owned(), serde_json::Value::Null);
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

    /// Sets `valueStringArray` (chainable).
    pub fn set_value_string_array(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.value_string_array = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("valueStringArray");
        self
    }

    /// Sends `valueStringArray` as JSON `null`, which clears it on the server (chainable);
    /// `set_value_string_array` takes it back.
    #[inline]
    pub fn clear_value_string_array(mut self) -> Self {
        self.value_string_array = None;
        self.unknown_fields
            .insert("valueStringArray".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ManagedProperty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.key {
            map.serialize_entry("key", value)?;
        }
        if let Some(value) = &self.value_bool {
            map.serialize_entry("valueBool", value)?;
        }
        if let Some(value) = &self.value_bundle {
            map.serialize_entry("valueBundle", value)?;
        }
        if let Some(value) = &self.value_bundle_array {
            map.serialize_entry("valueBundleArray", value)?;
        }
        if let Some(value) = &self.value_integer {
            map.serialize_entry("valueInteger", value)?;
        }
        if let Some(value) = &self.value_string {
            map.serialize_entry("valueString", value)?;
        }
        if let Some(value) = &self.value_string_array {
            map.serialize_entry("valueStringArray", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedProperty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ManagedProperty {
    const NAME: &'static str = "ManagedProperty";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "key" => self.key = map.next_value()?,
            "valueBool" => self.value_bool = map.next_value()?,
            "valueBundle" => self.value_bundle = map.next_value()?,
            "valueBundleArray" => self.value_bundle_array = map.next_value()?,
            "valueInteger" => self.value_integer = map.next_value()?,
            "valueString" => self.value_string = map.next_value()?,
            "valueStringArray" => self.value_string_array = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
