/// Configuration info for an HTTP proxy. For a direct proxy, set the host, port, and excluded_hosts fields. For a PAC script proxy, set the pac_uri field.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProxyInfo {
    /// For a direct proxy, the hosts for which the proxy is bypassed. The host names may contain wildcards such as *.example.com.
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
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ProxyInfo {
    /// Sets `excludedHosts` (chainable).
    pub fn set_excluded_hosts(
        mut self,
        value: impl IntoIterator<Item = String>,
    ) -> Self {
        self.excluded_hosts = Some(value.into_iter().collect());
        self
    }
    /// Sets `host` (chainable).
    pub fn set_host(mut self, value: impl Into<String>) -> Self {
        self.host = Some(value.into());
        self
    }
    /// Sets `pacUri` (chainable).
    pub fn set_pac_uri(mut self, value: impl Into<String>) -> Self {
        self.pac_uri = Some(value.into());
        self
    }
    /// Sets `port` (chainable).
    pub fn set_port(mut self, value: impl Into<i32>) -> Self {
        self.port = Some(value.into());
        self
    }
}
