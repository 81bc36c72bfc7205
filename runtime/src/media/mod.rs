//! Media: uploads with Google's simple and resumable protocols, and downloads.
//!
//! - a call builder's `upload` attaches bytes held in memory, sent in one request:
//!   `multipart/related` (the JSON metadata, then the media) when the call has a request body,
//!   the media alone (`uploadType=media`) otherwise.
//! - a call builder's `upload_resumable` attaches an [`UploadSource`], sent
//!   with the resumable protocol: a session is started, then the media goes up in chunks; after a
//!   failure the server is asked how much it has, and the upload goes on from exactly there.
//! - a call builder's `download` asks for the media itself (`alt=media`) and returns
//!   it as a stream of bytes, a [`Download`].
//!
//! The facts of a method's media upload come from its discovery document, as a [`MediaUpload`].

mod accept;
mod attach;
mod download;
mod multipart;
mod progress;
mod resumable;
mod source;

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use http::{HeaderMap, HeaderValue};

use crate::exchange::{self, Body, Buffered, Prepared};
use crate::{Client, Error, MethodInfo};

pub(crate) use attach::Refusal;
pub(crate) use download::{open as open_download, ByteRange};
pub use download::{Download, MAX_REDIRECTS};
pub(crate) use multipart::boundary;
pub use progress::UploadProgress;
pub use source::UploadSource;

use progress::ProgressReport;
use resumable::ChunkSettings;

/// The static facts of a method's `mediaUpload` in its discovery document, emitted by generated
/// code as a `static`. Plumbing for generated code, hidden from the docs.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaUpload {
    /// The path of the simple protocol (`protocols.simple.path`), starting with `/` and so
    /// relative to the root URL, for example `/upload/gmail/v1/users/{userId}/messages/send`.
    pub simple_path: Option<&'static str>,
    /// The path of the resumable protocol (`protocols.resumable.path`), like `simple_path`.
    pub resumable_path: Option<&'static str>,
    /// The media types the method accepts: exact types (`image/png`), a type with any subtype
    /// (`message/*`), or anything (`*/*`). An empty list accepts every type.
    pub accept: &'static [&'static str],
    /// The largest media the method accepts, in bytes, if the document says.
    pub max_size: Option<u64>,
    /// Whether the simple protocol accepts `multipart/related` (metadata and media together).
    pub multipart: bool,
}

/// The media a call carries (none, simple or resumable), the settings of a resumable upload, and
/// how to report progress on it.
#[derive(Clone, Default)]
pub(crate) struct Attached {
    kind: Option<Kind>,
    /// The chunk size and the retry deadline of each chunk, for the resumable protocol.
    chunks: ChunkSettings,
    progress: ProgressReport,
}

/// Which protocol the attached media goes with.
#[derive(Clone)]
enum Kind {
    /// The simple protocol: the media is sent whole, with the metadata if there is any.
    Simple {
        data: Bytes,
        content_type: HeaderValue,
    },
    /// The resumable protocol; the source is shared by the clones of the call and used once.
    Resumable(Arc<resumable::ResumableMedia>),
}

impl Attached {
    /// Whether media is attached.
    pub(crate) fn is_attached(&self) -> bool {
        self.kind.is_some()
    }

    /// Whether media is attached for the resumable protocol.
    pub(crate) fn is_resumable(&self) -> bool {
        matches!(self.kind, Some(Kind::Resumable(_)))
    }

    /// The `uploadType` the call must carry, given whether it has a JSON body.
    pub(crate) fn upload_type(&self, has_json_body: bool) -> Option<&'static str> {
        match &self.kind {
            None => None,
            Some(Kind::Simple { .. }) if has_json_body => Some("multipart"),
            Some(Kind::Simple { .. }) => Some("media"),
            Some(Kind::Resumable(_)) => Some("resumable"),
        }
    }

    /// The body of the (first) request: the JSON body alone, or combined with simple media.
    pub(crate) fn request_body(&self, json: Option<&Body>) -> Option<Body> {
        match &self.kind {
            Some(Kind::Simple { data, content_type }) => Some(match json {
                Some(metadata) => multipart::related(metadata, data, content_type),
                None => Body {
                    bytes: data.clone(),
                    content_type: content_type.clone(),
                },
            }),
            None | Some(Kind::Resumable(_)) => json.cloned(),
        }
    }

    /// Headers of the (first) request beyond the standard ones.
    pub(crate) fn request_headers(&self) -> HeaderMap {
        match &self.kind {
            Some(Kind::Resumable(attachment)) => attachment.session_headers(),
            None | Some(Kind::Simple { .. }) => HeaderMap::new(),
        }
    }
}

impl fmt::Debug for Attached {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            None => f.write_str("None"),
            Some(Kind::Simple { data, content_type }) => f
                .debug_struct("Simple")
                .field("len", &data.len())
                .field("content_type", content_type)
                .finish(),
            Some(Kind::Resumable(attachment)) => f
                .debug_struct("Resumable")
                .field("attachment", attachment)
                .field("chunk_size", &self.chunks.chunk_size)
                .finish(),
        }
    }
}

/// Sends a call of `method` that carries `media`; `prepared` is its first request.
pub(crate) async fn send(
    client: &Client,
    method: &'static MethodInfo,
    prepared: Prepared,
    media: &Attached,
) -> Result<Buffered, Error> {
    match &media.kind {
        Some(Kind::Resumable(resumable)) => {
            resumable::upload(
                client,
                method,
                prepared,
                resumable,
                &media.chunks,
                &media.progress,
            )
            .await
        }
        Some(Kind::Simple { data, .. }) => {
            let answer = exchange::buffered(client, method, &prepared).await?;
            let len = u64::try_from(data.len()).unwrap_or(u64::MAX);
            media.progress.report(len, Some(len));
            Ok(answer)
        }
        None => exchange::buffered(client, method, &prepared).await,
    }
}
