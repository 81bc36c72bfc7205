//! Integration tests of pagination, media uploads and downloads, and batches, against local
//! servers: wiremock for plain request/answer exchanges, and a hand-written server that speaks the
//! resumable upload protocol and injects faults.
//!
//! One test binary (to keep link time down on small machines), one module per topic.

mod batch;
mod common;
mod download;
mod pages;
mod resumable;
mod simple_upload;
// Shared with the upload benchmark, which uses the parts these tests do not.
#[allow(dead_code)]
#[path = "../support/upload_server.rs"]
mod upload_server;
