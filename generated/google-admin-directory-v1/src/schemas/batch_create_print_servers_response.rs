use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreatePrintServersResponse {
    /// A list of create failures. `PrintServer` IDs are not populated, as print servers were not
    /// created.
    pub failures: Option<Vec<crate::schemas::PrintServerFailureInfo>>,
    /// A list of successfully created print servers with their IDs populated.
    pub print_servers: Option<Vec<crate::schemas::PrintServer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchCreatePrintServersResponse {
    /// Sets `failures` (chainable).
    pub fn set_failures(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::PrintServerFailureInfo>,
        >,
    ) -> Self {
        self.failures = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("failures");
        self
    }

    /// Sends `failures` as JSON `null`, which clears it on the server (chainable); `set_failures`
    /// takes it back.
    #[inline]
    pub fn clear_failures(mut self) -> Self {
        self.failures = None;
        self.unknown_fields.insert("failures".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for BatchCreatePrintServersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.failures {
            map.serialize_entry("failures", value)?;
        }
        if let Some(value) = &self.print_servers {
            map.serialize_entry("printServers", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchCreatePrintServersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchCreatePrintServersResponse {
    const NAME: &'static str = "BatchCreatePrintServersResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "failures" => self.failures = map.next_value()?,
            "printServers" => self.print_servers = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
