use crate::runtime::wire;

/// Configuration info for an HTTP proxy. For a direct proxy, set the host, port, and
/// excluded_hosts fields. For a PAC script proxy, set the pac_uri field.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProxyInfo {
    /// For a direct proxy, the hosts for which the proxy is bypassed. The host names may contain
    /// wildcards such as *.example.com.
    #[serde(rename = "excludedHosts", default, skip_serializing_if = "Option::is_none")]
    pub excluded_hosts: Option<Vec<String>>,
    /// The host of the direct proxy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The URI of the PAC script used to configure the proxy.
    #[serde(rename = "pacUri", default, skip_serializing_if = "Option::is_none")]
    pub pac_uri: Option<String>,
    /// The port of the direct proxy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
