use crate::runtime::wire;

/// Configuration info for an HTTP proxy. For a direct proxy, set the host, port, and
/// excluded_hosts fields. For a PAC script proxy, set the pac_uri field.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProxyInfo {
    /// For a direct proxy, the hosts for which the proxy is bypassed. The host names may contain
    /// wildcards such as *.example.com.
    pub excluded_hosts: Option<Vec<String>>,
    /// The host of the direct proxy.
    pub host: Option<String>,
    /// The URI of the PAC script used to configure the proxy.
    pub pac_uri: Option<String>,
    /// The port of the direct proxy.
    pub port: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProxyInfo {
    /// Sets `excludedHosts` (chainable).
    pub fn set_excluded_hosts(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.excluded_hosts = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("excludedHosts");
        self
    }

    /// Sends `excludedHosts` as JSON `null`, which clears it on the server (chainable);
    /// `set_excluded_hosts` takes it back.
    #[inline]
    pub fn clear_excluded_hosts(mut self) -> Self {
        self.excluded_hosts = None;
        self.unknown_fields.insert("excludedHosts".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `host` (chainable).
    pub fn set_host(mut self, value: impl Into<String>) -> Self {
        self.host = Some(value.into());
        self.unknown_fields.remove("host");
        self
    }

    /// Sends `host` as JSON `null`, which clears it on the server (chainable); `set_host` takes it
    /// back.
    #[inline]
    pub fn clear_host(mut self) -> Self {
        self.host = None;
        self.unknown_fields.insert("host".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `pacUri` (chainable).
    pub fn set_pac_uri(mut self, value: impl Into<String>) -> Self {
        self.pac_uri = Some(value.into());
        self.unknown_fields.remove("pacUri");
        self
    }

    /// Sends `pacUri` as JSON `null`, which clears it on the server (chainable); `set_pac_uri`
    /// takes it back.
    #[inline]
    pub fn clear_pac_uri(mut self) -> Self {
        self.pac_uri = None;
        self.unknown_fields.insert("pacUri".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `port` (chainable).
    pub fn set_port(mut self, value: impl Into<i32>) -> Self {
        self.port = Some(value.into());
        self.unknown_fields.remove("port");
        self
    }

    /// Sends `port` as JSON `null`, which clears it on the server (chainable); `set_port` takes it
    /// back.
    #[inline]
    pub fn clear_port(mut self) -> Self {
        self.port = None;
        self.unknown_fields.insert("port".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ProxyInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.excluded_hosts {
            map.serialize_entry("excludedHosts", value)?;
        }
        if let Some(value) = &self.host {
            map.serialize_entry("host", value)?;
        }
        if let Some(value) = &self.pac_uri {
            map.serialize_entry("pacUri", value)?;
        }
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProxyInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProxyInfo {
    const NAME: &'static str = "ProxyInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "excludedHosts" => self.excluded_hosts = map.next_value()?,
            "host" => self.host = map.next_value()?,
            "pacUri" => self.pac_uri = map.next_value()?,
            "port" => self.port = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
