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
pub(crate) fn build(connect_timeout: Option<Duration>, proxy: &Proxy) -> Connector {
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
    with_tls(direct)
}

#[cfg(feature = "rustls")]
fn with_tls(direct: Direct) -> Connector {
    let builder = hyper_rustls::HttpsConnectorBuilder::new()
        .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())
        // ring supports every default protocol version, so this is not taken; should it ever be,
        // the process-wide default provider still gives a working client.
        .unwrap_or_else(|_| hyper_rustls::HttpsConnectorBuilder::new().with_webpki_roots());
    builder
        .https_or_http()
        .enable_http1()
        .wrap_connector(direct)
}

#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
fn with_tls(direct: Direct) -> Connector {
    hyper_tls::HttpsConnector::new_with_connector(direct)
}

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
fn with_tls(direct: Direct) -> Connector {
    direct
}

type BoxError = Box<dyn StdError + Send + Sync>;

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
