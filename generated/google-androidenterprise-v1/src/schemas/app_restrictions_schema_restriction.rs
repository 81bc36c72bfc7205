use crate::runtime::{impl_open_enum, wire};

/// A restriction in the App Restriction Schema represents a piece of configuration that may be
/// pre-applied.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppRestrictionsSchemaRestriction {
    /// The default value of the restriction. bundle and bundleArray restrictions never have a
    /// default value.
    pub default_value: Option<
        crate::schemas::AppRestrictionsSchemaRestrictionRestrictionValue,
    >,
    /// A longer description of the restriction, giving more detail of what it affects.
    pub description: Option<String>,
    /// For choice or multiselect restrictions, the list of possible entries' human-readable names.
    pub entry: Option<Vec<String>>,
    /// For choice or multiselect restrictions, the list of possible entries' machine-readable
    /// values. These values should be used in the configuration, either as a single string value
    /// for a choice restriction or in a stringArray for a multiselect restriction.
    pub entry_value: Option<Vec<String>>,
    /// The unique key that the product uses to identify the restriction, e.g.
    /// "com.google.android.gm.fieldname".
    pub key: Option<String>,
    /// For bundle or bundleArray restrictions, the list of nested restrictions. A bundle
    /// restriction is always nested within a bundleArray restriction, and a bundleArray restriction
    /// is at most two levels deep.
    pub nested_restriction: Option<
        Vec<crate::schemas::AppRestrictionsSchemaRestriction>,
    >,
    /// The type of the restriction.
    pub restriction_type: Option<
        crate::schemas::AppRestrictionsSchemaRestrictionRestrictionType,
    >,
    /// The name of the restriction.
    pub title: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AppRestrictionsSchemaRestriction {
    /// Sets `defaultValue` (chainable).
    pub fn set_default_value(
        mut self,
        value: impl Into<
            crate::schemas::AppRestrictionsSchemaRestrictionRestrictionValue,
        >,
    ) -> Self {
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

    /// Sets `entry` (chainable).
    pub fn set_entry(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.entry = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("entry");
        self
    }

    /// Sends `entry` as JSON `null`, which clears it on the server (chainable); `set_entry` takes
    /// it back.
    #[inline]
    pub fn clear_entry(mut self) -> Self {
        self.entry = None;
        self.unknown_fields.insert("entry".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `entryValue` (chainable).
    pub fn set_entry_value(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.entry_value = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("entryValue");
        self
    }

    /// Sends `entryValue` as JSON `null`, which clears it on the server (chainable);
    /// `set_entry_value` takes it back.
    #[inline]
    pub fn clear_entry_value(mut self) -> Self {
        self.entry_value = None;
        self.unknown_fields.insert("entryValue".to_owned(), serde_json::Value::Null);
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

    /// Sets `nestedRestriction` (chainable).
    pub fn set_nested_restriction(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::AppRestrictionsSchemaRestriction>,
        >,
    ) -> Self {
        self.nested_restriction = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("nestedRestriction");
        self
    }

    /// Sends `nestedRestriction` as JSON `null`, which clears it on the server (chainable);
    /// `set_nested_restriction` takes it back.
    #[inline]
    pub fn clear_nested_restriction(mut self) -> Self {
        self.nested_restriction = None;
        self.unknown_fields
            .insert("nestedRestriction".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `restrictionType` (chainable).
    pub fn set_restriction_type(
        mut self,
        value: impl Into<crate::schemas::AppRestrictionsSchemaRestrictionRestrictionType>,
    ) -> Self {
        self.restriction_type = Some(value.into());
        self.unknown_fields.remove("restrictionType");
        self
    }

    /// Sends `restrictionType` as JSON `null`, which clears it on the server (chainable);
    /// `set_restriction_type` takes it back.
    #[inline]
    pub fn clear_restriction_type(mut self) -> Self {
        self.restriction_type = None;
        self.unknown_fields
            .insert("restrictionType".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for AppRestrictionsSchemaRestriction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.default_value {
            map.serialize_entry("defaultValue", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.entry {
            map.serialize_entry("entry", value)?;
        }
        if let Some(value) = &self.entry_value {
            map.serialize_entry("entryValue", value)?;
        }
        if let Some(value) = &self.key {
            map.serialize_entry("key", value)?;
        }
        if let Some(value) = &self.nested_restriction {
            map.serialize_entry("nestedRestriction", value)?;
        }
        if let Some(value) = &self.restriction_type {
            map.serialize_entry("restrictionType", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppRestrictionsSchemaRestriction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AppRestrictionsSchemaRestriction {
    const NAME: &'static str = "AppRestrictionsSchemaRestriction";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "defaultValue" => self.default_value = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "entry" => self.entry = map.next_value()?,
            "entryValue" => self.entry_value = map.next_value()?,
            "key" => self.key = map.next_value()?,
            "nestedRestriction" => self.nested_restriction = map.next_value()?,
            "restrictionType" => self.restriction_type = map.next_value()?,
            "title" => self.title = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of the restriction.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AppRestrictionsSchemaRestrictionRestrictionType {
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

impl wire::OpenEnum for AppRestrictionsSchemaRestrictionRestrictionType {
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
impl_open_enum!(AppRestrictionsSchemaRestrictionRestrictionType);
