use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchCreatePrintServersResponse {
    /// A list of create failures. `PrintServer` IDs are not populated, as print servers were not
    /// created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<crate::schemas::PrintServerFailureInfo>>,
    /// A list of successfully created print servers with their IDs populated.
    #[serde(rename = "printServers", default, skip_serializing_if = "Option::is_none")]
    pub print_servers: Option<Vec<crate::schemas::PrintServer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
