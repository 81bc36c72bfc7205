//! What comes back: typed values, empty bodies, API errors and decode errors.

use google_api_runtime::{Call, Error};
use serde::Deserialize;
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

#[derive(Debug, Deserialize, Default, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Thing {
    id: Option<String>,
    display_name: Option<String>,
    #[serde(default)]
    labels: Vec<Label>,
}

#[derive(Debug, Deserialize, Default, PartialEq)]
struct Label {
    name: Option<String>,
    count: Option<u32>,
}

async fn server_answering(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

fn get_thing(server: &MockServer) -> Call {
    let mut call = Call::new(&client(server), &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call
}

#[tokio::test]
async fn typed_decode() {
    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({
        "id": "t1", "displayName": "First", "labels": [{"name": "a", "count": 2}], "unknown": true
    })))
    .await;
    let thing: Thing = get_thing(&server).send().await.expect("decodes");
    assert_eq!(
        thing,
        Thing {
            id: Some("t1".into()),
            display_name: Some("First".into()),
            labels: vec![Label {
                name: Some("a".into()),
                count: Some(2)
            }],
        }
    );
}

#[tokio::test]
async fn empty_body_and_204_decode_as_empty_object() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    let thing: Thing = get_thing(&server).send().await.expect("empty body");
    assert_eq!(thing, Thing::default());

    let server = server_answering(ResponseTemplate::new(204)).await;
    let thing: Thing = get_thing(&server).send().await.expect("204");
    assert_eq!(thing, Thing::default());
    get_thing(&server).send_empty().await.expect("204");
}

#[tokio::test]
async fn send_empty_ignores_the_body() {
    let server = server_answering(ResponseTemplate::new(200).set_body_string("not json")).await;
    get_thing(&server).send_empty().await.expect("body ignored");
}

#[tokio::test]
async fn api_error_details_are_reachable() {
    let server = server_answering(
        ResponseTemplate::new(404)
            .insert_header("x-debug-id", "abc")
            .set_body_json(json!({"error": {
                "code": 404,
                "message": "Requested entity was not found.",
                "status": "NOT_FOUND",
                "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "THING_MISSING",
                             "domain": "example.googleapis.com"}],
                "errors": [{"message": "Requested entity was not found.", "domain": "global", "reason": "notFound"}]
            }})),
    )
    .await;
    let err = get_thing(&server)
        .send::<Thing>()
        .await
        .expect_err("404 is an error");
    assert_eq!(err.method_id(), "example.things.get");
    assert_eq!(err.status(), Some(http::StatusCode::NOT_FOUND));
    assert!(!err.is_retryable());
    assert_eq!(
        err.to_string(),
        "example.things.get: HTTP 404 Not Found (NOT_FOUND): Requested entity was not found."
    );
    let api = err.as_api_error().expect("an API error");
    assert_eq!(api.code, Some(404));
    assert_eq!(api.status_text.as_deref(), Some("NOT_FOUND"));
    assert_eq!(api.reason(), Some("notFound"));
    assert_eq!(api.errors[0].domain.as_deref(), Some("global"));
    assert_eq!(
        api.detail("google.rpc.ErrorInfo")
            .and_then(|d| d["reason"].as_str()),
        Some("THING_MISSING")
    );
    assert_eq!(
        api.headers.get("x-debug-id").and_then(|v| v.to_str().ok()),
        Some("abc")
    );
    assert!(api.body_text().contains("THING_MISSING"));
    assert!(!format!("{err} {err:?}").contains(TOKEN));
}

#[tokio::test]
async fn html_error_body_is_tolerated() {
    let server = server_answering(
        ResponseTemplate::new(400).set_body_raw("<html><title>Bad</title></html>", "text/html"),
    )
    .await;
    let err = get_thing(&server).send_empty().await.expect_err("400");
    let api = err.as_api_error().expect("an API error");
    assert_eq!(api.message, "Bad Request");
    assert_eq!(api.code, None);
    assert_eq!(
        err.to_string(),
        "example.things.get: HTTP 400 Bad Request: Bad Request"
    );
}

#[tokio::test]
async fn decode_error_has_path_and_snippet() {
    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({
        "id": "t1", "labels": [{"name": "a", "count": 1}, {"name": "b", "count": "many"}]
    })))
    .await;
    let err = get_thing(&server)
        .send::<Thing>()
        .await
        .expect_err("bad count");
    let Error::Decode {
        method_id,
        status,
        path,
        snippet,
        ..
    } = &err
    else {
        panic!("expected a decode error, got {err:?}");
    };
    assert_eq!(*method_id, "example.things.get");
    assert_eq!(*status, http::StatusCode::OK);
    assert_eq!(path, "labels[1].count");
    assert!(snippet.contains("many"), "{snippet}");
    assert!(err.to_string().contains("at `labels[1].count`"), "{err}");
    assert!(std::error::Error::source(&err).is_some());
}

#[tokio::test]
async fn decode_error_snippet_is_bounded() {
    let mut labels: Vec<serde_json::Value> = (0..500)
        .map(|i| json!({"name": format!("label-{i}"), "count": i}))
        .collect();
    labels.push(json!({"name": "bad", "count": -1}));
    let server =
        server_answering(ResponseTemplate::new(200).set_body_json(json!({ "labels": labels })))
            .await;
    let Err(Error::Decode { path, snippet, .. }) = get_thing(&server).send::<Thing>().await else {
        panic!("expected a decode error");
    };
    assert_eq!(path, "labels[500].count");
    assert!(snippet.len() < 300, "{} bytes", snippet.len());
    assert!(snippet.contains("-1"), "{snippet}");
}
