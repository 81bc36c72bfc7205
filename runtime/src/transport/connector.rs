//! Opening connections: TCP, through a proxy's `CONNECT` tunnel when the environment names one, and
//! TLS by the backend the crate's features chose.

use std::error::Error as StdError;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::Uri;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::proxy::matcher::{Intercept, Matcher};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tower_service::Service;

use super::client_certificate::ClientCertificate;

/// Whether `https` URLs can be reached.
pub(crate) const HAS_TLS: bool = cfg!(any(feature = "rustls", feature = "native-tls"));

/// The connector the pool uses: [`Direct`] wrapped in the chosen TLS backend (rustls when both are
/// enabled, as it is the default).
#[cfg(feature = "rustls")]
pub(crate) type Connector = hyper_rustls::HttpsConnector<Direct>;
#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
pub(crate) type Connector = hyper_tls::HttpsConnector<Direct>;
#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
pub(crate) type Connector = Direct;

/// Builds the connector; `proxies` are those `https` requests go through, if any.
pub(crate) fn build(
    connect_timeout: Option<Duration>,
    proxies: Option<Proxies>,
    extra_roots: &[Vec<u8>],
    client_certificate: Option<&ClientCertificate>,
) -> Connector {
    let mut tcp = HttpConnector::new();
    // The TLS layer above handles `https`; this one only opens TCP connections.
    tcp.enforce_http(false);
    tcp.set_nodelay(true);
    tcp.set_connect_timeout(connect_timeout);
    let direct = Direct {
        tcp,
        refuse_https: None,
        proxies: proxies.map(Arc::new),
    };
    with_tls(direct, extra_roots, client_certificate)
}

/// Whether the TLS backend can trust `der` as a root.
#[cfg(feature = "rustls")]
pub(crate) fn check_root(der: &[u8]) -> Result<(), String> {
    rustls::RootCertStore::empty()
        .add(rustls::pki_types::CertificateDer::from(der.to_vec()))
        .map_err(|e| format!("a certificate is not usable as a root: {e}"))
}

#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
pub(crate) fn check_root(der: &[u8]) -> Result<(), String> {
    native_tls::Certificate::from_der(der)
        .map(|_| ())
        .map_err(|e| format!("a certificate is not usable as a root: {e}"))
}

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
pub(crate) fn check_root(_: &[u8]) -> Result<(), String> {
    Err("this build has no TLS: enable the `rustls` or `native-tls` feature".to_owned())
}

#[cfg(feature = "rustls")]
fn with_tls(
    mut direct: Direct,
    extra_roots: &[Vec<u8>],
    client_certificate: Option<&ClientCertificate>,
) -> Connector {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    // ring supports every default protocol version, so this cannot fail; should it ever,
    // rustls's own defaults still give a working client.
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap_or_else(|_| rustls::ClientConfig::builder());
    let builder = match super::roots::verifier(&provider, extra_roots) {
        Ok(verifier) => builder
            .dangerous()
            .with_custom_certificate_verifier(verifier),
        Err(none) => {
            // Never used: every `https` connection is refused before TLS starts.
            direct.refuse_https = Some(none);
            builder.with_root_certificates(rustls::RootCertStore::empty())
        }
    };
    let config = with_client_auth(builder, client_certificate);
    let builder = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(config)
        .https_or_http()
        .enable_http1();
    // Feature `http2`: ALPN offers `h2` too, and the pool multiplexes calls over a connection
    // that negotiated it.
    #[cfg(feature = "http2")]
    let builder = builder.enable_http2();
    builder.wrap_connector(direct)
}

/// The rustls configuration, presenting `certificate` when a server asks for one.
#[cfg(feature = "rustls")]
fn with_client_auth(
    config: rustls::ConfigBuilder<rustls::ClientConfig, rustls::client::WantsClientCert>,
    certificate: Option<&ClientCertificate>,
) -> rustls::ClientConfig {
    let Some(certificate) = certificate else {
        return config.with_no_client_auth();
    };
    let (chain, key) = certificate.rustls_parts();
    // The key was checked against this provider when the certificate was made.
    match config.clone().with_client_auth_cert(chain, key) {
        Ok(config) => config,
        Err(e) => {
            tracing::warn!(error = %e, "the client certificate could not be set; sending none");
            config.with_no_client_auth()
        }
    }
}

#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
fn with_tls(
    mut direct: Direct,
    extra_roots: &[Vec<u8>],
    client_certificate: Option<&ClientCertificate>,
) -> Connector {
    let mut tls = native_tls::TlsConnector::builder();
    if let Some(certificate) = client_certificate {
        tls.identity(certificate.native_identity());
    }
    let from_environment = match super::roots::environment_roots() {
        Ok(roots) => roots.as_slice(),
        Err(why) => {
            direct.refuse_https = Some(super::roots::NoTrustedRoots::new(why.clone()));
            &[]
        }
    };
    for der in from_environment.iter().chain(extra_roots) {
        // Those added were checked then; one of the environment's that the library refuses
        // leaves the others.
        if let Ok(certificate) = native_tls::Certificate::from_der(der) {
            tls.add_root_certificate(certificate);
        }
    }
    match tls.build() {
        Ok(tls) => hyper_tls::HttpsConnector::from((direct, tls.into())),
        Err(e) => panic!("the platform's TLS library could not be initialised: {e}"),
    }
}

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
fn with_tls(direct: Direct, _: &[Vec<u8>], _: Option<&ClientCertificate>) -> Connector {
    direct
}

type BoxError = Box<dyn StdError + Send + Sync>;

/// A proxy this client cannot use safely: an `https://` one, whose connection would carry the
/// proxy's credentials in the clear.
#[derive(Debug)]
pub(crate) struct UnsupportedProxy(String);

impl std::fmt::Display for UnsupportedProxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the proxy {} is an https:// proxy, which this client does not speak (its \
             credentials would travel in the clear); use its http:// address: the tunnel \
             through it carries TLS to the API either way",
            self.0
        )
    }
}

impl StdError for UnsupportedProxy {}

/// Whether `error` comes from refusing a connection that can never succeed as configured (an
/// [`UnsupportedProxy`], no certificate authority to trust): never worth a retry.
pub(crate) fn is_refused(error: &(dyn StdError + 'static)) -> bool {
    super::roots::find_cause::<UnsupportedProxy>(error).is_some()
        || super::roots::is_no_trusted_roots(error)
}

/// A proxy URL with its password (and user name) hidden: `http://***@proxy:3128`.
pub(crate) fn redacted(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let shown = match authority.rsplit_once('@') {
        Some((_, host)) => format!("***@{host}{path}"),
        None => rest.to_owned(),
    };
    if scheme.is_empty() {
        shown
    } else {
        format!("{scheme}://{shown}")
    }
}

/// Opens a TCP connection to the destination, or for an `https` destination that the environment's
/// proxy settings intercept, a `CONNECT` tunnel through the proxy.
///
/// Plain `http` destinations are always reached directly: Google's APIs are only served over
/// `https`, and the `http` ones a client meets are local (test servers, the metadata server).
#[derive(Clone)]
pub(crate) struct Direct {
    tcp: HttpConnector,
    /// Set when there is no certificate authority to trust: `https` connections are refused.
    refuse_https: Option<super::roots::NoTrustedRoots>,
    proxies: Option<Arc<Proxies>>,
}

/// Which proxy an `https` destination goes through: curl's reading of the environment, which
/// hyper-util's matcher does but for `NO_PROXY` entries with a port (`host:8443`,
/// `[::1]:8443`), which only exempt that port of the host.
pub(crate) struct Proxies {
    matcher: Matcher,
    /// Each `NO_PROXY` entry with a port: a matcher that exempts its host, and the port.
    with_ports: Vec<(Matcher, u16)>,
}

impl Proxies {
    /// `HTTPS_PROXY`, else `ALL_PROXY`, and `NO_PROXY` (upper case first, as curl reads them).
    pub(crate) fn from_env() -> Proxies {
        let first = |names: [&str; 2]| names.iter().find_map(|name| std::env::var(name).ok());
        let https =
            first(["HTTPS_PROXY", "https_proxy"]).or_else(|| first(["ALL_PROXY", "all_proxy"]));
        let no_proxy = first(["NO_PROXY", "no_proxy"]).unwrap_or_default();
        Proxies::new(https, &no_proxy)
    }

    pub(crate) fn new(https: Option<String>, no_proxy: &str) -> Proxies {
        let mut plain = Vec::new();
        let mut with_ports = Vec::new();
        for entry in no_proxy.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            match host_and_port(entry) {
                Some((host, port)) => with_ports.push((exempting(host), port)),
                None => plain.push(entry),
            }
        }
        let mut builder = Matcher::builder().no(plain.join(","));
        if let Some(https) = https {
            builder = builder.https(https);
        }
        Proxies {
            matcher: builder.build(),
            with_ports,
        }
    }

    /// The proxy for `destination`, unless it goes straight to the server.
    fn intercept(&self, destination: &Uri) -> Option<Intercept> {
        let port = destination.port_u16().unwrap_or(443);
        let exempt = self.with_ports.iter().any(|(host, exempt_port)| {
            *exempt_port == port && host.intercept(destination).is_none()
        });
        if exempt {
            return None;
        }
        self.matcher.intercept(destination)
    }
}

/// A matcher that sends everything through a proxy but `host` (by curl's rules: the name and
/// its subdomains, an address, a network).
fn exempting(host: &str) -> Matcher {
    Matcher::builder()
        .https("http://proxy.invalid")
        .no(host)
        .build()
}

/// The host and port of a `NO_PROXY` entry that names a port: `name:port` or `[v6]:port`.
fn host_and_port(entry: &str) -> Option<(&str, u16)> {
    let (host, port) = match entry.strip_prefix('[') {
        Some(bracketed) => bracketed.split_once("]:")?,
        None => {
            let (host, port) = entry.rsplit_once(':')?;
            // A bare IPv6 address has several colons and no port.
            if host.contains(':') {
                return None;
            }
            (host, port)
        }
    };
    Some((host, port.parse().ok()?))
}

impl Service<Uri> for Direct {
    type Response = TokioIo<TcpStream>;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, destination: Uri) -> Self::Future {
        let tcp = self.tcp.clone();
        if let (Some(none), Some("https")) = (&self.refuse_https, destination.scheme_str()) {
            let none = none.clone();
            return Box::pin(async move { Err(Box::new(none) as BoxError) });
        }
        let intercept = match (&self.proxies, destination.scheme_str()) {
            (Some(proxies), Some("https")) => proxies.intercept(&destination),
            _ => None,
        };
        match intercept {
            // The tunnel to the proxy is plain TCP: an `https://` proxy would get its
            // `Proxy-Authorization` in the clear, so it is refused before anything is sent.
            Some(proxy) if proxy.uri().scheme_str() == Some("https") => {
                let shown = redacted(&proxy.uri().to_string());
                Box::pin(async move { Err(Box::new(UnsupportedProxy(shown)) as BoxError) })
            }
            Some(proxy) => {
                let mut tunnel = Tunnel::new(proxy.uri().clone(), tcp);
                if let Some(auth) = proxy.basic_auth() {
                    tunnel = tunnel.with_auth(auth.clone());
                }
                Box::pin(async move { tunnel.call(destination).await.map_err(Into::into) })
            }
            None => {
                let mut tcp = tcp;
                Box::pin(async move { tcp.call(destination).await.map_err(Into::into) })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `url` goes through the proxy with `NO_PROXY` set to `no_proxy`.
    fn proxied(no_proxy: &str, url: &str) -> bool {
        let proxies = Proxies::new(Some("http://proxy.internal:3128".to_owned()), no_proxy);
        proxies.intercept(&url.parse().expect("a URL")).is_some()
    }

    #[test]
    fn no_proxy_reads_as_curl_reads_it() {
        // A name: itself and its subdomains, in any case, never a name that merely ends alike.
        for list in [
            "googleapis.com",
            ".googleapis.com",
            " example.com , GoogleAPIs.com ",
        ] {
            assert!(
                !proxied(list, "https://oauth2.googleapis.com/token"),
                "{list}"
            );
            assert!(!proxied(list, "https://googleapis.com/"), "{list}");
            assert!(proxied(list, "https://notgoogleapis.com/"), "{list}");
        }
        assert!(!proxied("*", "https://oauth2.googleapis.com/"));
        assert!(proxied("", "https://oauth2.googleapis.com/"));
        // Addresses and networks.
        let list = "10.0.0.0/8,192.168.1.5,::1";
        assert!(!proxied(list, "https://10.1.2.3/"));
        assert!(!proxied(list, "https://192.168.1.5:8443/"));
        assert!(!proxied(list, "https://[::1]/"));
        assert!(proxied(list, "https://11.0.0.1/"));
        assert!(proxied(list, "https://192.168.1.6/"));
        // A port: only that port of the host.
        let list = "storage.googleapis.com:8443,[::1]:9443,10.0.0.1:443";
        assert!(!proxied(list, "https://storage.googleapis.com:8443/"));
        assert!(!proxied(list, "https://eu.storage.googleapis.com:8443/"));
        assert!(proxied(list, "https://storage.googleapis.com/"));
        assert!(!proxied(list, "https://[::1]:9443/"));
        assert!(proxied(list, "https://[::1]/"));
        assert!(!proxied(list, "https://10.0.0.1/"));
        assert!(proxied(list, "https://10.0.0.1:8443/"));
    }

    #[test]
    fn a_no_proxy_entry_with_a_port_is_told_from_an_address() {
        assert_eq!(
            host_and_port("example.com:8443"),
            Some(("example.com", 8443))
        );
        assert_eq!(host_and_port("[::1]:8443"), Some(("::1", 8443)));
        assert_eq!(host_and_port("::1"), None);
        assert_eq!(host_and_port("fe80::1:443"), None);
        assert_eq!(host_and_port("example.com"), None);
        assert_eq!(host_and_port("example.com:https"), None);
        assert_eq!(host_and_port("[::1]"), None);
    }

    #[test]
    fn proxy_urls_are_shown_without_credentials() {
        assert_eq!(
            redacted("http://user:pa%20ss@proxy.internal:3128"),
            "http://***@proxy.internal:3128"
        );
        assert_eq!(redacted("http://proxy:3128/"), "http://proxy:3128/");
        assert_eq!(redacted("https://a@b@host/x@y"), "https://***@host/x@y");
        assert_eq!(redacted("user:secret@host:1"), "***@host:1");
    }
}
