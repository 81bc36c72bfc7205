//! The builder side of uploads: attaching media to a call's [`Attached`], with the checks made
//! before anything is sent. A refusal is returned for the call to report when it is sent.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::HeaderValue;

use super::resumable::ResumableMedia;
use super::{accept, Attached, Kind, MediaUpload, UploadProgress, UploadSource};

/// Why media cannot be attached: the parameter at fault, if one is, and the reason.
pub(crate) struct Refusal {
    pub parameter: Option<&'static str>,
    pub message: String,
}

impl Refusal {
    fn new(parameter: Option<&'static str>, message: impl Into<String>) -> Self {
        Refusal {
            parameter,
            message: message.into(),
        }
    }
}

impl Attached {
    /// Attaches `data` for the simple protocol; returns the path the call then goes to.
    pub(crate) fn attach_simple(
        &mut self,
        spec: &'static MediaUpload,
        data: Bytes,
        content_type: &str,
    ) -> Result<&'static str, Refusal> {
        let Some(path) = spec.simple_path else {
            return Err(Refusal::new(
                None,
                "this method has no simple upload protocol; use a resumable upload",
            ));
        };
        let content_type = check(spec, content_type, Some(len(&data)))?;
        self.kind = Some(Kind::Simple { data, content_type });
        Ok(path)
    }

    /// Attaches `source` for the resumable protocol; returns the path the call then goes to:
    /// `spec.simple_path`, or `spec.resumable_path` for a method without one, as Google's Go and
    /// Python clients do (the document's resumable path is refused by Cloud Storage and its
    /// emulators).
    pub(crate) fn attach_resumable(
        &mut self,
        spec: &'static MediaUpload,
        source: UploadSource,
        content_type: &str,
    ) -> Result<&'static str, Refusal> {
        let (Some(resumable_path), simple_path) = (spec.resumable_path, spec.simple_path) else {
            return Err(Refusal::new(
                None,
                "this method has no resumable upload protocol; use a simple upload",
            ));
        };
        let content_type = check(spec, content_type, source.size())?;
        let media = ResumableMedia::new(source, content_type, spec.max_size);
        self.kind = Some(Kind::Resumable(Arc::new(media)));
        Ok(simple_path.unwrap_or(resumable_path))
    }

    /// Sets the size of a resumable upload's chunks, rounded up to a multiple of 256 KiB.
    pub(crate) fn set_chunk_size(&mut self, bytes: usize) {
        self.chunks.set_chunk_size(bytes);
    }

    /// Bounds the time spent retrying one chunk of a resumable upload.
    pub(crate) fn set_chunk_retry_deadline(&mut self, deadline: Duration) {
        self.chunks.chunk_retry_deadline = Some(deadline);
    }

    /// Calls `callback` as the upload makes progress.
    pub(crate) fn set_progress(
        &mut self,
        callback: impl Fn(UploadProgress) + Send + Sync + 'static,
    ) {
        self.progress.set(callback);
    }
}

/// Checks `content_type` and `size` against `spec`; returns the content type as a header value
/// when both are fine.
fn check(
    spec: &'static MediaUpload,
    content_type: &str,
    size: Option<u64>,
) -> Result<HeaderValue, Refusal> {
    let Ok(value) = HeaderValue::from_str(content_type) else {
        return Err(Refusal::new(
            Some("content_type"),
            format!("{content_type:?} cannot be sent as an HTTP header"),
        ));
    };
    if !accept::accepts(spec.accept, content_type) {
        return Err(Refusal::new(
            Some("content_type"),
            format!(
                "the media type {content_type:?} is not accepted by this method (it accepts {})",
                spec.accept.join(", ")
            ),
        ));
    }
    if let (Some(size), Some(max)) = (size, spec.max_size) {
        if size > max {
            return Err(Refusal::new(
                None,
                format!("the media is {size} bytes, more than this method's limit of {max} bytes"),
            ));
        }
    }
    Ok(value)
}

/// The length of `data` as a `u64`.
fn len(data: &Bytes) -> u64 {
    u64::try_from(data.len()).unwrap_or(u64::MAX)
}
