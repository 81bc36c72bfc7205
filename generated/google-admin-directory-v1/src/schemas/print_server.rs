use crate::runtime::{wire, Timestamp};

/// Configuration for a print server.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PrintServer {
    /// Output only. Time when the print server was created.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub create_time: Option<Timestamp>,
    /// Editable. Description of the print server (as shown in the Admin console).
    pub description: Option<String>,
    /// Editable. Display name of the print server (as shown in the Admin console).
    pub display_name: Option<String>,
    /// Immutable. ID of the print server. Leave empty when creating.
    pub id: Option<String>,
    /// Identifier. Resource name of the print server. Leave empty when creating. Format:
    /// `customers/{customer.id}/printServers/{print_server.id}`
    pub name: Option<String>,
    /// ID of the organization unit (OU) that owns this print server. This value can only be set
    /// when the print server is initially created. If it's not populated, the print server is
    /// placed under the root OU. The `org_unit_id` can be retrieved using the [Directory
    /// API](https://developers.google.com/workspace/admin/directory/reference/rest/v1/orgunits).
    pub org_unit_id: Option<String>,
    /// Editable. Print server URI.
    pub uri: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PrintServer {
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

    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
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

    /// Sets `orgUnitId` (chainable).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self.unknown_fields.remove("orgUnitId");
        self
    }

    /// Sends `orgUnitId` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_id` takes it back.
    #[inline]
    pub fn clear_org_unit_id(mut self) -> Self {
        self.org_unit_id = None;
        self.unknown_fields.insert("orgUnitId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `uri` (chainable).
    pub fn set_uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self.unknown_fields.remove("uri");
        self
    }

    /// Sends `uri` as JSON `null`, which clears it on the server (chainable); `set_uri` takes it
    /// back.
    #[inline]
    pub fn clear_uri(mut self) -> Self {
        self.uri = None;
        self.unknown_fields.insert("uri".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PrintServer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.org_unit_id {
            map.serialize_entry("orgUnitId", value)?;
        }
        if let Some(value) = &self.uri {
            map.serialize_entry("uri", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrintServer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PrintServer {
    const NAME: &'static str = "PrintServer";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "createTime" => self.create_time = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "orgUnitId" => self.org_unit_id = map.next_value()?,
            "uri" => self.uri = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
