use crate::runtime::wire;

/// A DNS lookup event was initiated through the standard network stack.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DnsEvent {
    /// The hostname that was looked up.
    pub hostname: Option<String>,
    /// The (possibly truncated) list of the IP addresses returned for DNS lookup (max 10 IPv4 or
    /// IPv6 addresses).
    pub ip_addresses: Option<Vec<String>>,
    /// The package name of the UID that performed the DNS lookup.
    pub package_name: Option<String>,
    /// The number of IP addresses returned from the DNS lookup event. May be higher than the amount
    /// of ip_addresses if there were too many addresses to log.
    pub total_ip_addresses_returned: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for DnsEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.hostname {
            map.serialize_entry("hostname", value)?;
        }
        if let Some(value) = &self.ip_addresses {
            map.serialize_entry("ipAddresses", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        if self.total_ip_addresses_returned.is_some() {
            map.serialize_entry(
                "totalIpAddressesReturned",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.total_ip_addresses_returned),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DnsEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DnsEvent {
    const NAME: &'static str = "DnsEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "hostname" => self.hostname = map.next_value()?,
            "ipAddresses" => self.ip_addresses = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            "totalIpAddressesReturned" => {
                self.total_ip_addresses_returned = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
