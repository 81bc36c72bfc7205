//! How far an upload has come: [`UploadProgress`], and the callback a call reports it to.

use std::sync::Arc;

/// How far an upload has come, as told to the callback given to
/// a call builder's `on_upload_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct UploadProgress {
    /// The bytes of media the server has confirmed so far.
    pub bytes_sent: u64,
    /// The size of the whole media, when it is known.
    pub total: Option<u64>,
}

/// The callback a call's upload tells its progress, if one was given; shared by the clones of
/// the call.
#[derive(Clone, Default)]
pub(crate) struct ProgressReport(Option<Arc<dyn Fn(UploadProgress) + Send + Sync>>);

impl ProgressReport {
    /// Calls `callback` from now on.
    pub(crate) fn set(&mut self, callback: impl Fn(UploadProgress) + Send + Sync + 'static) {
        self.0 = Some(Arc::new(callback));
    }

    /// Calls the callback, if there is one.
    pub(crate) fn report(&self, bytes_sent: u64, total: Option<u64>) {
        if let Some(callback) = &self.0 {
            callback(UploadProgress { bytes_sent, total });
        }
    }
}
