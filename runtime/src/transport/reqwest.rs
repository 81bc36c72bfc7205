//! [`ReqwestTransport`]: the runtime's requests through a caller's `reqwest::Client` (feature
//! `reqwest`).

use bytes::Bytes;
use futures_util::future::BoxFuture;

use super::{Body, HttpTransport, TransportError};

/// Sends the runtime's requests through a `reqwest::Client` of the caller's, with its middleware
/// settings, proxies, TLS configuration and connection pool (HTTP/2 included, where the client
/// negotiates it).
///
/// ```no_run
/// use google_api_runtime::transport::{HttpClient, ReqwestTransport};
///
/// let http = HttpClient::from_transport(ReqwestTransport::new(reqwest::Client::new()));
/// # let _ = http;
/// ```
///
/// Give the result to [`ClientBuilder::http_client`](crate::ClientBuilder::http_client), and to
/// the token provider's own `http_client` setter so that token requests take the same path.
///
/// The runtime follows the redirects of media downloads itself, not sending credentials to
/// another origin; a client built with its default redirect policy follows them first (reqwest
/// too drops credentials across origins). Build the client with
/// `reqwest::redirect::Policy::none()` to leave them to the runtime, as the default transport
/// does.
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// Sends through `client`.
    pub fn new(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }

    /// The client requests go through.
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }
}

impl From<reqwest::Client> for ReqwestTransport {
    fn from(client: reqwest::Client) -> Self {
        ReqwestTransport::new(client)
    }
}

impl HttpTransport for ReqwestTransport {
    fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> BoxFuture<'static, Result<http::Response<Body>, TransportError>> {
        let request = reqwest::Request::try_from(request.map(reqwest::Body::from));
        let client = self.client.clone();
        Box::pin(async move {
            let request = request.map_err(TransportError::refused)?;
            let response = client.execute(request).await.map_err(sort)?;
            let mut answer = http::Response::new(Body::empty());
            *answer.status_mut() = response.status();
            *answer.version_mut() = response.version();
            *answer.headers_mut() = response.headers().clone();
            *answer.body_mut() = Body::from_stream(response.bytes_stream());
            Ok(answer)
        })
    }
}

/// Sorts a reqwest error by how far the request got, which is what the runtime's retry
/// decision needs.
fn sort(error: reqwest::Error) -> TransportError {
    if error.is_connect() {
        TransportError::connect(error)
    } else if error.is_timeout() {
        TransportError::timeout(error)
    } else if error.is_builder() || error.is_redirect() {
        TransportError::refused(error)
    } else if error.is_body() || error.is_decode() {
        TransportError::body(error)
    } else {
        TransportError::request(error)
    }
}
