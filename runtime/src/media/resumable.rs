//! The resumable upload protocol: start a session, send the media in chunks, and after a failure
//! ask the server for the offset it has committed and go on from exactly there.
//!
//! Each chunk is a `PUT` to the session URL with `Content-Range: bytes FIRST-LAST/TOTAL` (`*` for a
//! total not known yet). The server answers 308 with `Range: bytes=0-LAST` (the bytes it has; none
//! without the header) while it wants more, and 200 or 201 with the method's answer when the media
//! is complete. A status query is a `PUT` without body and with `Content-Range: bytes */TOTAL`.

use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use http::header::{CONTENT_RANGE, LOCATION, RANGE};
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};

use super::progress::ProgressReport;
use super::source::Chunks;
use super::source::UploadSource;
use crate::error::violation;
use crate::exchange::{self, read_body, Attempt, Buffered, Exchange, Prepared, Request};
use crate::transport::Url;
use crate::{Client, Error, MethodInfo, RetryPolicy};

/// The header that tells the server the media type of the upload to come.
const UPLOAD_CONTENT_TYPE: HeaderName = HeaderName::from_static("x-upload-content-type");
/// The header that tells the server the size of the upload to come.
const UPLOAD_CONTENT_LENGTH: HeaderName = HeaderName::from_static("x-upload-content-length");

/// The default size of one chunk of a resumable upload: 8 MiB.
const DEFAULT_CHUNK_SIZE: usize = 8 << 20;

/// Chunks of a resumable upload (all but the last) are multiples of this: 256 KiB.
const CHUNK_GRANULE: usize = 256 << 10;

/// How long the attempts at one chunk of a resumable upload may take in all, by default: 32 s,
/// Go's `ChunkRetryDeadline`.
const DEFAULT_CHUNK_RETRY_DEADLINE: Duration = Duration::from_secs(32);

/// The settings of a call's resumable upload, as the builder sets them.
#[derive(Clone, Copy, Default)]
pub(crate) struct ChunkSettings {
    /// The size of each chunk but the last (see
    /// [`Call::upload_chunk_size`](crate::Call::upload_chunk_size)).
    pub(crate) chunk_size: Option<usize>,
    /// How long the attempts at one chunk may take in all (see
    /// [`Call::upload_chunk_retry_deadline`](crate::Call::upload_chunk_retry_deadline)).
    pub(crate) chunk_retry_deadline: Option<Duration>,
}

impl ChunkSettings {
    /// Sets the size of the chunks, rounded up to a multiple of [`CHUNK_GRANULE`].
    pub(crate) fn set_chunk_size(&mut self, bytes: usize) {
        let granules = bytes.div_ceil(CHUNK_GRANULE).max(1);
        self.chunk_size = Some(granules.saturating_mul(CHUNK_GRANULE));
    }
}

/// Media attached for the resumable protocol. The source sits behind a lock so that clones of
/// the call can share it; the first send takes it.
pub(crate) struct ResumableMedia {
    source: Mutex<Option<UploadSource>>,
    size: Option<u64>,
    content_type: HeaderValue,
    max_size: Option<u64>,
}

impl ResumableMedia {
    pub(crate) fn new(
        source: UploadSource,
        content_type: HeaderValue,
        max_size: Option<u64>,
    ) -> Self {
        ResumableMedia {
            size: source.size(),
            source: Mutex::new(Some(source)),
            content_type,
            max_size,
        }
    }

    /// The headers that announce the media when the session starts.
    pub(crate) fn session_headers(&self) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(UPLOAD_CONTENT_TYPE, self.content_type.clone());
        if let Some(size) = self.size {
            headers.insert(UPLOAD_CONTENT_LENGTH, HeaderValue::from(size));
        }
        headers
    }

    /// Takes the source out, once.
    fn take_source(&self) -> Option<UploadSource> {
        // Taking an `Option` out cannot leave it half-changed, so a poisoned lock is still usable.
        self.source
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }
}

impl fmt::Debug for ResumableMedia {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResumableMedia")
            .field("size", &self.size)
            .field("content_type", &self.content_type)
            .finish_non_exhaustive()
    }
}

/// Runs a whole resumable upload of `resumable` for `method` with `settings`, telling `progress`
/// how far it has come; `start` is the request that opens the session.
pub(crate) async fn upload(
    client: &Client,
    method: &'static MethodInfo,
    start: Prepared,
    resumable: &ResumableMedia,
    settings: &ChunkSettings,
    progress: &ProgressReport,
) -> Result<Buffered, Error> {
    let id = method.id;
    let source = resumable.take_source().ok_or_else(|| {
        Error::invalid_argument(
            id,
            None,
            "the upload source was used by an earlier send; attach a new one to send again",
        )
    })?;
    let mut chunks = source.into_chunks();
    let mut restarted = false;
    loop {
        let opened = exchange::buffered(client, method, &start).await?;
        let url = session_url(id, &start.url, &opened)?;
        tracing::debug!("upload session started");
        let mut session = Session {
            target: Target {
                client,
                method,
                has_key_param: url.has_query_param("key"),
                // The server chooses where the session lives; a host other than the API's gets
                // no credential (the session URL alone authorises the upload).
                to_api: url.same_origin(&start.url),
                url,
                scopes: start.scopes.clone(),
                // Each chunk is its own exchange: its retries end at the chunk's deadline.
                policy: start.policy(client).clone().with_max_elapsed(Some(
                    settings
                        .chunk_retry_deadline
                        .unwrap_or(DEFAULT_CHUNK_RETRY_DEADLINE),
                )),
            },
            chunks,
            chunk_size: settings.chunk_size.unwrap_or(DEFAULT_CHUNK_SIZE),
            max_size: resumable.max_size,
            progress,
            committed: 0,
            pending: Bytes::new(),
            reported: None,
        };
        let result = session.run().await;
        chunks = session.chunks;
        match result {
            // The server no longer knows the session (it expired, or was cancelled): the upload
            // starts over once, in a new session, if the source can be read again.
            Err(error) if session_gone(&error) && !restarted && chunks.restart() => {
                tracing::debug!(error = %error, "upload session gone; starting over");
                restarted = true;
            }
            result => return result,
        }
    }
}

/// Whether an error says the upload session no longer exists: 404 or 410 from its URL.
fn session_gone(error: &Error) -> bool {
    matches!(error.status().map(|s| s.as_u16()), Some(404 | 410)) && error.as_api_error().is_some()
}

/// Where the session lives: the `Location` of the answer that opened it.
fn session_url(id: &'static str, start: &Url, opened: &Buffered) -> Result<Url, Error> {
    let location = opened.headers.get(LOCATION).map(HeaderValue::as_bytes);
    let url = location
        .and_then(|value| std::str::from_utf8(value).ok())
        .and_then(|value| start.join(value.trim()).ok());
    url.ok_or_else(|| {
        violation(
            id,
            opened.status,
            "Location",
            location.unwrap_or_default(),
            "the server started an upload session without a usable session URL",
        )
    })
}

/// What the server made of the bytes sent to the session.
enum ChunkOutcome {
    /// The upload is complete; this is the method's answer.
    Done(Buffered),
    /// The server has the bytes before this offset and wants the rest.
    Committed(u64),
}

/// Where the requests of a session go. Kept apart from [`Session`] so that a request in flight
/// borrows nothing that cannot be shared between threads (the source need not be `Sync`).
struct Target<'a> {
    client: &'a Client,
    method: &'static MethodInfo,
    url: Url,
    has_key_param: bool,
    /// The scopes chosen on the call, asked for on every chunk as on the first request.
    scopes: Option<std::sync::Arc<[String]>>,
    /// The call's retry policy, or the client's.
    policy: RetryPolicy,
    /// Whether the session lives with the API (same scheme, host and port), and so gets the
    /// credential.
    to_api: bool,
}

/// A running upload.
struct Session<'a> {
    target: Target<'a>,
    chunks: Chunks,
    chunk_size: usize,
    max_size: Option<u64>,
    progress: &'a ProgressReport,
    /// The bytes before this offset are on the server, as it said last.
    committed: u64,
    /// Bytes read from the source and not committed yet, starting at `committed`.
    pending: Bytes,
    /// The last offset given to the progress callback.
    reported: Option<u64>,
}

impl Session<'_> {
    async fn run(&mut self) -> Result<Buffered, Error> {
        let max_stalls = self.target.policy.max_attempts.max(1);
        // Chunks the server took none of since the offset last moved forward.
        let mut stalled = 0u32;
        loop {
            self.refill().await?;
            let (range, body) = self.next_chunk();
            match self.target.put(&range, body, &self.query_range()).await? {
                ChunkOutcome::Done(buffered) => {
                    let total = self.chunks.total().unwrap_or(self.chunks.read());
                    self.report(total);
                    return Ok(buffered);
                }
                ChunkOutcome::Committed(offset) => {
                    if self.advance(offset)? {
                        stalled = 0;
                        continue;
                    }
                    stalled += 1;
                    if stalled >= max_stalls {
                        return Err(violation(
                            self.target.method.id,
                            StatusCode::PERMANENT_REDIRECT,
                            "Range",
                            &[],
                            "the server kept taking none of the bytes sent to it",
                        ));
                    }
                    tokio::time::sleep(self.target.policy.backoff(stalled - 1)).await;
                }
            }
        }
    }

    /// Tops `pending` up to a whole chunk from the source (unless the source has ended).
    async fn refill(&mut self) -> Result<(), Error> {
        if self.pending.len() >= self.chunk_size || self.chunks.ended() {
            return Ok(());
        }
        let mut buf = BytesMut::with_capacity(self.chunk_size);
        buf.extend_from_slice(&self.pending);
        // Let go of the old chunk before reading the next one.
        self.pending = Bytes::new();
        let id = self.target.method.id;
        self.chunks
            .fill(&mut buf, self.chunk_size)
            .await
            .map_err(|e| {
                Error::invalid_argument(id, None, format!("the upload source failed: {e}"))
            })?;
        if let Some(max) = self.max_size {
            if self.chunks.read() > max {
                return Err(Error::invalid_argument(
                    id,
                    None,
                    format!("the media is larger than this method's limit of {max} bytes"),
                ));
            }
        }
        self.pending = buf.freeze();
        Ok(())
    }

    /// The `Content-Range` and body that send `pending` (or, when nothing is pending and the
    /// source has ended, that tell the server the final size).
    fn next_chunk(&self) -> (String, Bytes) {
        let total = self.chunks.total().map(|t| t.to_string());
        let total = total.as_deref().unwrap_or("*");
        let len = u64::try_from(self.pending.len()).unwrap_or(u64::MAX);
        let range = if len == 0 {
            format!("bytes */{total}")
        } else {
            let last = self.committed + len - 1;
            format!("bytes {}-{last}/{total}", self.committed)
        };
        (range, self.pending.clone())
    }

    /// The `Content-Range` that asks the server how many bytes it has.
    fn query_range(&self) -> String {
        let total = self.chunks.total().map(|t| t.to_string());
        format!("bytes */{}", total.as_deref().unwrap_or("*"))
    }

    /// Moves past the bytes the server now has; returns whether the offset moved forward.
    fn advance(&mut self, offset: u64) -> Result<bool, Error> {
        let pending = u64::try_from(self.pending.len()).unwrap_or(u64::MAX);
        if offset < self.committed || offset - self.committed > pending {
            return Err(violation(
                self.target.method.id,
                StatusCode::PERMANENT_REDIRECT,
                "Range",
                offset.to_string().as_bytes(),
                format!(
                    "the server says it has {offset} bytes, but {} were confirmed before and {} sent since",
                    self.committed, pending
                ),
            ));
        }
        if offset == self.committed {
            return Ok(false);
        }
        let consumed = usize::try_from(offset - self.committed).unwrap_or(usize::MAX);
        self.pending = if consumed >= self.pending.len() {
            Bytes::new()
        } else {
            self.pending.slice(consumed..)
        };
        self.committed = offset;
        self.report(offset);
        Ok(true)
    }

    /// Tells the progress callback about `offset`, once per value.
    fn report(&mut self, offset: u64) {
        if self.reported != Some(offset) {
            self.reported = Some(offset);
            self.progress.report(offset, self.chunks.total());
        }
    }
}

impl Target<'_> {
    /// Sends one chunk (`range` and `body`) through the exchange loop: after a failure or a
    /// refused credential, the next attempt asks the server what it has (`query_range`, no body)
    /// instead of sending the chunk again, so no byte is sent twice or skipped.
    async fn put(
        &self,
        range: &str,
        body: Bytes,
        query_range: &str,
    ) -> Result<ChunkOutcome, Error> {
        let id = self.method.id;
        let content_range = |range: &str| {
            HeaderValue::from_str(range)
                .map_err(|_| Error::invalid_argument(id, None, "bad Content-Range"))
        };
        let chunk_range = content_range(range)?;
        let query_range = content_range(query_range)?;
        let exchange = Exchange {
            idempotent: true,
            has_key_param: self.has_key_param,
            accepts: |status| status.is_success() || status == StatusCode::PERMANENT_REDIRECT,
            // The session URL is enough to write to the upload: keep it out of errors and logs.
            secret_url: true,
            to_api: self.to_api,
            ..Exchange::new(
                self.client,
                id,
                self.method.scopes,
                self.scopes.as_deref(),
                &self.policy,
            )
        };
        let (status, headers, body) = exchange
            .run(
                |attempt| {
                    let (range, body) = match attempt {
                        Attempt::First => (chunk_range.clone(), body.clone()),
                        Attempt::Again => (query_range.clone(), Bytes::new()),
                    };
                    let mut headers = HeaderMap::new();
                    headers.insert(CONTENT_RANGE, range);
                    Request {
                        method: Method::PUT,
                        url: self.url.clone(),
                        headers,
                        body: Some((body, None)),
                    }
                },
                |response| read_body(self.client, response),
            )
            .await?;
        tracing::debug!(status = status.as_u16(), range, "upload response");
        if status.is_success() {
            return Ok(ChunkOutcome::Done(Buffered {
                status,
                headers,
                body,
            }));
        }
        committed_offset(&headers)
            .map(ChunkOutcome::Committed)
            .map_err(|value| {
                violation(
                    id,
                    status,
                    "Range",
                    value,
                    "the server's Range header is not of the form `bytes=0-N`",
                )
            })
    }
}

/// The offset after the bytes a 308 answer says the server has: `Range: bytes=0-N` means N + 1,
/// no `Range` means none. On a malformed header, returns its value.
fn committed_offset(headers: &HeaderMap) -> Result<u64, &[u8]> {
    let Some(value) = headers.get(RANGE) else {
        return Ok(0);
    };
    let raw = value.as_bytes();
    let text = std::str::from_utf8(raw).map_err(|_| raw)?.trim();
    let spec = text.strip_prefix("bytes=").unwrap_or(text);
    let (first, last) = spec.split_once('-').ok_or(raw)?;
    if first.trim() != "0" {
        return Err(raw);
    }
    last.trim()
        .parse::<u64>()
        .ok()
        .and_then(|last| last.checked_add(1))
        .ok_or(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(value: &str) -> Result<u64, Vec<u8>> {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(RANGE, value);
        }
        committed_offset(&headers).map_err(<[u8]>::to_vec)
    }

    #[test]
    fn range_headers() {
        assert_eq!(range("bytes=0-0"), Ok(1));
        assert_eq!(range("bytes=0-262143"), Ok(262_144));
        assert_eq!(range(" 0-9 "), Ok(10));
        assert_eq!(committed_offset(&HeaderMap::new()), Ok(0));
        for bad in [
            "bytes=5-9",
            "bytes=0-",
            "bytes=0-x",
            "bytes=0-18446744073709551615",
            "junk",
        ] {
            assert!(range(bad).is_err(), "{bad}");
        }
    }

    /// `Range` headers of 308 answers made of their pieces: never a panic; an offset read is one
    /// past the last byte the header names.
    #[test]
    fn fuzz_range_headers() {
        let fragments: &[&[u8]] = &[
            b"bytes=",
            b"bytes",
            b"0",
            b"-",
            b"9",
            b"262143",
            b"18446744073709551615",
            b" ",
            b"=",
            b",",
            b"*",
            b"/",
            b"\xff",
        ];
        let mut hostile = crate::hostile_input::HostileInput::new(4);
        for _ in 0..20_000 {
            let raw = hostile.soup(fragments, 8);
            let mut headers = HeaderMap::new();
            if let Ok(value) = HeaderValue::from_bytes(&raw) {
                headers.insert(RANGE, value);
            }
            if let Ok(offset) = committed_offset(&headers) {
                if headers.contains_key(RANGE) {
                    assert!(offset >= 1, "{raw:?}");
                }
            }
        }
        hostile.report("Range");
    }
}
