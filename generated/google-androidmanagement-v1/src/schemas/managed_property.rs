use crate::runtime::{impl_open_enum, wire};

/// Managed property.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedProperty {
    /// The default value of the property. BUNDLE_ARRAY properties don't have a default value.
    pub default_value: Option<serde_json::Value>,
    /// A longer description of the property, providing more detail of what it affects. Localized.
    pub description: Option<String>,
    /// For CHOICE or MULTISELECT properties, the list of possible entries.
    pub entries: Option<Vec<crate::schemas::ManagedPropertyEntry>>,
    /// The unique key that the app uses to identify the property, e.g.
    /// "com.google.android.gm.fieldname".
    pub key: Option<String>,
    /// For BUNDLE_ARRAY properties, the list of nested properties. A BUNDLE_ARRAY property is at
    /// most two levels deep.
    pub nested_properties: Option<Vec<crate::schemas::ManagedProperty>>,
    /// The name of the property. Localized.
    pub title: Option<String>,
    /// The type of the property.
    pub type_: Option<crate::schemas::ManagedPropertyType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedProperty {
    /// Sets `defaultValue` (chainable).
    pub fn set_default_value(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.default_value = Some(value.into());
        self.unknown_fields.remove("defaultValue");
        self
    }

    /// Sends `defaultValue` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_value` takes it back.
    #[inline]
    pub fn clear_default_value(mut self) -> Self {
        self.default_value = None;
        self.unknown_fields.insert("defaultValue".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self.unknown_fields.remove("description");
        self
    }

    /// Sends `description` as JSON `null`, which clears it on the server (chainable);
    /// `set_description` takes it back.
    #[inline]
    pub fn clear_description(mut self) -> Self {
        self.description = None;
        self.unknown_fields.insert("description".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `entries` (chainable).
    pub fn set_entries(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ManagedPropertyEntry>>,
    ) -> Self {
        self.entries = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("entries");
        self
    }

    /// Sends `entries` as JSON `null`, which clears it on the server (chainable); `set_entries`
    /// takes it back.
    #[inline]
    pub fn clear_entries(mut self) -> Self {
        self.entries = None;
        self.unknown_fields.insert("entries".to_owned(), serde_json::Value::Null);
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

    /// Sets `nestedProperties` (chainable).
    pub fn set_nested_properties(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ManagedProperty>>,
    ) -> Self {
        self.nested_properties = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("nestedProperties");
        self
    }

    /// Sends `nestedProperties` as JSON `null`, which clears it on the server (chainable);
    /// `set_nested_properties` takes it back.
    #[inline]
    pub fn clear_nested_properties(mut self) -> Self {
        self.nested_properties = None;
        self.unknown_fields
            .insert("nestedProperties".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `title` (chainable).
    pub fn set_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self.unknown_fields.remove("title");
        self
    }

    /// Sends `title` as JSON `null`, which clears it on the server (chainable); `set_title` takes
    /// it back.
    #[inline]
    pub fn clear_title(mut self) -> Self {
        self.title = None;
        self.unknown_fields.insert("title".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(
        mut self,
        value: impl Into<crate::schemas::ManagedPropertyType>,
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
}

impl serde::Serialize for ManagedProperty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.default_value {
            map.serialize_entry("defaultValue", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.entries {
            map.serialize_entry("entries", value)?;
        }
        if let Some(value) = &self.key {
            map.serialize_entry("key", value)?;
        }
        if let Some(value) = &self.nested_properties {
            map.serialize_entry("nestedProperties", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
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
            "defaultValue" => self.default_value = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "entries" => self.entries = map.next_value()?,
            "key" => self.key = map.next_value()?,
            "nestedProperties" => self.nested_properties = map.next_value()?,
            "title" => self.title = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of the property.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ManagedPropertyType {
    /// Not used.
    ///
    /// `MANAGED_PROPERTY_TYPE_UNSPECIFIED` on the wire.
    #[default]
    ManagedPropertyTypeUnspecified,
    /// A property of boolean type.
    ///
    /// `BOOL` on the wire.
    Bool,
    /// A property of string type.
    ///
    /// `STRING` on the wire.
    String,
    /// A property of integer type.
    ///
    /// `INTEGER` on the wire.
    Integer,
    /// A choice of one item from a set.
    ///
    /// `CHOICE` on the wire.
    Choice,
    /// A choice of multiple items from a set.
    ///
    /// `MULTISELECT` on the wire.
    Multiselect,
    /// A hidden restriction of string type (the default value can be used to pass along information
    /// that can't be modified, such as a version code).
    ///
    /// `HIDDEN` on the wire.
    Hidden,
    /// A bundle of properties
    ///
    /// `BUNDLE` on the wire.
    Bundle,
    /// An array of property bundles.
    ///
    /// `BUNDLE_ARRAY` on the wire.
    BundleArray,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ManagedPropertyType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ManagedPropertyTypeUnspecified => "MANAGED_PROPERTY_TYPE_UNSPECIFIED",
            Self::Bool => "BOOL",
            Self::String => "STRING",
            Self::Integer => "INTEGER",
            Self::Choice => "CHOICE",
            Self::Multiselect => "MULTISELECT",
            Self::Hidden => "HIDDEN",
            Self::Bundle => "BUNDLE",
            Self::BundleArray => "BUNDLE_ARRAY",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "MANAGED_PROPERTY_TYPE_UNSPECIFIED" => Self::ManagedPropertyTypeUnspecified,
            "BOOL" => Self::Bool,
            "STRING" => Self::String,
            "INTEGER" => Self::Integer,
            "CHOICE" => Self::Choice,
            "MULTISELECT" => Self::Multiselect,
            "HIDDEN" => Self::Hidden,
            "BUNDLE" => Self::Bundle,
            "BUNDLE_ARRAY" => Self::BundleArray,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ManagedPropertyType);
