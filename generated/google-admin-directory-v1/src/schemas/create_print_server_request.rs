use crate::runtime::wire;

/// Request for adding a new print server.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePrintServerRequest {
    /// Required. The [unique
    /// ID](https://developers.google.com/workspace/admin/directory/reference/rest/v1/customers) of
    /// the customer's Google Workspace account. Format: `customers/{id}`
    pub parent: Option<String>,
    /// Required. A print server to create. If you want to place the print server under a specific
    /// organizational unit (OU), then populate the `org_unit_id`. Otherwise the print server is
    /// created under the root OU. The `org_unit_id` can be retrieved using the [Directory
    /// API](https://developers.google.com/workspace/admin/directory/v1/guides/manage-org-units).
    pub print_server: Option<crate::schemas::PrintServer>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CreatePrintServerRequest {
    /// Sets `parent` (chainable).
    pub fn set_parent(mut self, value: impl Into<String>) -> Self {
        self.parent = Some(value.into());
        self.unknown_fields.remove("parent");
        self
    }

    /// Sends `parent` as JSON `null`, which clears it on the server (chainable); `set_parent` takes
    /// it back.
    #[inline]
    pub fn clear_parent(mut self) -> Self {
        self.parent = None;
        self.unknown_fields.insert("parent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printServer` (chainable).
    pub fn set_print_server(
        mut self,
        value: impl Into<crate::schemas::PrintServer>,
    ) -> Self {
        self.print_server = Some(value.into());
        self.unknown_fields.remove("printServer");
        self
    }

    /// Sends `printServer` as JSON `null`, which clears it on the server (chainable);
    /// `set_print_server` takes it back.
    #[inline]
    pub fn clear_print_server(mut self) -> Self {
        self.print_server = None;
        self.unknown_fields.insert("printServer".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CreatePrintServerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.parent {
            map.serialize_entry("parent", value)?;
        }
        if let Some(value) = &self.print_server {
            map.serialize_entry("printServer", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreatePrintServerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CreatePrintServerRequest {
    const NAME: &'static str = "CreatePrintServerRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "parent" => self.parent = map.next_value()?,
            "printServer" => self.print_server = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
