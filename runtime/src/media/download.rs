//! Media downloads: what [`Call::download`](crate::Call::download) sends, and the byte stream it
//! returns, [`Download`].
//!
//! A download is a `GET` with `alt=media` through the exchange loop, with three things of its own:
//!
//! - redirects (301, 302, 303, 307, 308) are followed, at most [`MAX_REDIRECTS`]; a hop to
//!   another origin than the API's gets no credential;
//! - [`Call::range`](crate::Call::range) asks for part of the media (`Range: bytes=FIRST-LAST`);
//! - a body that breaks off is resumed: a new request asks for the rest
//!   (`Range: bytes=NEXT-LAST`), the answer's `Content-Range` must start exactly there, and the
//!   caller's stream goes on, within the call's retry policy.

use std::fmt;
use std::ops::{Bound, RangeBounds};
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_util::stream::{self, BoxStream, Stream, StreamExt};
use http::header::{CONTENT_RANGE, CONTENT_TYPE, LOCATION, RANGE};
use http::{HeaderValue, Method, StatusCode};

use crate::client::{transport_kind, FailureKind};
use crate::error::violation;
use crate::exchange::{Exchange, Prepared, Reading, Request};
use crate::transport::{Response, TransportError};
use crate::{Client, Error, MethodInfo};

/// The most memory [`Download::bytes`] sets aside up front, whatever `Content-Length` says.
const MAX_PREALLOCATION: u64 = 64 << 20;

/// The most redirects one request follows.
pub const MAX_REDIRECTS: usize = 10;

/// Part of the media: from byte `first` to byte `last` (inclusive), or to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ByteRange {
    pub first: u64,
    pub last: Option<u64>,
}

impl ByteRange {
    /// The bytes `range` names (`100..200`, `1024..`, `..=99`); `None` when it names none.
    pub(crate) fn from_bounds(range: impl RangeBounds<u64>) -> Option<Self> {
        let first = match range.start_bound() {
            Bound::Included(first) => Some(*first),
            Bound::Excluded(first) => first.checked_add(1),
            Bound::Unbounded => Some(0),
        };
        let last = match range.end_bound() {
            Bound::Included(last) => Some(Some(*last)),
            Bound::Excluded(end) => Some(end.checked_sub(1)).filter(Option::is_some),
            Bound::Unbounded => Some(None),
        };
        match (first, last) {
            (Some(first), Some(last)) if last.map_or(true, |last| last >= first) => {
                Some(ByteRange { first, last })
            }
            _ => None,
        }
    }

    /// The `Range` header value.
    fn header(&self) -> HeaderValue {
        let text = match self.last {
            Some(last) => format!("bytes={}-{last}", self.first),
            None => format!("bytes={}-", self.first),
        };
        HeaderValue::from_str(&text).unwrap_or(HeaderValue::from_static("bytes=0-"))
    }
}

/// The download of one call's media: where its requests go and with what, the same for the
/// first request and for every one that resumes the body.
struct Source {
    client: Client,
    method: &'static MethodInfo,
    prepared: Prepared,
    /// The part of the media asked for, if not all of it.
    range: Option<ByteRange>,
}

/// Fetches the first answer of the download `prepared` describes for `method` (`range`, if
/// given, is the part of the media asked for) and returns its body as a stream.
pub(crate) async fn open(
    client: Client,
    method: &'static MethodInfo,
    prepared: Prepared,
    range: Option<ByteRange>,
) -> Result<Download, Error> {
    let source = Source {
        client,
        method,
        prepared,
        range,
    };
    let first = range.map_or(0, |range| range.first);
    let response = source.fetch(first).await?;
    Ok(Download::new(source, response))
}

fn is_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

impl Source {
    /// Fetches the media from byte `from` (with `Range` when that is not the whole of it),
    /// following redirects, and checks that a partial answer starts at `from`.
    async fn fetch(&self, from: u64) -> Result<Response, Error> {
        let Source {
            client,
            method,
            prepared,
            range: asked,
        } = self;
        let id = method.id;
        let range = match asked {
            Some(asked) => Some(ByteRange {
                first: from,
                last: asked.last,
            }),
            None if from > 0 => Some(ByteRange {
                first: from,
                last: None,
            }),
            None => None,
        };
        let mut headers = prepared.headers.clone();
        if let Some(range) = range {
            headers.insert(RANGE, range.header());
        }
        let mut url = prepared.url.clone();
        for _ in 0..=MAX_REDIRECTS {
            let exchange = Exchange {
                client,
                method_id: id,
                scopes: method.scopes,
                chosen: prepared.scopes.as_deref(),
                policy: prepared.retry.as_ref().unwrap_or(client.retry_policy()),
                idempotent: true,
                has_key_param: url.has_query_param("key"),
                reading: Reading::Streamed,
                accepts: |status| status.is_success() || is_redirect(status),
                secret_url: false,
                // A redirect to another origin (a storage front end, a signed URL) gets no
                // credential: the URL it names carries its own authorisation.
                to_api: url.same_origin(&prepared.url),
            };
            let response = exchange
                .run(
                    |_| Request {
                        method: Method::GET,
                        url: url.clone(),
                        headers: headers.clone(),
                        body: None,
                    },
                    |response| std::future::ready(Ok::<_, TransportError>(response)),
                )
                .await?;
            let status = response.status();
            if is_redirect(status) {
                let location = response.headers().get(LOCATION);
                let next = location
                    .and_then(|value| value.to_str().ok())
                    .and_then(|value| url.join(value.trim()).ok());
                url = next.ok_or_else(|| {
                    violation(
                        id,
                        status,
                        "Location",
                        location.map(HeaderValue::as_bytes).unwrap_or_default(),
                        "a redirect without a usable Location",
                    )
                })?;
                tracing::debug!(status = status.as_u16(), "following a redirect");
                continue;
            }
            if let Some(range) = range {
                check_partial(id, &response, range.first)?;
            }
            return Ok(response);
        }
        Err(violation(
            id,
            StatusCode::PERMANENT_REDIRECT,
            "Location",
            url.without_query().as_bytes(),
            format!("more than {MAX_REDIRECTS} redirects"),
        ))
    }
}

/// Checks that an answer to a `Range` request is partial content starting at byte `first`.
fn check_partial(id: &'static str, response: &Response, first: u64) -> Result<(), Error> {
    let value = response.headers().get(CONTENT_RANGE);
    let raw = value.map(HeaderValue::as_bytes).unwrap_or_default();
    let starts = value
        .and_then(|v| v.to_str().ok())
        .and_then(parse_content_range)
        .map(|(start, _, _)| start);
    if response.status() == StatusCode::PARTIAL_CONTENT && starts == Some(first) {
        return Ok(());
    }
    Err(violation(
        id,
        response.status(),
        "Content-Range",
        raw,
        format!("the server did not answer with the bytes from {first} on that were asked for"),
    ))
}

/// `bytes FIRST-LAST/TOTAL` (TOTAL may be `*`): the first and last byte and the total, if known.
pub(crate) fn parse_content_range(value: &str) -> Option<(u64, u64, Option<u64>)> {
    let spec = value.trim().strip_prefix("bytes")?.trim_start();
    let (range, total) = spec.split_once('/')?;
    let (first, last) = range.trim().split_once('-')?;
    let digits = |text: &str| {
        let text = text.trim();
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u64>().ok())
            .flatten()
    };
    let (first, last) = (digits(first)?, digits(last)?);
    if last < first {
        return None;
    }
    let total = match total.trim() {
        "*" => None,
        total => Some(digits(total).filter(|total| *total > last)?),
    };
    Some((first, last, total))
}

/// The body of a media download, as a [`Stream`] of byte chunks.
///
/// Chunks arrive as the network delivers them, so a large download never has to fit in memory.
/// A body that breaks off is resumed where it stopped (see
/// [`Call::download`](crate::Call::download)); a failure that
/// cannot be resumed ends the stream with an [`Error`].
pub struct Download {
    method_id: &'static str,
    content_type: Option<String>,
    content_length: Option<u64>,
    body: BoxStream<'static, Result<Bytes, Error>>,
}

/// Where a download stands between two chunks.
struct Progress {
    source: Source,
    body: BoxStream<'static, Result<Bytes, TransportError>>,
    /// The offset in the media of the next byte to hand out.
    next: u64,
    /// Failures since the last chunk arrived.
    failures: u32,
}

impl Progress {
    /// The next chunk, resuming the body as often as the retry policy allows; `None` at the end.
    async fn next_chunk(&mut self) -> Option<Result<Bytes, Error>> {
        let id = self.source.method.id;
        loop {
            let error = match self.body.next().await? {
                Ok(chunk) => {
                    self.next += u64::try_from(chunk.len()).unwrap_or(u64::MAX);
                    self.failures = 0;
                    return Some(Ok(chunk));
                }
                Err(error) => error,
            };
            let source = &self.source;
            let policy = source.prepared.policy(&source.client).clone();
            self.failures += 1;
            if transport_kind(&error) == FailureKind::Final || self.failures >= policy.max_attempts
            {
                return Some(Err(Error::transport(id, error)));
            }
            tracing::debug!(next = self.next, error = %error, "download broke off; resuming");
            tokio::time::sleep(policy.backoff(self.failures - 1)).await;
            match self.source.fetch(self.next).await {
                Ok(response) => self.body = response.into_stream().boxed(),
                Err(error) => return Some(Err(error)),
            }
        }
    }
}

impl Download {
    fn new(source: Source, response: Response) -> Self {
        let method_id = source.method.id;
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let content_length = response.content_length();
        let progress = Progress {
            next: source.range.map_or(0, |range| range.first),
            source,
            body: response.into_stream().boxed(),
            failures: 0,
        };
        let body = stream::unfold(progress, |mut progress| async move {
            let item = progress.next_chunk().await?;
            Some((item, progress))
        })
        .boxed();
        Download {
            method_id,
            content_type,
            content_length,
            body,
        }
    }

    /// The media type the server gave (`Content-Type`), if any.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The size of the body the server announced (`Content-Length`) in its first answer, if any.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }

    /// Reads the whole body into memory.
    pub async fn bytes(mut self) -> Result<Bytes, Error> {
        let expected = self.content_length.unwrap_or(0).min(MAX_PREALLOCATION);
        let mut out = BytesMut::with_capacity(usize::try_from(expected).unwrap_or(0));
        while let Some(chunk) = self.body.next().await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out.freeze())
    }
}

impl Stream for Download {
    type Item = Result<Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.body.poll_next_unpin(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.body.size_hint()
    }
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("method_id", &self.method_id)
            .field("content_type", &self.content_type)
            .field("content_length", &self.content_length)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_ranges() {
        assert_eq!(
            parse_content_range("bytes 0-99/1000"),
            Some((0, 99, Some(1000)))
        );
        assert_eq!(
            parse_content_range("bytes 100-100/*"),
            Some((100, 100, None))
        );
        assert_eq!(
            parse_content_range(" bytes  5 - 9 / 10 "),
            Some((5, 9, Some(10)))
        );
        for bad in [
            "",
            "bytes",
            "bytes */1000",
            "bytes 9-5/10",
            "bytes 0-9/9",
            "bytes 0-9",
            "bytes -1-9/10",
            "bytes +1-9/10",
            "bytes 0-18446744073709551616/*",
            "items 0-9/10",
            "bytes 0-9/ten",
        ] {
            assert_eq!(parse_content_range(bad), None, "{bad}");
        }
    }

    /// The parser never panics, whatever the server sends.
    #[test]
    fn content_range_parser_takes_any_input() {
        let alphabet: &[u8] = b"bytes 0123456789-/* \t+\xff";
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..20_000 {
            let len = rng.usize(0..24);
            let raw: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.usize(0..alphabet.len())])
                .collect();
            let text = String::from_utf8_lossy(&raw);
            if let Some((first, last, total)) = parse_content_range(&text) {
                assert!(first <= last, "{text}");
                assert!(total.map_or(true, |total| total > last), "{text}");
            }
        }
    }

    #[test]
    fn ranges_as_headers() {
        let header = |first, last| ByteRange { first, last }.header();
        assert_eq!(header(0, Some(99)), "bytes=0-99");
        assert_eq!(header(1024, None), "bytes=1024-");
    }
}
