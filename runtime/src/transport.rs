//! HTTP/1.1 over hyper: [`HttpClient`] (a connection pool), the requests the runtime sends with it,
//! their [`Response`]s, and [`TransportError`].
//!
//! The runtime speaks to hyper directly rather than through a general-purpose HTTP client: it needs
//! a handful of features (a pool, timeouts, TLS, proxies from the environment, streamed bodies), and
//! the rest of such a client (URL parsing with international domain names, redirects, cookies,
//! compression, HTTP/2) costs more build time and binary size than the generated crates themselves
//! (docs/performance.md has the figures).
//!
//! It also holds the encodings of what goes into a URL, RFC 6570 path expansion (`path.rs`) and the
//! query string (`query.rs`), so that nothing below the call builder reaches up for them.

mod backend;
mod client_certificate;
mod connector;
mod der_name;
pub(crate) mod path;
mod pem;
pub(crate) mod query;
#[cfg(feature = "reqwest")]
mod reqwest;
mod roots;
mod url;

use std::error::Error as StdError;
use std::fmt;
use std::io::Write as _;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use flate2::write::MultiGzDecoder;
use futures_util::stream::Stream;
use http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use http_body_util::Full;

use hyper_util::client::legacy;
use hyper_util::rt::TokioExecutor;
use tokio::time::{Instant, Sleep};

pub use self::backend::{Body, HttpTransport};
pub use self::client_certificate::ClientCertificate;
pub use self::pem::CertificateError;
#[cfg(feature = "reqwest")]
pub use self::reqwest::ReqwestTransport;
pub use self::url::{Url, UrlError};
use connector::{Connector, Proxies};
use std::future::Future;

/// The most a gzip-compressed body is inflated in one step before what it gave is handed on, so
/// that a reader's size limit is checked as the body inflates rather than after a whole chunk
/// has (a chunk of half a megabyte can inflate to half a gigabyte).
const INFLATE_STEP: usize = 64 << 10;

/// How long connections stay in the pool unused.
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(90);

/// A pool of HTTP/1.1 connections, with TLS by the crate's chosen backend (feature `rustls`, the
/// default, or `native-tls`); with the `http2` feature (rustls), HTTP/2 where the server agrees,
/// one multiplexed connection per host.
///
/// `https` requests go through the HTTP proxy that the environment names, as curl reads it
/// (`HTTPS_PROXY`, else `ALL_PROXY`, skipping the hosts of `NO_PROXY`; names in either case),
/// unless [`HttpClientBuilder::proxy`] or [`HttpClientBuilder::no_proxy`] says otherwise.
///
/// Cheap to clone: clones share the pool. Give one to
/// [`ClientBuilder::http_client`](crate::ClientBuilder::http_client) to share it between the
/// clients of several APIs.
///
/// Or it sends them through an HTTP stack of the caller's ([`HttpClient::from_transport`]).
#[derive(Clone)]
pub struct HttpClient {
    backend: Backend,
    /// Whether the pool's connections present a client certificate.
    presents_certificate: bool,
}

/// What sends the requests.
// The pool is the common case and is cloned per request as it was before the seam existed;
// boxing it would add an allocation per request to spare the rare custom stack a few bytes.
#[allow(clippy::large_enum_variant)]
#[derive(Clone)]
enum Backend {
    /// The runtime's own pool over hyper.
    Hyper(legacy::Client<Connector, Full<Bytes>>),
    /// A stack of the caller's.
    Custom(Arc<dyn HttpTransport>),
}

impl HttpClient {
    /// A client with the default settings: connections time out after 30 seconds, proxies are
    /// read from the environment.
    ///
    /// # Panics
    ///
    /// When the platform's TLS library cannot be initialised (feature `native-tls` only).
    pub fn new() -> Self {
        HttpClient::builder().build()
    }

    /// Settings for a new client.
    pub fn builder() -> HttpClientBuilder {
        HttpClientBuilder {
            connect_timeout: Some(Duration::from_secs(30)),
            pool_idle_timeout: Some(POOL_IDLE_TIMEOUT),
            pool_max_idle_per_host: usize::MAX,
            proxy: Proxy::FromEnv,
            extra_roots: Vec::new(),
            client_certificate: None,
        }
    }

    /// A client that sends every request through `transport`, an HTTP stack of the caller's
    /// (for example `ReqwestTransport`, with the `reqwest` feature). The settings of
    /// [`HttpClientBuilder`] (pool, proxies, certificates) are then the stack's own business;
    /// everything else (headers, credentials, retries, time and size limits, gzip) stays the
    /// runtime's.
    pub fn from_transport(transport: impl HttpTransport) -> Self {
        HttpClient {
            backend: Backend::Custom(Arc::new(transport)),
            presents_certificate: false,
        }
    }

    /// Sends one request as it is, through whatever sends this client's requests: for an
    /// [`HttpTransport`] that wraps another (a recorder, say). Its errors name no URL; the
    /// runtime adds the URL, without its query, when the error reaches it.
    pub fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> futures_util::future::BoxFuture<'static, Result<http::Response<Body>, TransportError>>
    {
        match &self.backend {
            Backend::Custom(transport) => transport.send(request),
            Backend::Hyper(pool) => {
                let pending = pool.request(request.map(Full::new));
                Box::pin(async move {
                    let response = pending.await.map_err(hyper_failure)?;
                    Ok(response.map(Body::hyper))
                })
            }
        }
    }

    /// Whether the client's own connections present a client certificate (never for an HTTP
    /// stack of the caller's, which decides that itself).
    pub(crate) fn presents_client_certificate(&self) -> bool {
        self.presents_certificate
    }

    /// Starts a request.
    pub(crate) fn request(&self, method: Method, url: Url) -> RequestBuilder {
        RequestBuilder {
            http: self.clone(),
            method,
            url,
            headers: HeaderMap::new(),
            body: Bytes::new(),
            timeout: None,
            deadline_kind: DeadlineKind::Whole,
            gzip: false,
        }
    }
}

impl Default for HttpClient {
    fn default() -> Self {
        HttpClient::new()
    }
}

impl fmt::Debug for HttpClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpClient").finish_non_exhaustive()
    }
}

/// Settings of an [`HttpClient`].
#[derive(Debug, Clone)]
pub struct HttpClientBuilder {
    connect_timeout: Option<Duration>,
    pool_idle_timeout: Option<Duration>,
    pool_max_idle_per_host: usize,
    proxy: Proxy,
    /// DER certificates trusted besides the TLS backend's own roots.
    extra_roots: Vec<Vec<u8>>,
    /// The certificate shown to servers that ask for one.
    client_certificate: Option<ClientCertificate>,
}

/// Where `https` requests go first.
#[derive(Clone)]
pub(crate) enum Proxy {
    /// Wherever `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` say.
    FromEnv,
    /// Through this proxy.
    Url(String),
    /// Straight to the server.
    None,
}

impl fmt::Debug for Proxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Proxy::FromEnv => f.write_str("FromEnv"),
            Proxy::Url(url) => f
                .debug_tuple("Url")
                .field(&connector::redacted(url))
                .finish(),
            Proxy::None => f.write_str("None"),
        }
    }
}

impl Proxy {
    /// The proxies the connector sends `https` requests through, if any.
    fn proxies(&self) -> Option<Proxies> {
        match self {
            Proxy::FromEnv => Some(Proxies::from_env()),
            Proxy::Url(url) => Some(Proxies::new(Some(url.clone()), "")),
            Proxy::None => None,
        }
    }
}

impl HttpClientBuilder {
    /// Limits the time to establish a connection (TCP and TLS); `None` waits as long as the
    /// system does. Default: 30 seconds.
    pub fn connect_timeout(mut self, limit: Option<Duration>) -> Self {
        self.connect_timeout = limit;
        self
    }

    /// How long an unused connection stays open for reuse; `None` keeps it. Default: 90 seconds.
    pub fn pool_idle_timeout(mut self, limit: Option<Duration>) -> Self {
        self.pool_idle_timeout = limit;
        self
    }

    /// The most unused connections kept open per host. Default: no limit.
    pub fn pool_max_idle_per_host(mut self, max: usize) -> Self {
        self.pool_max_idle_per_host = max;
        self
    }

    /// Sends `https` requests through the HTTP proxy at `url` (for example
    /// `http://user:password@proxy.internal:3128`), with `CONNECT` tunnels, instead of the proxies
    /// the environment names. Plain `http` requests always go straight to the server.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Proxy::Url(url.into());
        self
    }

    /// Trusts the certificate authorities of `pem` (one or more `CERTIFICATE` blocks) besides the
    /// TLS backend's own: Mozilla's roots with `rustls`, the system's with `native-tls`. For
    /// example, a company's TLS-inspecting proxy, or a test server.
    ///
    /// # Errors
    ///
    /// When `pem` holds no certificate, or one the TLS backend cannot use as a root.
    pub fn add_root_certificates_pem(mut self, pem: &[u8]) -> Result<Self, CertificateError> {
        let certificates = pem::certificates(pem).map_err(CertificateError)?;
        for der in &certificates {
            connector::check_root(der).map_err(CertificateError)?;
        }
        self.extra_roots.extend(certificates);
        Ok(self)
    }

    /// Shows `certificate` to servers that ask for one in the TLS handshake (mutual TLS), for
    /// example Google's mTLS endpoints.
    pub fn client_certificate(mut self, certificate: ClientCertificate) -> Self {
        self.client_certificate = Some(certificate);
        self
    }

    /// Sends every request straight to the server, whatever the environment says.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = Proxy::None;
        self
    }

    /// Builds the client.
    ///
    /// # Panics
    ///
    /// When the platform's TLS library cannot be initialised (feature `native-tls` only).
    pub fn build(self) -> HttpClient {
        let connector = connector::build(
            self.connect_timeout,
            self.proxy.proxies(),
            &self.extra_roots,
            self.client_certificate.as_ref(),
        );
        let mut pool = legacy::Client::builder(TokioExecutor::new());
        pool.pool_idle_timeout(self.pool_idle_timeout)
            .pool_max_idle_per_host(self.pool_max_idle_per_host);
        HttpClient {
            backend: Backend::Hyper(pool.build(connector)),
            presents_certificate: self.client_certificate.is_some(),
        }
    }
}

/// A request being put together.
pub(crate) struct RequestBuilder {
    http: HttpClient,
    method: Method,
    url: Url,
    headers: HeaderMap,
    body: Bytes,
    timeout: Option<Duration>,
    deadline_kind: DeadlineKind,
    gzip: bool,
}

/// What the time limit of a request covers once the response's head has arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DeadlineKind {
    /// The whole exchange, body included.
    Whole,
    /// Each wait for the next piece of the body (a stream of any length is never cut off while
    /// data keeps coming).
    Idle,
}

impl RequestBuilder {
    /// Sets a header, replacing any of the same name.
    pub(crate) fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// Sets all of `headers`, replacing those of the same names.
    pub(crate) fn headers(mut self, headers: HeaderMap) -> Self {
        for (name, value) in headers {
            if let Some(name) = name {
                self.headers.insert(name, value);
            }
        }
        self
    }

    pub(crate) fn body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// An `application/x-www-form-urlencoded` body.
    #[cfg_attr(
        not(any(feature = "service-account", feature = "authorized-user")),
        allow(dead_code)
    )]
    pub(crate) fn form(self, pairs: &[(&str, &str)]) -> Self {
        let body = query::encode(pairs.iter().copied());
        self.header(
            CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        )
        .body(body)
    }

    /// Limits the whole exchange: connecting, sending, and reading the response to its end.
    pub(crate) fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// Limits, once the response's head has arrived, each wait for more of the body instead of the
    /// whole exchange: for bodies streamed to the caller, which may be of any length.
    pub(crate) fn idle_timeout_for_body(mut self) -> Self {
        self.deadline_kind = DeadlineKind::Idle;
        self
    }

    /// Asks for a gzip-compressed response (`Accept-Encoding: gzip`) and decodes one as it
    /// arrives; the response then shows neither `Content-Encoding` nor `Content-Length`.
    pub(crate) fn accept_gzip(mut self) -> Self {
        self.gzip = true;
        self
    }

    /// Sends the request and waits for the response's head.
    pub(crate) async fn send(mut self) -> Result<Response, TransportError> {
        let shown_url = self.url.without_query().to_owned();
        let fail = |kind, source: Option<BoxError>| TransportError {
            kind,
            url: Some(shown_url.clone()),
            source,
        };
        if self.url.scheme() == "https"
            && !connector::HAS_TLS
            && matches!(self.http.backend, Backend::Hyper(_))
        {
            return Err(fail(
                Kind::Builder,
                Some("this build has no TLS: enable the `rustls` or `native-tls` feature".into()),
            ));
        }
        if self.gzip {
            self.headers
                .insert(ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
        }
        let mut request = http::Request::new(self.body);
        *request.method_mut() = self.method;
        *request.uri_mut() = self.url.uri().clone();
        *request.headers_mut() = self.headers;
        // A limit too far off to be an instant (`Duration::MAX`) is no limit.
        let deadline = self
            .timeout
            .and_then(|limit| Instant::now().checked_add(limit));
        let pending = self.http.send(request);
        let answer = match deadline {
            Some(deadline) => match tokio::time::timeout_at(deadline, pending).await {
                Ok(answer) => answer,
                Err(_) => return Err(fail(Kind::Timeout, None)),
            },
            None => pending.await,
        };
        let response = answer.map_err(|e| e.with_url(shown_url.clone()))?;
        if let Some(FinalUrl(landed)) = response.extensions().get::<FinalUrl>() {
            if !same_origin(landed, self.url.uri()) {
                // The stack followed a redirect to another origin on its own: the request, with
                // whatever credential it carried, may have reached it, and its answer is not the
                // API's. Refused, never retried.
                return Err(fail(
                    Kind::Builder,
                    Some(
                        "the HTTP stack followed a redirect to another origin; build it without \
                         following redirects (the runtime follows those it should)"
                            .into(),
                    ),
                ));
            }
        }
        let (mut head, body) = response.into_parts();
        let gzipped = self.gzip && is_gzip(head.headers.get(CONTENT_ENCODING));
        if gzipped {
            // What the caller reads is the decoded body: these described the encoded one.
            head.headers.remove(CONTENT_ENCODING);
            head.headers.remove(CONTENT_LENGTH);
        }
        let (idle, deadline) = match self.deadline_kind {
            DeadlineKind::Whole => (None, deadline),
            DeadlineKind::Idle => (
                self.timeout,
                self.timeout
                    .and_then(|limit| Instant::now().checked_add(limit)),
            ),
        };
        Ok(Response {
            status: head.status,
            headers: head.headers,
            body: BodyStream {
                body,
                deadline: deadline.map(|at| Box::pin(tokio::time::sleep_until(at))),
                idle,
                gzip: gzipped.then(|| Box::new(MultiGzDecoder::new(Vec::new()))),
                compressed: Bytes::new(),
                url: shown_url,
            },
        })
    }
}

/// A response whose head has arrived; its body is read with [`bytes`](Self::bytes) or as a stream
/// with [`into_stream`](Self::into_stream).
pub struct Response {
    status: StatusCode,
    headers: HeaderMap,
    body: BodyStream,
}

impl Response {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The response headers, to take them out.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        &mut self.headers
    }

    /// The body's length, when the server announced it (never for a body the runtime decodes).
    pub fn content_length(&self) -> Option<u64> {
        if self.body.gzip.is_some() {
            return None;
        }
        self.body.body.exact_length().or_else(|| {
            // A body streamed by a caller's HTTP stack: its head says how long it is.
            self.headers
                .get(CONTENT_LENGTH)?
                .to_str()
                .ok()?
                .trim()
                .parse()
                .ok()
        })
    }

    /// Reads the whole body, failing with a [`TransportError`] for which
    /// [`is_too_large`](TransportError::is_too_large) holds as soon as it is known to hold more
    /// than `limit` bytes (after decoding), without reading further.
    pub(crate) async fn bytes_up_to(self, limit: Option<u64>) -> Result<Bytes, TransportError> {
        let Some(limit) = limit else {
            return self.bytes().await;
        };
        let too_large = |url: &str| TransportError {
            kind: Kind::TooLarge(limit),
            url: Some(url.to_owned()),
            source: None,
        };
        if self
            .content_length()
            .is_some_and(|announced| announced > limit)
        {
            return Err(too_large(&self.body.url));
        }
        let mut stream = self.body;
        let mut all = Vec::new();
        while let Some(chunk) = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await
        {
            let chunk = chunk?;
            if u64::try_from(all.len() + chunk.len()).unwrap_or(u64::MAX) > limit {
                return Err(too_large(&stream.url));
            }
            all.extend_from_slice(&chunk);
        }
        Ok(Bytes::from(all))
    }

    /// Reads at most `limit` bytes of the body and drops the rest; a body that cannot be read
    /// gives what had arrived. For error answers, whose body only explains the status.
    pub(crate) async fn bytes_truncated(self, limit: usize) -> Bytes {
        let mut stream = self.body;
        let mut kept = Vec::new();
        while kept.len() < limit {
            match std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
                Some(Ok(chunk)) => {
                    let room = limit - kept.len();
                    kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
                }
                Some(Err(_)) | None => break,
            }
        }
        Bytes::from(kept)
    }

    /// Reads the whole body.
    pub async fn bytes(self) -> Result<Bytes, TransportError> {
        let mut stream = self.body;
        let mut collected: Option<Vec<u8>> = None;
        let mut first = Bytes::new();
        while let Some(chunk) = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await
        {
            let chunk = chunk?;
            match &mut collected {
                Some(all) => all.extend_from_slice(&chunk),
                None if first.is_empty() => first = chunk,
                None => {
                    let mut all = Vec::with_capacity(first.len() + chunk.len());
                    all.extend_from_slice(&first);
                    all.extend_from_slice(&chunk);
                    collected = Some(all);
                }
            }
        }
        Ok(collected.map_or(first, Bytes::from))
    }

    /// The body as a stream of chunks, as they arrive.
    pub fn into_stream(self) -> impl Stream<Item = Result<Bytes, TransportError>> + Send + 'static {
        self.body
    }
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

/// A response body as a stream of data chunks, cut off at the request's deadline, and decoded
/// when it came gzip-compressed.
struct BodyStream {
    body: Body,
    deadline: Option<Pin<Box<Sleep>>>,
    /// When set, the deadline moves this far ahead whenever data arrives.
    idle: Option<Duration>,
    /// The decoder of a gzip-compressed body; what it has decoded waits in its `Vec`.
    gzip: Option<Box<MultiGzDecoder<Vec<u8>>>>,
    /// Compressed data received and not yet inflated.
    compressed: Bytes,
    url: String,
}

impl BodyStream {
    fn failure(&self, kind: Kind, source: Option<BoxError>) -> TransportError {
        TransportError {
            kind,
            url: Some(self.url.clone()),
            source,
        }
    }

    /// Data has arrived: an idle deadline starts again.
    fn progressed(&mut self) {
        if let (Some(idle), Some(deadline)) = (self.idle, &mut self.deadline) {
            if let Some(at) = Instant::now().checked_add(idle) {
                deadline.as_mut().reset(at);
            }
        }
    }

    /// Inflates the compressed data waiting, up to about [`INFLATE_STEP`] bytes of output;
    /// `None` when that gave nothing yet.
    fn inflate_step(&mut self) -> Option<Result<Bytes, TransportError>> {
        let decoder = self.gzip.as_mut()?;
        let mut failed = None;
        while !self.compressed.is_empty() && decoder.get_ref().len() < INFLATE_STEP {
            // `write` inflates into a buffer of fixed size and says how much input that took.
            match decoder.write(&self.compressed) {
                Ok(0) => {
                    failed = Some(std::io::Error::from(std::io::ErrorKind::WriteZero));
                    break;
                }
                Ok(taken) => bytes::Buf::advance(&mut self.compressed, taken),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        if let Some(e) = failed {
            self.compressed = Bytes::new();
            return Some(Err(self.failure(Kind::Body, Some(Box::new(e)))));
        }
        let decoded = std::mem::take(decoder.get_mut());
        (!decoded.is_empty()).then(|| Ok(Bytes::from(decoded)))
    }

    /// The body has ended: the decoder, if any, gives what it still holds, or says the
    /// compressed stream was cut short.
    fn finish(&mut self) -> Option<Result<Bytes, TransportError>> {
        let decoder = self.gzip.take()?;
        match decoder.finish() {
            Ok(rest) if rest.is_empty() => None,
            Ok(rest) => Some(Ok(Bytes::from(rest))),
            Err(e) => Some(Err(self.failure(Kind::Body, Some(Box::new(e))))),
        }
    }
}

/// The URL a response finally came from, when the [`HttpTransport`] that sent the request
/// followed redirects on its own: set it in the response's
/// [extensions](http::Response::extensions) (`ReqwestTransport` does). When its origin (scheme,
/// host, port) is not the request's, the runtime refuses the answer: the credential and the body
/// may have reached another origin, and its answer is not the API's. Better still, do not follow
/// redirects in the stack: the runtime follows those of media downloads itself, dropping the
/// credential when the origin changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinalUrl(pub http::Uri);

/// Whether two URIs have the same scheme, host and port (a missing port is the scheme's default).
fn same_origin(a: &http::Uri, b: &http::Uri) -> bool {
    let port = |uri: &http::Uri| {
        uri.port_u16().or(match uri.scheme_str() {
            Some(s) if s.eq_ignore_ascii_case("http") => Some(80),
            Some(s) if s.eq_ignore_ascii_case("https") => Some(443),
            _ => None,
        })
    };
    let lower = |s: Option<&str>| s.map(str::to_ascii_lowercase);
    lower(a.scheme_str()) == lower(b.scheme_str())
        && lower(a.host()) == lower(b.host())
        && port(a) == port(b)
}

/// Whether a `Content-Encoding` says gzip (the only coding the runtime asks for).
pub(crate) fn is_gzip(value: Option<&HeaderValue>) -> bool {
    value.is_some_and(|v| {
        let v = v.as_bytes().trim_ascii();
        v.eq_ignore_ascii_case(b"gzip") || v.eq_ignore_ascii_case(b"x-gzip")
    })
}

impl Stream for BodyStream {
    type Item = Result<Bytes, TransportError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if let Some(deadline) = &mut this.deadline {
            if deadline.as_mut().poll(cx).is_ready() {
                this.deadline = None;
                return Poll::Ready(Some(Err(this.failure(Kind::Timeout, None))));
            }
        }
        loop {
            if !this.compressed.is_empty() {
                if let Some(decoded) = this.inflate_step() {
                    return Poll::Ready(Some(decoded));
                }
                continue;
            }
            match ready!(this.body.poll_data(cx)) {
                None => return Poll::Ready(this.finish()),
                Some(Err(e)) => return Poll::Ready(Some(Err(this.failure(Kind::Body, Some(e))))),
                Some(Ok(data)) if this.gzip.is_some() => {
                    this.progressed();
                    this.compressed = data;
                }
                Some(Ok(data)) => {
                    this.progressed();
                    return Poll::Ready(Some(Ok(data)));
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }
}

/// An error of any kind, as the source of a [`TransportError`].
pub type BoxError = Box<dyn StdError + Send + Sync>;

/// A request that could not be sent, or a response that could not be read.
///
/// It names the URL without its query (which may hold an API key or an upload session id).
pub struct TransportError {
    kind: Kind,
    url: Option<String>,
    source: Option<BoxError>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The request could not be made (for example an `https` URL without TLS support).
    Builder,
    /// No connection could be established.
    Connect,
    /// The time limit passed.
    Timeout,
    /// The connection failed while sending the request or waiting for the response's head.
    Request,
    /// The connection failed while reading the response body, or the body could not be decoded.
    Body,
    /// The body is larger than the limit (in bytes) set for buffered bodies.
    TooLarge(u64),
}

/// Sorts an error of the hyper pool by how far the request got.
fn hyper_failure(e: legacy::Error) -> TransportError {
    // The error that says what to do replaces hyper's chain, which would bury it.
    if let Some(untrusted) = roots::untrusted_certificate(&e) {
        return TransportError::new(Kind::Connect, Some(Box::new(untrusted)));
    }
    let kind = if connector::is_refused(&e) {
        Kind::Builder
    } else if e.is_connect() {
        Kind::Connect
    } else {
        Kind::Request
    };
    TransportError::new(kind, Some(Box::new(e)))
}

impl TransportError {
    fn new(kind: Kind, source: Option<BoxError>) -> Self {
        TransportError {
            kind,
            url: None,
            source,
        }
    }

    /// No connection could be established, so nothing was sent: the runtime retries such a
    /// failure for every method. For [`HttpTransport`]s.
    pub fn connect(source: impl Into<BoxError>) -> Self {
        TransportError::new(Kind::Connect, Some(source.into()))
    }

    /// The connection failed after the request may have reached the server: the runtime retries
    /// it only for methods that are safe to repeat. For [`HttpTransport`]s.
    pub fn request(source: impl Into<BoxError>) -> Self {
        TransportError::new(Kind::Request, Some(source.into()))
    }

    /// The response's body could not be read. For [`HttpTransport`]s.
    pub fn body(source: impl Into<BoxError>) -> Self {
        TransportError::new(Kind::Body, Some(source.into()))
    }

    /// The request's own time limit passed (the runtime's limit applies besides). For
    /// [`HttpTransport`]s.
    pub fn timeout(source: impl Into<BoxError>) -> Self {
        TransportError::new(Kind::Timeout, Some(source.into()))
    }

    /// The request could not be made at all and never will be as it is (a bad header, an
    /// unsupported scheme): never retried. For [`HttpTransport`]s.
    pub fn refused(source: impl Into<BoxError>) -> Self {
        TransportError::new(Kind::Builder, Some(source.into()))
    }

    /// How the request failed, in a word, for the `error.type` of a span.
    pub(crate) fn kind_name(&self) -> &'static str {
        match self.kind {
            Kind::Builder => "request_refused",
            Kind::Connect => "connect",
            Kind::Timeout => "timeout",
            Kind::Request => "request",
            Kind::Body => "body",
            Kind::TooLarge(_) => "too_large",
        }
    }

    /// Names `url` unless the error already names one.
    pub(crate) fn with_url(mut self, url: String) -> Self {
        if self.url.is_none() {
            self.url = Some(url);
        }
        self
    }

    /// Whether no connection could be established (refused, unreachable, DNS, TLS handshake).
    pub fn is_connect(&self) -> bool {
        self.kind == Kind::Connect
    }

    /// Whether the server's certificate is issued by an authority the client does not trust (a
    /// TLS-inspecting proxy's, say). With the `rustls` backend the error names the host and the
    /// issuer, and says what to set; with `native-tls`, the platform's library said the
    /// certificate did not verify (OpenSSL's `certificate verify failed`), in its own words.
    pub fn is_untrusted_certificate(&self) -> bool {
        self.source.as_deref().is_some_and(|source| {
            roots::untrusted_certificate(source).is_some() || roots::did_not_verify(source)
        })
    }

    /// Whether the time limit passed.
    pub fn is_timeout(&self) -> bool {
        self.kind == Kind::Timeout
    }

    /// Whether the connection failed while sending the request or waiting for the answer.
    pub fn is_request(&self) -> bool {
        self.kind == Kind::Request
    }

    /// Whether the connection failed while reading the response body.
    pub fn is_body(&self) -> bool {
        self.kind == Kind::Body
    }

    /// Whether the response body was larger than the client's limit for bodies read into memory
    /// ([`ClientBuilder::max_response_size`](crate::ClientBuilder::max_response_size)).
    pub fn is_too_large(&self) -> bool {
        matches!(self.kind, Kind::TooLarge(_))
    }

    /// The URL of the request, without its query.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// Forgets the URL, for requests whose URL itself is a secret (upload sessions).
    pub(crate) fn without_url(mut self) -> Self {
        self.url = None;
        self
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Builder => f.write_str("the request could not be made")?,
            Kind::Connect => f.write_str("could not connect")?,
            Kind::Timeout => f.write_str("timed out")?,
            Kind::Request => f.write_str("the request failed")?,
            Kind::Body => f.write_str("the response body could not be read")?,
            Kind::TooLarge(limit) => write!(
                f,
                "the response body is larger than the limit of {limit} bytes \
                 (ClientBuilder::max_response_size)"
            )?,
        }
        if let Some(url) = &self.url {
            write!(f, " ({url})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("kind", &self.kind)
            .field("url", &self.url)
            .field("source", &self.source)
            .finish()
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt as _;

    /// `mebibytes` of zeros, gzip-compressed: about a thousandth of that, in one chunk.
    fn gzip_bomb(mebibytes: usize) -> Bytes {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..mebibytes {
            encoder.write_all(&zeros).unwrap();
        }
        Bytes::from(encoder.finish().unwrap())
    }

    fn gzipped_response(compressed: Bytes) -> Response {
        Response {
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: BodyStream {
                body: Body::from_bytes(compressed),
                deadline: None,
                idle: None,
                gzip: Some(Box::new(MultiGzDecoder::new(Vec::new()))),
                compressed: Bytes::new(),
                url: "https://x.example/a".to_owned(),
            },
        }
    }

    /// One chunk that inflates to 16 MiB comes out in steps of about [`INFLATE_STEP`], so that
    /// a size limit is checked as it inflates (a 510 KB chunk once became 523 MiB in memory
    /// against a limit of 128 MiB).
    #[tokio::test]
    async fn a_gzip_body_inflates_in_bounded_steps() {
        let compressed = gzip_bomb(16);
        assert!(compressed.len() < 64 << 10, "{}", compressed.len());
        let mut stream = gzipped_response(compressed).into_stream().boxed();
        let (mut total, mut largest) = (0, 0);
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.unwrap();
            total += chunk.len();
            largest = largest.max(chunk.len());
        }
        assert_eq!(total, 16 << 20);
        assert!(largest <= 2 * INFLATE_STEP, "a step gave {largest} bytes");
    }

    #[tokio::test]
    async fn a_gzip_body_stops_at_the_size_limit() {
        let error = gzipped_response(gzip_bomb(16))
            .bytes_up_to(Some(1 << 20))
            .await
            .unwrap_err();
        assert!(error.is_too_large(), "{error:?}");
        // A corrupt stream is a body error, not a panic.
        let mut corrupt = gzip_bomb(1).to_vec();
        corrupt[20] ^= 0xff;
        let error = gzipped_response(Bytes::from(corrupt))
            .bytes()
            .await
            .unwrap_err();
        assert!(error.is_body(), "{error:?}");
    }

    #[test]
    fn origins() {
        let uri = |s: &str| s.parse::<http::Uri>().unwrap();
        assert!(same_origin(
            &uri("https://a.example/x"),
            &uri("HTTPS://A.example:443/y?q")
        ));
        assert!(!same_origin(
            &uri("https://a.example/"),
            &uri("http://a.example/")
        ));
        assert!(!same_origin(
            &uri("https://a.example/"),
            &uri("https://b.example/")
        ));
        assert!(!same_origin(
            &uri("https://a.example/"),
            &uri("https://a.example:8443/")
        ));
    }
}
