//! Integration tests of pagination, media uploads and downloads, and batches, against local
//! servers: wiremock for plain request/answer exchanges, and a hand-written server that speaks the
//! resumable upload protocol and injects faults.
//!
//! One test binary (to keep link time down on small machines), one module per topic. The same
//! modules run again over `ReqwestTransport` (`tests/over_reqwest`).

mod batch;
mod common;
mod download;
mod pages;
mod resumable;
mod simple_upload;
// Shared with the upload benchmark (`bench/calls`), which uses the parts these tests do not.
#[allow(dead_code)]
#[path = "../support/upload_server.rs"]
mod upload_server;

/// What the clients of these tests send their requests with: the runtime's own hyper pool.
fn http_client() -> google_api_runtime::HttpClient {
    google_api_runtime::HttpClient::new()
}
