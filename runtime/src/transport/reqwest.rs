//! [`ReqwestTransport`]: the runtime's requests through a caller's `reqwest::Client` (feature
//! `reqwest`).

use bytes::Bytes;
use futures_util::future::BoxFuture;

use futures_util::TryStreamExt as _;

use super::{Body, FinalUrl, HttpTransport, TransportError};

/// Sends the runtime's requests through a `reqwest::Client` of the caller's, with its middleware
/// settings, proxies, TLS configuration and connection pool (HTTP/2 included, where the client
/// negotiates it).
///
/// Build it from the caller's `reqwest::ClientBuilder` with [`from_builder`](Self::from_builder),
/// which turns off what would send the runtime's credentials elsewhere: reqwest's own following
/// of redirects (a redirect to another origin would re-send the API key in the URL, a `POST`
/// body such as a token request's client secret, and the quota project header) and its `Referer`
/// header. A 3xx then reaches the runtime, which follows the redirects of media downloads itself
/// and sends no credential to another origin.
///
/// ```no_run
/// use google_api_runtime::transport::{HttpClient, ReqwestTransport};
///
/// let transport = ReqwestTransport::from_builder(
///     reqwest::Client::builder().user_agent("my-app/1.0"),
/// )?;
/// let http = HttpClient::from_transport(transport);
/// # let _ = http;
/// # Ok::<(), reqwest::Error>(())
/// ```
///
/// Give the result to [`ClientBuilder::http_client`](crate::ClientBuilder::http_client), and to
/// the token provider's own `http_client` setter so that token requests take the same path.
///
/// Errors from reqwest are passed on without their URL (whose query may hold an API key or an
/// upload session's id); the runtime names the URL without its query.
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// Builds the client from `builder` with redirects and `Referer` turned off, whatever
    /// `builder` said about them.
    ///
    /// # Errors
    ///
    /// When reqwest cannot build the client (its TLS backend cannot be initialised, say).
    pub fn from_builder(builder: reqwest::ClientBuilder) -> Result<Self, reqwest::Error> {
        let client = builder
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .build()?;
        Ok(ReqwestTransport { client })
    }

    /// Sends through `client` as it was built. Unless it was built with
    /// `reqwest::redirect::Policy::none()`, it follows redirects before the runtime sees them,
    /// re-sending the request (an API key in its URL, a body) to wherever they point; the runtime
    /// then refuses the answer when it came from another origin, but what was sent is gone.
    /// Prefer [`from_builder`](Self::from_builder).
    #[deprecated(
        note = "a client built elsewhere may follow redirects to other origins with the request's \
                credentials: use `ReqwestTransport::from_builder`"
    )]
    pub fn new(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }

    /// The client requests go through.
    pub fn client(&self) -> &reqwest::Client {
        &self.client
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
            let request = request.map_err(|e| TransportError::refused(e.without_url()))?;
            let response = client
                .execute(request)
                .await
                .map_err(|e| sort(e.without_url()))?;
            let mut answer = http::Response::new(Body::empty());
            if let Ok(landed) = response.url().as_str().parse::<http::Uri>() {
                answer.extensions_mut().insert(FinalUrl(landed));
            }
            *answer.status_mut() = response.status();
            *answer.version_mut() = response.version();
            *answer.headers_mut() = response.headers().clone();
            *answer.body_mut() =
                Body::from_stream(response.bytes_stream().map_err(reqwest::Error::without_url));
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
