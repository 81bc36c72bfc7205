//! Pagination, uploads (simple, multipart, resumable with injected faults), downloads (redirects,
//! ranges, resumption) and batches, run again with every request sent through a caller's
//! `reqwest::Client` (`ReqwestTransport`): the same test modules as `tests/paging_media_batch`,
//! whose clients take their HTTP client from [`http_client`].

mod auth_and_recording;
#[path = "../paging_media_batch/batch.rs"]
mod batch;
#[path = "../paging_media_batch/common.rs"]
mod common;
#[path = "../paging_media_batch/download.rs"]
mod download;
#[path = "../paging_media_batch/pages.rs"]
mod pages;
mod redirects;
#[path = "../paging_media_batch/resumable.rs"]
mod resumable;
#[path = "../paging_media_batch/simple_upload.rs"]
mod simple_upload;
#[allow(dead_code)]
#[path = "../support/upload_server.rs"]
mod upload_server;

use google_api_runtime::transport::ReqwestTransport;
use google_api_runtime::HttpClient;

/// A reqwest client as a service would build its own; `from_builder` leaves redirects to the
/// runtime.
fn http_client() -> HttpClient {
    let builder = reqwest::Client::builder().user_agent("a-service/1.0");
    HttpClient::from_transport(ReqwestTransport::from_builder(builder).expect("a reqwest client"))
}
