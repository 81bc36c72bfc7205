//! What each attempt of a call carries: request ids that make a POST safe to repeat, the
//! invocation and attempt tags of `x-goog-api-client`, Cloud Storage's idempotency token, and
//! the `dataWrapper` envelope.

use std::collections::BTreeSet;
use std::time::Duration;

use google_api_runtime::auth::StaticToken;
use google_api_runtime::{Call, Client};
use serde_json::{json, Value};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use crate::script::*;

/// A client whose attempts time out after 200 ms.
fn impatient(root: &str) -> Client {
    Client::builder(&API)
        .root_url(root)
        .retry(fast_retries())
        .timeout(Duration::from_millis(200))
        .auth(StaticToken::new("ya29.token"))
        .build()
}

fn insert_call(client: &Client) -> Call {
    let mut call = Call::new(client, &INSERT);
    call.path_param("project", "p1");
    call.path_param("zone", "z1");
    call.json_body(&json!({"name": "vm-1"}));
    call
}

/// A server that is slow to answer the first attempt (the client gives up on it, although the
/// server acted on it), then answers at once, and applies each request id once.
async fn slow_then_quick(server: &MockServer) {
    Mock::given(method("POST"))
        .respond_with(Script::new([
            ResponseTemplate::new(200)
                .set_body_json(json!({"status": "PENDING"}))
                .set_delay(Duration::from_secs(2)),
            ResponseTemplate::new(200).set_body_json(json!({"status": "DONE"})),
        ]))
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_post_with_a_request_id_that_times_out_is_retried_with_the_same_id() {
    let server = MockServer::start().await;
    slow_then_quick(&server).await;
    let mut call = insert_call(&impatient(&server.uri()));
    call.request_id_query("requestId");
    let answer: Value = call.send().await.expect("the retry answers");
    assert_eq!(answer["status"], "DONE");

    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 2, "one retry after the timeout");
    let ids: BTreeSet<String> = requests
        .iter()
        .map(|r| query(r, "requestId").expect("a request id"))
        .collect();
    assert_eq!(ids.len(), 1, "the same id on every attempt: {ids:?}");
    let id = ids.into_iter().next().unwrap_or_default();
    assert_eq!(
        uuid::Uuid::parse_str(&id).map(|u| u.get_version_num()),
        Ok(4)
    );
}

#[tokio::test]
async fn a_post_without_a_request_id_is_not_retried_after_a_timeout() {
    let server = MockServer::start().await;
    slow_then_quick(&server).await;
    let error = insert_call(&impatient(&server.uri()))
        .send::<Value>()
        .await
        .expect_err("the timeout is the answer");
    assert!(error.is_timeout(), "{error:?}");
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(1));
}

#[tokio::test]
async fn each_send_has_its_own_id_and_the_callers_id_is_kept() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    let client = client(&API, &server.uri());
    let mut call = insert_call(&client);
    call.request_id_query("requestId");
    call.clone().send::<Value>().await.expect("first");
    call.clone().send::<Value>().await.expect("second");
    call.query("requestId", "caller-chosen");
    call.send::<Value>().await.expect("third");
    let ids: Vec<String> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| query(r, "requestId").unwrap_or_default())
        .collect();
    assert_eq!(ids.len(), 3);
    assert_ne!(ids[0], ids[1], "two calls are two requests");
    assert_eq!(ids[2], "caller-chosen");
    let counts: Vec<usize> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .filter(|(n, _)| n == "requestId")
                .count()
        })
        .collect();
    assert_eq!(
        counts,
        [1, 1, 1],
        "one request id each, never one beside the caller's"
    );
}

#[tokio::test]
async fn a_request_id_in_the_body_is_filled_once_and_never_replaced() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(Script::new([
            ResponseTemplate::new(503),
            ResponseTemplate::new(200).set_body_json(json!({})),
        ]))
        .mount(&server)
        .await;
    let client = client(&API, &server.uri());
    let mut call = insert_call(&client);
    call.request_id_body("requestId");
    call.send::<Value>().await.expect("retried after the 503");
    let bodies: Vec<Value> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap_or_default())
        .collect();
    assert_eq!(bodies.len(), 2);
    assert_eq!(bodies[0], bodies[1]);
    assert_eq!(bodies[0]["name"], "vm-1");
    assert!(bodies[0]["requestId"]
        .as_str()
        .is_some_and(|id| id.len() == 36));

    let mut own = Call::new(&client, &INSERT);
    own.path_param("project", "p1");
    own.path_param("zone", "z1");
    own.json_body(&json!({"requestId": "mine"}));
    own.request_id_body("requestId");
    own.send::<Value>().await.expect("sent");
    let last = server.received_requests().await.unwrap_or_default();
    let body: Value = serde_json::from_slice(&last[last.len() - 1].body).unwrap_or_default();
    assert_eq!(body, json!({"requestId": "mine"}));
}

/// `gccl-invocation-id/<id> gccl-attempt-count/<n> <the client's own value>`, as Go sends it.
fn tags(request: &Request) -> (String, String, String) {
    let value = header(request, "x-goog-api-client").unwrap_or_default();
    let mut parts = value.splitn(3, ' ');
    let invocation = parts.next().unwrap_or_default();
    let attempt = parts.next().unwrap_or_default();
    let rest = parts.next().unwrap_or_default();
    (
        invocation
            .strip_prefix("gccl-invocation-id/")
            .unwrap_or_else(|| panic!("no invocation id in {value:?}"))
            .to_owned(),
        attempt
            .strip_prefix("gccl-attempt-count/")
            .unwrap_or_else(|| panic!("no attempt count in {value:?}"))
            .to_owned(),
        rest.to_owned(),
    )
}

async fn two_attempts(api: &'static google_api_runtime::ApiInfo) -> (Client, Vec<Request>) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(Script::new([
            ResponseTemplate::new(429),
            ResponseTemplate::new(200).set_body_json(json!({})),
        ]))
        .mount(&server)
        .await;
    let client = client(api, &server.uri());
    insert_call(&client).send::<Value>().await.expect("sent");
    insert_call(&client).send::<Value>().await.expect("sent");
    (client, server.received_requests().await.unwrap_or_default())
}

#[tokio::test]
async fn each_attempt_is_tagged_with_the_invocation_and_its_number() {
    let (client, requests) = two_attempts(&API).await;
    assert_eq!(requests.len(), 3);
    let (first_id, first_n, base) = tags(&requests[0]);
    let (again_id, again_n, again_base) = tags(&requests[1]);
    let (next_id, next_n, _) = tags(&requests[2]);
    assert_eq!(
        (first_n.as_str(), again_n.as_str(), next_n.as_str()),
        ("1", "2", "1")
    );
    assert_eq!(first_id, again_id, "one invocation, two attempts");
    assert_ne!(first_id, next_id, "a new call is a new invocation");
    assert_eq!(
        uuid::Uuid::parse_str(&first_id).map(|u| u.get_version_num()),
        Ok(4)
    );
    assert_eq!(base, client.api_client_header());
    assert_eq!(again_base, base);
    assert!(
        requests
            .iter()
            .all(|r| header(r, "x-goog-gcs-idempotency-token").is_none()),
        "only Cloud Storage gets the token"
    );
}

#[tokio::test]
async fn cloud_storage_calls_carry_the_invocation_id_as_idempotency_token() {
    let (_, requests) = two_attempts(&STORAGE).await;
    for request in &requests[..2] {
        let (id, _, _) = tags(request);
        assert_eq!(
            header(request, "x-goog-gcs-idempotency-token"),
            Some(id.as_str())
        );
    }
    assert_ne!(
        header(&requests[0], "x-goog-gcs-idempotency-token"),
        header(&requests[2], "x-goog-gcs-idempotency-token")
    );
}

#[tokio::test]
async fn a_data_wrapper_document_wraps_bodies_and_unwraps_answers() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": {"translations": [{"translatedText": "bonjour"}]}})),
        )
        .mount(&server)
        .await;
    let mut call = insert_call(&client(&API, &server.uri()));
    call.data_wrapper();
    let answer: Value = call.send().await.expect("sent");
    assert_eq!(
        answer,
        json!({"translations": [{"translatedText": "bonjour"}]})
    );
    let requests = server.received_requests().await.unwrap_or_default();
    let body: Value = serde_json::from_slice(&requests[0].body).unwrap_or_default();
    assert_eq!(body, json!({"data": {"name": "vm-1"}}));
}

#[tokio::test]
async fn without_the_feature_bodies_and_answers_are_bare() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": 1})))
        .mount(&server)
        .await;
    let answer: Value = insert_call(&client(&API, &server.uri()))
        .send()
        .await
        .expect("sent");
    assert_eq!(answer, json!({"data": 1}));
    let requests = server.received_requests().await.unwrap_or_default();
    let body: Value = serde_json::from_slice(&requests[0].body).unwrap_or_default();
    assert_eq!(body, json!({"name": "vm-1"}));
}

#[tokio::test]
async fn a_get_is_retried_without_a_request_id() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(Script::new([
            ResponseTemplate::new(503),
            ResponseTemplate::new(200).set_body_json(json!({"done": true})),
        ]))
        .mount(&server)
        .await;
    let mut call = Call::new(&client(&API, &server.uri()), &OPERATIONS_GET);
    call.path_param("name", "operations/op-1");
    let answer: Value = call.send().await.expect("retried after the 503");
    assert_eq!(answer["done"], true);
    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|r| query(r, "requestId").is_none()));
}
