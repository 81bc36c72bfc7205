use crate::runtime::wire;

/// A DNS lookup event was initiated through the standard network stack.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DnsEvent {
    /// The hostname that was looked up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// The (possibly truncated) list of the IP addresses returned for DNS lookup (max 10 IPv4 or
    /// IPv6 addresses).
    #[serde(rename = "ipAddresses", default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    /// The package name of the UID that performed the DNS lookup.
    #[serde(rename = "packageName", default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// The number of IP addresses returned from the DNS lookup event. May be higher than the amount
    /// of ip_addresses if there were too many addresses to log.
    #[serde(
        rename = "totalIpAddressesReturned",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub total_ip_addresses_returned: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl DnsEvent {
    /// Sets `hostname` (chainable).
    pub fn set_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self.unknown_fields.remove("hostname");
        self
    }

    /// Sends `hostname` as JSON `null`, which clears it on the server (chainable); `set_hostname`
    /// takes it back.
    #[inline]
    pub fn clear_hostname(mut self) -> Self {
        self.hostname = None;
        self.unknown_fields.insert("hostname".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ipAddresses` (chainable).
    pub fn set_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.ip_addresses = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("ipAddresses");
        self
    }

    /// Sends `ipAddresses` as JSON `null`, which clears it on the server (chainable);
    /// `set_ip_addresses` takes it back.
    #[inline]
    pub fn clear_ip_addresses(mut self) -> Self {
        self.ip_addresses = None;
        self.unknown_fields.insert("ipAddresses".to_owned(), serde_json::Value::Null);
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

    /// Sets `totalIpAddressesReturned` (chainable).
    pub fn set_total_ip_addresses_returned(mut self, value: impl Into<i64>) -> Self {
        self.total_ip_addresses_returned = Some(value.into());
        self.unknown_fields.remove("totalIpAddressesReturned");
        self
    }

    /// Sends `totalIpAddressesReturned` as JSON `null`, which clears it on the server (chainable);
    /// `set_total_ip_addresses_returned` takes it back.
    #[inline]
    pub fn clear_total_ip_addresses_returned(mut self) -> Self {
        self.total_ip_addresses_returned = None;
        self.unknown_fields
            .insert("totalIpAddressesReturned".to_owned(), serde_json::Value::Null);
        self
    }
}
