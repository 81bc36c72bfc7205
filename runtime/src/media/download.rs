//! Media downloads: [`Call::download`] and the byte stream it returns, [`Download`].

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_util::stream::{BoxStream, Stream, StreamExt};
use http::header::CONTENT_TYPE;

use crate::transport::Response;
use crate::{Call, Error};

/// The most memory [`Download::bytes`] sets aside up front, whatever `Content-Length` says.
const MAX_PREALLOCATION: u64 = 64 << 20;

impl Call {
    /// Asks for the media itself (`alt=media`) instead of its metadata, and returns the body as a
    /// stream of bytes once the server has answered with success.
    ///
    /// Failures before the answer arrives are retried like any other call; once the body is
    /// streaming, a failure ends the stream with [`Error::Transport`] and nothing is retried.
    pub async fn download(mut self) -> Result<Download, Error> {
        self.query("alt", "media");
        let method_id = self.method().id;
        let response = self.send_raw().await?;
        Ok(Download::new(method_id, response))
    }
}

/// The body of a media download, as a [`Stream`] of byte chunks.
///
/// Chunks arrive as the network delivers them, so a large download never has to fit in memory.
/// A failure while reading ends the stream with an [`Error::Transport`].
pub struct Download {
    method_id: &'static str,
    content_type: Option<String>,
    content_length: Option<u64>,
    body: BoxStream<'static, Result<Bytes, Error>>,
}

impl Download {
    fn new(method_id: &'static str, response: Response) -> Self {
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let content_length = response.content_length();
        let body = response
            .into_stream()
            .map(move |chunk| chunk.map_err(|e| Error::transport(method_id, e)))
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

    /// The size of the body the server announced (`Content-Length`), if any.
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
