use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchDeletePrintServersResponse {
    /// A list of update failures.
    pub failed_print_servers: Option<Vec<crate::schemas::PrintServerFailureInfo>>,
    /// A list of print server IDs that were successfully deleted.
    pub print_server_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchDeletePrintServersResponse {
    /// Sets `failedPrintServers` (chainable).
    pub fn set_failed_print_servers(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::PrintServerFailureInfo>,
        >,
    ) -> Self {
        self.failed_print_servers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("failedPrintServers");
        self
    }

    /// Sends `failedPrintServers` as JSON `null`, which clears it on the server (chainable);
    /// `set_failed_print_servers` takes it back.
    #[inline]
    pub fn clear_failed_print_servers(mut self) -> Self {
        self.failed_print_servers = None;
        self.unknown_fields
            .insert("failedPrintServers".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printServerIds` (chainable).
    pub fn set_print_server_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.print_server_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printServerIds");
        self
    }

    /// Sends `printServerIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_print_server_ids` takes it back.
    #[inline]
    pub fn clear_print_server_ids(mut self) -> Self {
        self.print_server_ids = None;
        self.unknown_fields.insert("printServerIds".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BatchDeletePrintServersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.failed_print_servers {
            map.serialize_entry("failedPrintServers", value)?;
        }
        if let Some(value) = &self.print_server_ids {
            map.serialize_entry("printServerIds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchDeletePrintServersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchDeletePrintServersResponse {
    const NAME: &'static str = "BatchDeletePrintServersResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "failedPrintServers" => self.failed_print_servers = map.next_value()?,
            "printServerIds" => self.print_server_ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
