//! The seam between the runtime and an HTTP stack: [`HttpTransport`], which the default hyper pool
//! stands in for and which a caller implements to send the runtime's requests through a stack of
//! their own (the `reqwest` feature's `ReqwestTransport`, the `testing` feature's fakes), and [`Body`], the response body such a stack gives back.
//!
//! Everything above the seam stays the runtime's whatever the stack: the standard headers, the
//! credential, retries and backoff, time limits, `Accept-Encoding: gzip` and its decoding, size
//! limits, uploads, downloads and batches. A stack only sends one request and gives back the
//! answer's head and body as they arrive.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_util::future::BoxFuture;
use futures_util::stream::Stream;
use hyper::body::{Body as _, Incoming};

use super::{BoxError, TransportError};

/// Sends one HTTP request and gives back the response as soon as its head has arrived.
///
/// Implement it to send the runtime's requests through an HTTP stack of your own (its middleware,
/// proxies, metrics), and hand it to the runtime with
/// [`HttpClient::from_transport`](super::HttpClient::from_transport). The request is complete:
/// absolute URL, every header (credentials included) and the body; send it as it is, without
/// following redirects or retrying (the runtime does both as Google's clients do), and without
/// decoding the body (the runtime asks for gzip and decodes it; a stack that decodes it itself
/// must remove `Content-Encoding`, as such stacks do).
///
/// Failures are [`TransportError`]s made with the constructor that says how far the request got
/// ([`TransportError::connect`] when nothing was sent, which the runtime retries for every
/// method; [`TransportError::request`] when the server may have acted on it), so that retries
/// stay safe whatever the stack.
pub trait HttpTransport: Send + Sync + 'static {
    /// Sends `request` and resolves to the response whose body is still to be read.
    fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> BoxFuture<'static, Result<http::Response<Body>, TransportError>>;
}

/// The body of a response given back by an [`HttpTransport`]: in memory, or a stream of chunks
/// read as the runtime asks for them.
pub struct Body {
    inner: Inner,
}

enum Inner {
    Full(Option<Bytes>),
    Hyper(Incoming),
    Stream(Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send>>),
}

impl Body {
    /// An empty body.
    pub fn empty() -> Self {
        Body {
            inner: Inner::Full(None),
        }
    }

    /// A body held in memory.
    pub fn from_bytes(bytes: impl Into<Bytes>) -> Self {
        let bytes = bytes.into();
        Body {
            inner: Inner::Full((!bytes.is_empty()).then_some(bytes)),
        }
    }

    /// A body read from `stream` as it arrives; an error item ends it with a transport error for
    /// which [`is_body`](TransportError::is_body) holds.
    pub fn from_stream<S, E>(stream: S) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError> + 'static,
    {
        use futures_util::TryStreamExt as _;
        Body {
            inner: Inner::Stream(Box::pin(stream.map_err(Into::into))),
        }
    }

    pub(super) fn hyper(body: Incoming) -> Self {
        Body {
            inner: Inner::Hyper(body),
        }
    }

    /// The body's length, when it is known before reading it.
    pub(super) fn exact_length(&self) -> Option<u64> {
        match &self.inner {
            Inner::Full(bytes) => Some(bytes.as_ref().map_or(0, |b| b.len() as u64)),
            Inner::Hyper(body) => body.size_hint().exact(),
            Inner::Stream(_) => None,
        }
    }

    /// Reads the whole body, failing as soon as it holds more than `limit` bytes.
    #[cfg_attr(not(feature = "testing"), allow(dead_code))]
    pub(crate) async fn collect_up_to(mut self, limit: usize) -> Result<Bytes, BoxError> {
        let mut all = Vec::new();
        while let Some(chunk) = std::future::poll_fn(|cx| self.poll_data(cx)).await {
            let chunk = chunk?;
            if all.len().saturating_add(chunk.len()) > limit {
                return Err(format!("the body is larger than {limit} bytes").into());
            }
            all.extend_from_slice(&chunk);
        }
        Ok(Bytes::from(all))
    }

    /// The next chunk of data, skipping empty ones and anything that is not data (trailers).
    pub(super) fn poll_data(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, BoxError>>> {
        loop {
            let item = match &mut self.inner {
                Inner::Full(bytes) => return Poll::Ready(bytes.take().map(Ok)),
                Inner::Hyper(body) => match std::task::ready!(Pin::new(body).poll_frame(cx)) {
                    None => None,
                    Some(Err(e)) => Some(Err(Box::new(e) as BoxError)),
                    Some(Ok(frame)) => match frame.into_data() {
                        Ok(data) => Some(Ok(data)),
                        Err(_) => continue,
                    },
                },
                Inner::Stream(stream) => std::task::ready!(stream.as_mut().poll_next(cx)),
            };
            match item {
                Some(Ok(data)) if data.is_empty() => continue,
                other => return Poll::Ready(other),
            }
        }
    }
}

impl Default for Body {
    fn default() -> Self {
        Body::empty()
    }
}

impl From<Bytes> for Body {
    fn from(bytes: Bytes) -> Self {
        Body::from_bytes(bytes)
    }
}

impl From<Vec<u8>> for Body {
    fn from(bytes: Vec<u8>) -> Self {
        Body::from_bytes(bytes)
    }
}

impl From<String> for Body {
    fn from(text: String) -> Self {
        Body::from_bytes(text)
    }
}

impl From<&'static str> for Body {
    fn from(text: &'static str) -> Self {
        Body::from_bytes(text)
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            Inner::Full(bytes) => f
                .debug_struct("Body")
                .field("length", &bytes.as_ref().map_or(0, Bytes::len))
                .finish(),
            Inner::Hyper(_) | Inner::Stream(_) => f.debug_struct("Body").finish_non_exhaustive(),
        }
    }
}
