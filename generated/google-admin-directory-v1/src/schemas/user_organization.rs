use crate::runtime::wire;

/// JSON template for an organization entry.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserOrganization {
    /// The cost center of the users department.
    pub cost_center: Option<String>,
    /// Custom type.
    pub custom_type: Option<String>,
    /// Department within the organization.
    pub department: Option<String>,
    /// Description of the organization.
    pub description: Option<String>,
    /// The domain to which the organization belongs to.
    pub domain: Option<String>,
    /// The full-time equivalent millipercent within the organization (100000 = 100%).
    pub full_time_equivalent: Option<i32>,
    /// Location of the organization. This need not be fully qualified address.
    pub location: Option<String>,
    /// Name of the organization
    pub name: Option<String>,
    /// If it user's primary organization.
    pub primary: Option<bool>,
    /// Symbol of the organization.
    pub symbol: Option<String>,
    /// Title (designation) of the user in the organization.
    pub title: Option<String>,
    /// Each entry can have a type which indicates standard types of that entry. For example
    /// organization could be of school work etc. In addition to the standard type an entry can have
    /// a custom type and can give it any name. Such types should have the CUSTOM value as type and
    /// also have a CustomType value.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserOrganization {
    /// Sets `costCenter` (chainable).
    pub fn set_cost_center(mut self, value: impl Into<String>) -> Self {
        self.cost_center = Some(value.into());
        self.unknown_fields.remove("costCenter");
        self
    }

    /// Sends `costCenter` as JSON `null`, which clears it on the server (chainable);
    /// `set_cost_center` takes it back.
    #[inline]
    pub fn clear_cost_center(mut self) -> Self {
        self.cost_center = None;
        self.unknown_fields.insert("costCenter".to_owned(), serde_json::Value::Null);
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

    /// Sets `department` (chainable).
    pub fn set_department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self.unknown_fields.remove("department");
        self
    }

    /// Sends `department` as JSON `null`, which clears it on the server (chainable);
    /// `set_department` takes it back.
    #[inline]
    pub fn clear_department(mut self) -> Self {
        self.department = None;
        self.unknown_fields.insert("department".to_owned(), serde_json::Value::Null);
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

    /// Sets `domain` (chainable).
    pub fn set_domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self.unknown_fields.remove("domain");
        self
    }

    /// Sends `domain` as JSON `null`, which clears it on the server (chainable); `set_domain` takes
    /// it back.
    #[inline]
    pub fn clear_domain(mut self) -> Self {
        self.domain = None;
        self.unknown_fields.insert("domain".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fullTimeEquivalent` (chainable).
    pub fn set_full_time_equivalent(mut self, value: impl Into<i32>) -> Self {
        self.full_time_equivalent = Some(value.into());
        self.unknown_fields.remove("fullTimeEquivalent");
        self
    }

    /// Sends `fullTimeEquivalent` as JSON `null`, which clears it on the server (chainable);
    /// `set_full_time_equivalent` takes it back.
    #[inline]
    pub fn clear_full_time_equivalent(mut self) -> Self {
        self.full_time_equivalent = None;
        self.unknown_fields
            .insert("fullTimeEquivalent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `location` (chainable).
    pub fn set_location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self.unknown_fields.remove("location");
        self
    }

    /// Sends `location` as JSON `null`, which clears it on the server (chainable); `set_location`
    /// takes it back.
    #[inline]
    pub fn clear_location(mut self) -> Self {
        self.location = None;
        self.unknown_fields.insert("location".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
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

    /// Sets `symbol` (chainable).
    pub fn set_symbol(mut self, value: impl Into<String>) -> Self {
        self.symbol = Some(value.into());
        self.unknown_fields.remove("symbol");
        self
    }

    /// Sends `symbol` as JSON `null`, which clears it on the server (chainable); `set_symbol` takes
    /// it back.
    #[inline]
    pub fn clear_symbol(mut self) -> Self {
        self.symbol = None;
        self.unknown_fields.insert("symbol".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for UserOrganization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.cost_center {
            map.serialize_entry("costCenter", value)?;
        }
        if let Some(value) = &self.custom_type {
            map.serialize_entry("customType", value)?;
        }
        if let Some(value) = &self.department {
            map.serialize_entry("department", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.domain {
            map.serialize_entry("domain", value)?;
        }
        if let Some(value) = &self.full_time_equivalent {
            map.serialize_entry("fullTimeEquivalent", value)?;
        }
        if let Some(value) = &self.location {
            map.serialize_entry("location", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.primary {
            map.serialize_entry("primary", value)?;
        }
        if let Some(value) = &self.symbol {
            map.serialize_entry("symbol", value)?;
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

impl<'de> serde::Deserialize<'de> for UserOrganization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserOrganization {
    const NAME: &'static str = "UserOrganization";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "costCenter" => self.cost_center = map.next_value()?,
            "customType" => self.custom_type = map.next_value()?,
            "department" => self.department = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "domain" => self.domain = map.next_value()?,
            "fullTimeEquivalent" => self.full_time_equivalent = map.next_value()?,
            "location" => self.location = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "primary" => self.primary = map.next_value()?,
            "symbol" => self.symbol = map.next_value()?,
            "title" => self.title = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
