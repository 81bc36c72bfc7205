use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPrintServersResponse {
    /// A token that can be sent as `page_token` in a request to retrieve the next page. If this
    /// field is omitted, there are no subsequent pages.
    pub next_page_token: Option<String>,
    /// List of print servers.
    pub print_servers: Option<Vec<crate::schemas::PrintServer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListPrintServersResponse {
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self.unknown_fields.remove("nextPageToken");
        self
    }

    /// Sends `nextPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_next_page_token` takes it back.
    #[inline]
    pub fn clear_next_page_token(mut self) -> Self {
        self.next_page_token = None;
        self.unknown_fields.insert("nextPageToken".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printServers` (chainable).
    pub fn set_print_servers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PrintServer>>,
    ) -> Self {
        self.print_servers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printServers");
        self
    }

    /// Sends `printServers` as JSON `null`, which clears it on the server (chainable);
    /// `set_print_servers` takes it back.
    #[inline]
    pub fn clear_print_servers(mut self) -> Self {
        self.print_servers = None;
        self.unknown_fields.insert("printServers".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListPrintServersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.print_servers {
            map.serialize_entry("printServers", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListPrintServersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListPrintServersResponse {
    const NAME: &'static str = "ListPrintServersResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "printServers" => self.print_servers = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
