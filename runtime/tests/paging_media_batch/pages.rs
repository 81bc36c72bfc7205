//! `Call::pages` and `Call::items`: repeated calls with each page token, parameters kept, and the
//! ways a list ends.

use futures::{StreamExt, TryStreamExt};
use google_api_runtime::{Call, Client, Error, Items, Pages};
use serde::Deserialize;
use serde_json::json;
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

#[derive(Debug, Deserialize, PartialEq)]
struct ThingList {
    items: Option<Vec<u32>>,
    #[serde(rename = "nextPageToken")]
    next_page_token: Option<String>,
}

fn next(page: &ThingList) -> Option<&str> {
    page.next_page_token.as_deref()
}

fn items(page: ThingList) -> Vec<u32> {
    page.items.unwrap_or_default()
}

/// A list call with two caller parameters, one of them repeated.
fn list(client: &Client) -> Call {
    let mut call = Call::new(client, &LIST_THINGS);
    call.path_param("userId", "me");
    call.query("maxResults", "2");
    call.query_repeated("label", ["a".to_owned(), "b c".to_owned()]);
    call
}

/// Answers the page asked for by `pageToken` (none for the first) with `body`.
async fn page(server: &MockServer, token: Option<&str>, body: serde_json::Value) {
    let mock = Mock::given(method("GET"))
        .and(path("/example/v1/users/me/things"))
        .and(query_param("maxResults", "2"));
    let mock = match token {
        Some(token) => mock.and(query_param("pageToken", token)),
        None => mock.and(query_param_is_missing("pageToken")),
    };
    mock.respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

async fn requests(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap_or_default()
}

#[tokio::test]
async fn three_pages_keep_every_parameter() {
    let server = MockServer::start().await;
    page(
        &server,
        None,
        json!({"items": [1, 2], "nextPageToken": "t/1"}),
    )
    .await;
    page(
        &server,
        Some("t/1"),
        json!({"items": [3, 4], "nextPageToken": "t2"}),
    )
    .await;
    page(&server, Some("t2"), json!({"items": []})).await;
    let (_, client) = client(&server.uri());

    let pages: Pages<ThingList> = list(&client).pages(next);
    assert_send_unpin(&pages);
    let pages: Vec<ThingList> = pages.try_collect().await.expect("three pages");
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[2].items, Some(vec![]));

    let seen = requests(&server).await;
    let queries: Vec<&str> = seen.iter().map(|r| r.url.query().unwrap_or("")).collect();
    assert_eq!(
        queries,
        [
            "maxResults=2&label=a&label=b%20c&prettyPrint=false",
            "maxResults=2&label=a&label=b%20c&pageToken=t%2F1&prettyPrint=false",
            "maxResults=2&label=a&label=b%20c&pageToken=t2&prettyPrint=false",
        ]
    );
}

#[tokio::test]
async fn items_flow_across_pages_and_skip_empty_ones() {
    let server = MockServer::start().await;
    page(
        &server,
        None,
        json!({"items": [1, 2], "nextPageToken": "t1"}),
    )
    .await;
    page(&server, Some("t1"), json!({"nextPageToken": "t2"})).await;
    page(
        &server,
        Some("t2"),
        json!({"items": [3], "nextPageToken": "t3"}),
    )
    .await;
    page(&server, Some("t3"), json!({"items": []})).await;
    let (_, client) = client(&server.uri());

    // Closures, as generated code passes them.
    let stream: Items<ThingList, u32> = list(&client).items(
        |page| page.next_page_token.as_deref(),
        |page| page.items.unwrap_or_default(),
    );
    assert_send_unpin(&stream);
    let all: Vec<u32> = stream.try_collect().await.expect("all items");
    assert_eq!(all, [1, 2, 3]);
    assert_eq!(requests(&server).await.len(), 4);
}

#[tokio::test]
async fn items_are_fetched_lazily() {
    let server = MockServer::start().await;
    page(
        &server,
        None,
        json!({"items": [1, 2], "nextPageToken": "t1"}),
    )
    .await;
    page(&server, Some("t1"), json!({"items": [3]})).await;
    let (_, client) = client(&server.uri());

    let first_two: Vec<u32> = list(&client)
        .items(next, items)
        .take(2)
        .try_collect()
        .await
        .expect("two items");
    assert_eq!(first_two, [1, 2]);
    assert_eq!(
        requests(&server).await.len(),
        1,
        "the second page is not needed"
    );
}

#[tokio::test]
async fn an_empty_token_ends_the_list() {
    let server = MockServer::start().await;
    page(&server, None, json!({"items": [1], "nextPageToken": ""})).await;
    let (_, client) = client(&server.uri());

    let pages: Vec<ThingList> = list(&client)
        .pages(next)
        .try_collect()
        .await
        .expect("one page");
    assert_eq!(pages.len(), 1);
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn a_repeated_token_ends_with_an_error() {
    let server = MockServer::start().await;
    page(&server, None, json!({"items": [1], "nextPageToken": "t1"})).await;
    page(
        &server,
        Some("t1"),
        json!({"items": [2], "nextPageToken": "t2"}),
    )
    .await;
    page(
        &server,
        Some("t2"),
        json!({"items": [3], "nextPageToken": "t1"}),
    )
    .await;
    let (_, client) = client(&server.uri());

    let results: Vec<Result<ThingList, Error>> = list(&client).pages(next).collect().await;
    assert_eq!(results.len(), 4, "three pages, then the error");
    assert!(results[..3].iter().all(Result::is_ok));
    let Err(Error::Protocol { part, excerpt, .. }) = &results[3] else {
        panic!("expected a protocol error, got {:?}", results[3]);
    };
    assert_eq!(part, "nextPageToken");
    assert_eq!(excerpt, "t1");
    assert!(results[3]
        .as_ref()
        .err()
        .map(ToString::to_string)
        .unwrap_or_default()
        .starts_with("example.things.list: "));
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test]
async fn an_error_mid_way_is_yielded_then_the_stream_ends() {
    let server = MockServer::start().await;
    page(
        &server,
        None,
        json!({"items": [1, 2], "nextPageToken": "t1"}),
    )
    .await;
    Mock::given(query_param("pageToken", "t1"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "error": {"code": 403, "message": "Quota exceeded.", "status": "PERMISSION_DENIED"}
        })))
        .mount(&server)
        .await;
    let (_, client) = client(&server.uri());

    let mut stream = list(&client).items(next, items);
    assert_eq!(stream.next().await.map(|r| r.ok()), Some(Some(1)));
    assert_eq!(stream.next().await.map(|r| r.ok()), Some(Some(2)));
    let error = match stream.next().await {
        Some(Err(error)) => error,
        other => panic!("expected the error, got {other:?}"),
    };
    let api = error.as_api_error().expect("an API error");
    assert_eq!(api.status.as_u16(), 403);
    assert_eq!(api.message, "Quota exceeded.");
    assert!(
        stream.next().await.is_none(),
        "the stream ends after the error"
    );
    assert!(stream.next().await.is_none());
    assert_eq!(requests(&server).await.len(), 2, "a 403 is not retried");
}

#[tokio::test]
async fn a_failed_first_page_is_the_only_item() {
    let server = MockServer::start().await;
    let (_, client) = client(&server.uri());
    let mut call = list(&client);
    call.check_pattern("userId", "me", "^users/[^/]+$");
    let results: Vec<Result<ThingList, Error>> = call.pages(next).collect().await;
    assert_eq!(results.len(), 1);
    assert!(matches!(results[0], Err(Error::InvalidArgument { .. })));
    assert!(requests(&server).await.is_empty());
}
