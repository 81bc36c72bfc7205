use crate::runtime::wire;

/// A TCP connect event was initiated through the standard network stack.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectEvent {
    /// The destination IP address of the connect call.
    #[serde(
        rename = "destinationIpAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_ip_address: Option<String>,
    /// The destination port of the connect call.
    #[serde(
        rename = "destinationPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_port: Option<i32>,
    /// The package name of the UID that performed the connect call.
    #[serde(rename = "packageName", default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ConnectEvent {
    /// Sets `destinationIpAddress` (chainable).
    pub fn set_destination_ip_address(mut self, value: impl Into<String>) -> Self {
        self.destination_ip_address = Some(value.into());
        self.unknown_fields.remove("destinationIpAddress");
        self
    }

    /// Sends `destinationIpAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_destination_ip_address` takes it back.
    #[inline]
    pub fn clear_destination_ip_address(mut self) -> Self {
        self.destination_ip_address = None;
        self.unknown_fields
            .insert("destinationIpAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `destinationPort` (chainable).
    pub fn set_destination_port(mut self, value: impl Into<i32>) -> Self {
        self.destination_port = Some(value.into());
        self.unknown_fields.remove("destinationPort");
        self
    }

    /// Sends `destinationPort` as JSON `null`, which clears it on the server (chainable);
    /// `set_destination_port` takes it back.
    #[inline]
    pub fn clear_destination_port(mut self) -> Self {
        self.destination_port = None;
        self.unknown_fields
            .insert("destinationPort".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `packageName` (chainable).
    pub fn set_package_name(mut self, value: impl Into<String>) -> Self {
        self.package_name = Some(value.into());
        self.unknown_fields.remove("packageName");
        self
    }

    /// Sends `packageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_name` takes it back.
    #[inline]
    pub fn clear_package_name(mut self) -> Self {
        self.package_name = None;
        self.unknown_fields.insert("packageName".to_owned(), serde_json::Value::Null);
        self
    }
}
