//! The media side of a call's builder: uploads attached to it, and its download. The checks and
//! the protocols themselves live in [`crate::media`]; these methods record a refusal for `send`
//! to report, as every other builder method does.

use std::ops::RangeBounds;
use std::time::Duration;

use bytes::Bytes;
use futures_util::future::BoxFuture;

use super::Call;
use crate::media::{ByteRange, MediaUpload, Refusal, UploadProgress, UploadSource};
use crate::trace::CallSpan;
use crate::{Download, Error};

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
        let attached = self.media.attach_simple(spec, data, content_type);
        self.attached(attached);
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
        let attached = self.media.attach_resumable(spec, source, content_type);
        self.attached(attached);
    }

    /// Goes to the upload path of media just attached, or records why it was refused.
    fn attached(&mut self, attached: Result<&'static str, Refusal>) {
        match attached {
            Ok(path) => self.set_path(path),
            Err(refusal) => self.defer(refusal.parameter, refusal.message),
        }
    }

    /// Sets the size of the chunks of a resumable upload, rounded up to a multiple of 256 KiB
    /// (the protocol's unit). The default is 8 MiB. Larger chunks mean fewer requests; smaller
    /// ones less to send again after a failure, and less memory.
    pub fn upload_chunk_size(&mut self, bytes: usize) {
        self.media.set_chunk_size(bytes);
    }

    /// Bounds the time spent retrying one chunk of a resumable upload (Go's
    /// `ChunkRetryDeadline`): once the attempts at a chunk have taken `deadline`, no further
    /// one starts and the upload fails with the last error. Default 32 seconds; the call's retry
    /// policy decides the rest (which failures, how many attempts, the backoff).
    pub fn upload_chunk_retry_deadline(&mut self, deadline: Duration) {
        self.media.set_chunk_retry_deadline(deadline);
    }

    /// Calls `callback` as an upload makes progress: after each chunk of a resumable upload the
    /// server confirms, and once a simple upload has succeeded. The values never decrease, and
    /// the last one of a successful upload has `bytes_sent` equal to the size of the media.
    pub fn on_progress(&mut self, callback: impl Fn(UploadProgress) + Send + Sync + 'static) {
        self.media.set_progress(callback);
    }

    /// Asks a download for part of the media only, in bytes: `.range(100..200)`,
    /// `.range(1024..)`, `.range(..=99)`. The server answers `206 Partial Content`; an answer
    /// that does not start at the first byte asked for fails the download. An empty range is
    /// refused before anything is sent.
    pub fn range(&mut self, range: impl RangeBounds<u64>) {
        match ByteRange::from_bounds(range) {
            Some(range) => self.range = Some(range),
            None => self.defer(None, "the byte range to download is empty".to_owned()),
        }
    }

    /// Asks for the media itself (`alt=media`) instead of its metadata, and returns the body as a
    /// stream of bytes once the server has answered with success.
    ///
    /// Failures before the answer arrives are retried like any other call, and redirects are
    /// followed (at most ten; a hop to another host gets no credential). When the body breaks off
    /// (a lost connection, a stall longer than the client's time limit), the download asks for the
    /// rest with `Range` and the stream goes on where it stopped, within the call's retry policy
    /// (as many attempts without progress as the policy allows); a server that answers from
    /// another byte than the one asked for ends the stream with [`Error::Protocol`].
    pub async fn download(mut self) -> Result<Download, Error> {
        self.query("alt", "media");
        self.open_download().await
    }

    /// Prepares the call and fetches the first answer. A boxed future from a function that is not
    /// generic, compiled once here.
    fn open_download(self) -> BoxFuture<'static, Result<Download, Error>> {
        let span = CallSpan::open(&self.client, self.method);
        Box::pin(async move {
            let call = &self;
            span.run(
                || {
                    call.prepare_unless(
                        call.media.is_attached(),
                        "a call with media attached is sent with `send`, not downloaded",
                    )
                },
                |prepared| {
                    crate::media::open_download(
                        call.client.clone(),
                        call.method,
                        prepared,
                        call.range,
                    )
                },
            )
            .await
        })
    }
}
