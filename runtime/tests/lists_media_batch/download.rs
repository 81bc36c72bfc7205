//! `Call::download`: `alt=media` on the wire, the body as a stream.

use futures::StreamExt;
use google_api_runtime::{Call, Client, Error};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

fn get(client: &Client) -> Call {
    let mut call = Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call.query("acknowledgeAbuse", "true");
    call
}

fn media() -> Vec<u8> {
    (0..3_000_000u32).map(|i| (i % 253) as u8).collect()
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/example/v1/users/me/things/t1"))
        .and(query_param("alt", "media"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(media(), "image/png"))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn streams_the_media() {
    let server = server().await;
    let (_, client) = client(&server.uri());
    let future = get(&client).download();
    assert_send(&future);
    let mut download = future.await.expect("download starts");
    assert_send_unpin(&download);
    assert_eq!(download.content_type(), Some("image/png"));
    assert_eq!(download.content_length(), Some(3_000_000));
    let mut received = Vec::new();
    let mut chunks = 0;
    while let Some(chunk) = download.next().await {
        received.extend_from_slice(&chunk.expect("chunk"));
        chunks += 1;
    }
    assert!(chunks > 1, "the body arrives in pieces");
    assert_eq!(received, media());

    let seen = server.received_requests().await.unwrap_or_default();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].url.query(),
        Some("acknowledgeAbuse=true&alt=media&prettyPrint=false")
    );
}

#[tokio::test]
async fn bytes_reads_it_all() {
    let server = server().await;
    let (_, client) = client(&server.uri());
    let download = get(&client).download().await.expect("download starts");
    assert_eq!(download.bytes().await.expect("body"), media());
}

#[tokio::test]
async fn an_error_status_is_an_api_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({
            "error": {"code": 404, "message": "No such thing.", "status": "NOT_FOUND"}
        })))
        .mount(&server)
        .await;
    let (_, client) = client(&server.uri());
    let err = get(&client).download().await.expect_err("not found");
    let Error::Api(api) = &err else {
        panic!("expected an API error, got {err:?}");
    };
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.message, "No such thing.");
}
