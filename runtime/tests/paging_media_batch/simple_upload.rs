//! The simple upload protocol (media alone, or multipart/related with metadata), and uploads
//! refused before anything is sent.

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use google_api_runtime::{Call, Client, Error, MediaUpload, UploadProgress, UploadSource};
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "thing-1"})))
        .mount(&server)
        .await;
    server
}

fn insert(client: &Client) -> Call {
    let mut call = Call::new(client, &INSERT_THING);
    call.path_param("userId", "me");
    call.query("visibility", "private");
    call
}

async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut seen = server.received_requests().await.unwrap_or_default();
    assert_eq!(seen.len(), 1, "exactly one request");
    seen.remove(0)
}

fn header<'a>(request: &'a wiremock::Request, name: &str) -> &'a str {
    request
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn media_only_upload() {
    let server = server().await;
    let (_, client) = client(&server.uri());
    let progress = Arc::new(Mutex::new(Vec::new()));
    let seen = progress.clone();
    let mut call = insert(&client);
    call.upload(
        &INSERT_UPLOAD,
        Bytes::from_static(b"\x89PNG..."),
        "image/png",
    );
    call.on_progress(move |p: UploadProgress| seen.lock().expect("lock").push(p));
    let answer: Value = call.send().await.expect("uploaded");
    assert_eq!(answer, json!({"id": "thing-1"}));

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/upload/example/v1/users/me/things");
    assert_eq!(
        request.url.query(),
        Some("visibility=private&uploadType=media&prettyPrint=false")
    );
    assert_eq!(header(&request, "content-type"), "image/png");
    assert_eq!(header(&request, "authorization"), format!("Bearer {TOKEN}"));
    assert_eq!(request.body, b"\x89PNG...");
    let progress = progress.lock().expect("lock").clone();
    assert_eq!(progress.len(), 1);
    assert_eq!((progress[0].bytes_sent, progress[0].total), (7, Some(7)));
}

#[tokio::test]
async fn multipart_upload_carries_metadata_then_media() {
    let server = server().await;
    let (_, client) = client(&server.uri());
    let mut call = insert(&client);
    call.json_body(&json!({"name": "note", "labels": ["x"]}));
    call.upload(
        &INSERT_UPLOAD,
        Bytes::from_static(b"Subject: hi\r\n\r\nbody\r\n"),
        "message/rfc822",
    );
    call.send_empty().await.expect("uploaded");

    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/upload/example/v1/users/me/things");
    assert_eq!(
        request.url.query(),
        Some("visibility=private&uploadType=multipart&prettyPrint=false")
    );
    let content_type = header(&request, "content-type");
    let boundary = content_type
        .strip_prefix("multipart/related; boundary=")
        .unwrap_or_else(|| panic!("unexpected content type {content_type}"));
    assert!(!boundary.is_empty());
    let expected = format!(
        "--{boundary}\r\n\
         Content-Type: application/json\r\n\
         \r\n\
         {{\"labels\":[\"x\"],\"name\":\"note\"}}\r\n\
         --{boundary}\r\n\
         Content-Type: message/rfc822\r\n\
         \r\n\
         Subject: hi\r\n\r\nbody\r\n\r\n\
         --{boundary}--"
    );
    assert_eq!(String::from_utf8_lossy(&request.body), expected);
    assert_eq!(
        header(&request, "content-length"),
        expected.len().to_string()
    );
}

/// Asserts that `call` is refused with an invalid argument mentioning `words`, and that nothing
/// (not even a credential request) happened.
async fn refused(call: Call, words: &str) {
    let err = call.send_empty().await.expect_err("refused");
    let Error::InvalidArgument { message, .. } = &err else {
        panic!("expected an invalid argument, got {err:?}");
    };
    assert!(message.contains(words), "{message:?} lacks {words:?}");
    assert!(err.to_string().starts_with("example.things.insert: "));
}

#[tokio::test]
async fn refusals_happen_before_anything_is_sent() {
    let server = server().await;
    let (recorder, client) = client(&server.uri());

    let mut call = insert(&client);
    call.upload(&INSERT_UPLOAD, Bytes::from_static(b"x"), "text/plain");
    refused(call, "not accepted").await;

    let mut call = insert(&client);
    call.upload_resumable(
        &INSERT_UPLOAD,
        UploadSource::from_bytes(Bytes::from_static(b"x")),
        "image/jpeg; charset=x",
    );
    refused(call, "not accepted").await;

    static SMALL: MediaUpload = MediaUpload {
        max_size: Some(4),
        ..INSERT_UPLOAD
    };
    let mut call = insert(&client);
    call.upload(&SMALL, Bytes::from_static(b"12345"), "image/png");
    refused(call, "limit of 4 bytes").await;

    let mut call = insert(&client);
    let source = UploadSource::from_stream(futures::stream::empty(), Some(1 << 40));
    call.upload_resumable(&SMALL, source, "IMAGE/PNG");
    refused(call, "limit of 4 bytes").await;

    let mut call = insert(&client);
    call.upload(&INSERT_UPLOAD, Bytes::new(), "image/png\n");
    refused(call, "HTTP header").await;

    static RESUMABLE_ONLY: MediaUpload = MediaUpload {
        simple_path: None,
        ..INSERT_UPLOAD
    };
    let mut call = insert(&client);
    call.upload(&RESUMABLE_ONLY, Bytes::new(), "image/png");
    refused(call, "no simple upload").await;

    assert_eq!(recorder.count(), 0, "no credential was asked for");
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

#[tokio::test]
async fn a_source_of_unknown_size_is_stopped_past_the_limit() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Location", format!("{}/session?upload_id=1", server.uri())),
        )
        .mount(&server)
        .await;
    let (_, client) = client(&server.uri());
    static SMALL: MediaUpload = MediaUpload {
        max_size: Some(300 << 10),
        ..INSERT_UPLOAD
    };
    let mut call = insert(&client);
    let data = Bytes::from(vec![7u8; 400 << 10]);
    call.upload_resumable(
        &SMALL,
        UploadSource::from_stream(futures::stream::iter([Ok(data)]), None),
        "image/png",
    );
    call.upload_chunk_size(512 << 10);
    refused(call, "limit of 307200 bytes").await;
    // Only the session was started: no media byte left.
    let seen = server.received_requests().await.unwrap_or_default();
    assert_eq!(seen.len(), 1);
    assert!(seen[0].body.is_empty());
}
