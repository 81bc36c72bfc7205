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
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tower_service::Service;

use super::Proxy;

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

/// Builds the connector.
pub(crate) fn build(
    connect_timeout: Option<Duration>,
    proxy: &Proxy,
    extra_roots: &[Vec<u8>],
) -> Connector {
    let mut tcp = HttpConnector::new();
    // The TLS layer above handles `https`; this one only opens TCP connections.
    tcp.enforce_http(false);
    tcp.set_nodelay(true);
    tcp.set_connect_timeout(connect_timeout);
    let direct = Direct {
        tcp,
        proxies: match proxy {
            Proxy::FromEnv => Some(Matcher::from_env()),
            Proxy::Url(url) => Some(Matcher::builder().https(url.clone()).build()),
            Proxy::None => None,
        }
        .map(Arc::new),
    };
    with_tls(direct, extra_roots)
}

/// The DER certificates of the `CERTIFICATE` blocks of a PEM text.
pub(crate) fn pem_certificates(pem: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    const END: &str = "-----END CERTIFICATE-----";
    let text = std::str::from_utf8(pem).map_err(|_| "the PEM text is not UTF-8".to_owned())?;
    let mut certificates = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(BEGIN) {
        let body = &rest[start + BEGIN.len()..];
        let end = body
            .find(END)
            .ok_or_else(|| format!("certificate {} has no `{END}`", certificates.len() + 1))?;
        let base64: String = body[..end].split_whitespace().collect();
        let der = crate::wire::Base64::decode(&base64)
            .map_err(|e| format!("certificate {} is not base64: {e}", certificates.len() + 1))?;
        certificates.push(der);
        rest = &body[end + END.len()..];
    }
    if certificates.is_empty() {
        return Err(format!("no `{BEGIN}` block in the PEM text"));
    }
    Ok(certificates)
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
fn with_tls(direct: Direct, extra_roots: &[Vec<u8>]) -> Connector {
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    for der in extra_roots {
        // Checked when it was added.
        let _ = roots.add(rustls::pki_types::CertificateDer::from(der.clone()));
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        // ring supports every default protocol version, so this cannot fail; should it ever,
        // rustls's own defaults still give a working client.
        .with_safe_default_protocol_versions()
        .unwrap_or_else(|_| rustls::ClientConfig::builder())
        .with_root_certificates(roots)
        .with_no_client_auth();
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

#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
fn with_tls(direct: Direct, extra_roots: &[Vec<u8>]) -> Connector {
    let mut tls = native_tls::TlsConnector::builder();
    for der in extra_roots {
        // Checked when it was added.
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
fn with_tls(direct: Direct, _: &[Vec<u8>]) -> Connector {
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

/// Whether `error` comes from refusing a proxy ([`UnsupportedProxy`]).
pub(crate) fn is_unsupported_proxy(error: &(dyn StdError + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(inner) = cause {
        if inner.is::<UnsupportedProxy>() {
            return true;
        }
        cause = inner.source();
    }
    false
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
    proxies: Option<Arc<Matcher>>,
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
