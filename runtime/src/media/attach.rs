//! The builder side of uploads: attaching media to a [`Call`], with the checks made before
//! anything is sent.

use std::sync::Arc;

use bytes::Bytes;
use http::HeaderValue;

use super::{accept, resumable, Kind, MediaUpload, UploadProgress, UploadSource, CHUNK_GRANULE};
use crate::Call;

impl Call {
    /// Attaches `data` for the simple upload protocol, sent whole by
    /// [`send`](Call::send) or [`send_empty`](Call::send_empty): as `multipart/related` (the
    /// JSON request body as metadata, then the media) when the call has a request body, as the
    /// media alone (`uploadType=media`) otherwise. The call then goes to `spec.simple_path`.
    ///
    /// A `content_type` outside `spec.accept`, data larger than `spec.max_size`, or a method
    /// without a simple upload path makes `send` return
    /// [`Error::InvalidArgument`](crate::Error::InvalidArgument) before anything is sent.
    pub fn upload(&mut self, spec: &'static MediaUpload, data: Bytes, content_type: &str) {
        let Some(path) = spec.simple_path else {
            self.defer(
                None,
                "this method has no simple upload protocol; use a resumable upload".to_owned(),
            );
            return;
        };
        let Some(content_type) = self.check_media(spec, content_type, Some(len(&data))) else {
            return;
        };
        self.set_path(path);
        self.media.kind = Some(Kind::Simple { data, content_type });
    }

    /// Attaches `source` for the resumable upload protocol (`uploadType=resumable`), sent by
    /// [`send`](Call::send) or [`send_empty`](Call::send_empty) to `spec.simple_path` (or
    /// `spec.resumable_path` for a method without one), as Google's Go and Python clients do: the
    /// document's resumable path (`/resumable/upload/...`) is refused by Cloud Storage and its
    /// emulators.
    ///
    /// Sending starts an upload session (with the JSON request body as metadata, if there is one,
    /// and the media's type and size in `X-Upload-Content-Type` and `X-Upload-Content-Length`),
    /// then sends the media in chunks (see [`upload_chunk_size`](Call::upload_chunk_size)). After
    /// a failed chunk (HTTP 429 or 5xx, a dropped connection, an answer cut short) it asks the
    /// server how many bytes it has and goes on from exactly there, so that no byte is sent twice
    /// unless the server asks for it again, and none is skipped. It gives up after as many
    /// failures without progress as the client's [`RetryPolicy`](crate::RetryPolicy) allows
    /// attempts, waiting between them as the policy says. One chunk of the source is held in
    /// memory (two for a moment when the server kept only part of a chunk and the rest is carried
    /// over into the next one).
    ///
    /// The server chooses the session URL. One on another scheme, host or port than the API's
    /// gets no credential, no quota project and none of the client's extra headers. When the
    /// server answers 404 or 410 from the session (it expired or was cancelled), the upload starts
    /// over once in a new session, if the source can be read again from its start (bytes, or a
    /// regular file); otherwise the error is returned.
    ///
    /// A failure to read the source ends the upload with
    /// [`Error::InvalidArgument`](crate::Error::InvalidArgument) carrying the I/O error's message,
    /// and so does a source that holds more or fewer bytes than its declared size (found before
    /// the last chunk is sent, so the server never completes the wrong media). A server that
    /// breaks the protocol (no session URL, a `Range` it cannot have, an offset that moves back)
    /// ends it with [`Error::Protocol`](crate::Error::Protocol) naming the header at fault.
    ///
    /// The source is read once: clones of the call share it, and sending a second time returns
    /// [`Error::InvalidArgument`](crate::Error::InvalidArgument). A `content_type` outside
    /// `spec.accept`, a known size larger than `spec.max_size`, or a method without a resumable
    /// upload path is refused the same way before anything is sent; a source of unknown size is
    /// stopped, with the same error, as soon as it grows past `spec.max_size`.
    pub fn upload_resumable(
        &mut self,
        spec: &'static MediaUpload,
        source: UploadSource,
        content_type: &str,
    ) {
        if spec.resumable_path.is_none() {
            self.defer(
                None,
                "this method has no resumable upload protocol; use a simple upload".to_owned(),
            );
            return;
        }
        let Some(path) = spec.simple_path.or(spec.resumable_path) else {
            return;
        };
        let Some(content_type) = self.check_media(spec, content_type, source.size()) else {
            return;
        };
        self.set_path(path);
        let attachment = resumable::Attachment::new(source, content_type, spec.max_size);
        self.media.kind = Some(Kind::Resumable(Arc::new(attachment)));
    }

    /// Sets the size of the chunks of a resumable upload, rounded up to a multiple of 256 KiB
    /// (the protocol's unit). The default is 8 MiB. Larger chunks mean fewer requests; smaller
    /// ones less to send again after a failure, and less memory.
    pub fn upload_chunk_size(&mut self, bytes: usize) {
        let granules = bytes.div_ceil(CHUNK_GRANULE).max(1);
        self.media.chunk_size = Some(granules.saturating_mul(CHUNK_GRANULE));
    }

    /// Bounds the time spent retrying one chunk of a resumable upload (Go's
    /// `ChunkRetryDeadline`): once the attempts at a chunk have taken `deadline`, no further
    /// one starts and the upload fails with the last error. Default 32 seconds; the call's retry
    /// policy decides the rest (which failures, how many attempts, the backoff).
    pub fn upload_chunk_retry_deadline(&mut self, deadline: std::time::Duration) {
        self.media.chunk_retry_deadline = Some(deadline);
    }

    /// Calls `callback` as an upload makes progress: after each chunk of a resumable upload the
    /// server confirms, and once a simple upload has succeeded. The values never decrease, and
    /// the last one of a successful upload has `bytes_sent` equal to the size of the media.
    pub fn on_progress(&mut self, callback: impl Fn(UploadProgress) + Send + Sync + 'static) {
        self.media.progress = Some(Arc::new(callback));
    }

    /// Checks `content_type` and `size` against `spec`, recording the first problem for `send`;
    /// returns the content type as a header value when both are fine.
    fn check_media(
        &mut self,
        spec: &'static MediaUpload,
        content_type: &str,
        size: Option<u64>,
    ) -> Option<HeaderValue> {
        let Ok(value) = HeaderValue::from_str(content_type) else {
            self.defer(
                Some("content_type"),
                format!("{content_type:?} cannot be sent as an HTTP header"),
            );
            return None;
        };
        if !accept::accepts(spec.accept, content_type) {
            self.defer(
                Some("content_type"),
                format!(
                    "the media type {content_type:?} is not accepted by this method (it accepts {})",
                    spec.accept.join(", ")
                ),
            );
            return None;
        }
        if let (Some(size), Some(max)) = (size, spec.max_size) {
            if size > max {
                self.defer(
                    None,
                    format!(
                        "the media is {size} bytes, more than this method's limit of {max} bytes"
                    ),
                );
                return None;
            }
        }
        Some(value)
    }
}

/// The length of `data` as a `u64`.
fn len(data: &Bytes) -> u64 {
    u64::try_from(data.len()).unwrap_or(u64::MAX)
}
