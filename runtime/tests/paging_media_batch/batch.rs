//! Batches: one multipart/mixed request on the wire, each answer handed to its own handle.

use google_api_runtime::batch::{Batchable, MAX_BATCH_CALLS};
use google_api_runtime::{Batch, Call, Client, Error};
use serde::Deserialize;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

#[derive(Debug, Deserialize, PartialEq, Default)]
struct Thing {
    id: Option<String>,
    name: Option<String>,
}

/// A typed call builder, as generated code would emit it.
struct GetThing(Call);

impl Batchable for GetThing {
    type Response = Thing;
    fn into_call(self) -> Call {
        self.0
    }
}

/// A call builder of a method without a response.
struct DeleteThing(Call);

impl Batchable for DeleteThing {
    type Response = ();
    fn into_call(self) -> Call {
        self.0
    }
}

fn get(client: &Client, id: &str) -> GetThing {
    let mut call = Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", id);
    call.query("fields", "id,name");
    GetThing(call)
}

fn delete(client: &Client, id: &str) -> DeleteThing {
    let mut call = Call::new(client, &DELETE_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", id);
    DeleteThing(call)
}

fn insert(client: &Client) -> Call {
    let mut call = Call::new(client, &INSERT_THING);
    call.path_param("userId", "me");
    call.json_body(&json!({"name": "new"}));
    call
}

/// A batch answer with parts out of order, in Google's layout.
const ANSWER: &str = "--batch_abc\r\n\
Content-Type: application/http\r\n\
Content-ID: <response-item-3>\r\n\
\r\n\
HTTP/1.1 204 No Content\r\n\
\r\n\
\r\n\
--batch_abc\r\n\
Content-Type: application/http\r\n\
Content-ID: <response-item-2>\r\n\
\r\n\
HTTP/1.1 404 Not Found\r\n\
Content-Type: application/json; charset=UTF-8\r\n\
\r\n\
{\"error\": {\"code\": 404, \"message\": \"Thing t2 not found.\", \"status\": \"NOT_FOUND\", \
\"errors\": [{\"reason\": \"notFound\", \"domain\": \"global\"}]}}\r\n\
--batch_abc\r\n\
Content-Type: application/http\r\n\
Content-ID: <response-item-1>\r\n\
\r\n\
HTTP/1.1 200 OK\r\n\
Content-Type: application/json; charset=UTF-8\r\n\
Content-Length: 30\r\n\
\r\n\
{\"id\": \"t1\", \"name\": \"first\"}\r\n\
--batch_abc\r\n\
Content-Type: application/http\r\n\
Content-ID: <response-item-4>\r\n\
\r\n\
HTTP/1.1 200 OK\r\n\
Content-Type: application/json\r\n\
\r\n\
{\"id\": \"t9\", \"name\": \"new\"}\r\n\
--batch_abc\r\n\
Content-Type: application/http\r\n\
Content-ID: <response-item-5>\r\n\
\r\n\
HTTP/1.1 200 OK\r\n\
\r\n\
\r\n\
--batch_abc--\r\n";

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/batch/example/v1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(ANSWER, "multipart/mixed; boundary=batch_abc"),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn each_answer_goes_to_its_own_handle() {
    let server = server().await;
    let (recorder, client) = client(&server.uri());
    let mut batch = Batch::new(&client);
    let first = batch.add(get(&client, "t1"));
    let missing = batch.add(get(&client, "t2"));
    let deleted = batch.add(delete(&client, "t3"));
    let created = batch.add(insert(&client));
    let empty = batch.add(get(&client, "t5"));
    assert_eq!(batch.len(), 5);
    let future = batch.send();
    assert_send(&future);
    let mut answers = future.await.expect("the batch is answered");

    // Taken in another order than sent and answered.
    assert_eq!(answers.take(deleted).expect("204"), ());
    let created: Value = answers.take(created).expect("created");
    assert_eq!(created, json!({"id": "t9", "name": "new"}));
    let err = answers.take(missing).expect_err("404");
    let api = err.as_api_error().expect("an API error");
    assert_eq!(api.method_id, "example.things.get");
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.message, "Thing t2 not found.");
    assert_eq!(api.status_text.as_deref(), Some("NOT_FOUND"));
    assert_eq!(api.reason(), Some("notFound"));
    assert_eq!(
        answers.take(first).expect("200"),
        Thing {
            id: Some("t1".into()),
            name: Some("first".into())
        }
    );
    assert_eq!(answers.take(empty).expect("empty body"), Thing::default());

    // The token provider was asked once, for every scope of the batch.
    assert_eq!(recorder.count(), 1);
    assert_eq!(
        recorder.last_scopes(),
        [
            READ_SCOPE,
            "https://www.googleapis.com/auth/example.delete",
            SCOPE
        ]
    );

    // One request on the wire.
    let seen = server.received_requests().await.unwrap_or_default();
    assert_eq!(seen.len(), 1);
    let request = &seen[0];
    let header = |name: &str| {
        request
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("authorization"), format!("Bearer {TOKEN}"));
    let content_type = header("content-type");
    let boundary = content_type
        .strip_prefix("multipart/mixed; boundary=")
        .unwrap_or_else(|| panic!("unexpected content type {content_type}"));
    assert!(boundary.starts_with("batch_"), "{boundary}");
    let part = |n: usize, request: &str| {
        format!(
            "--{boundary}\r\nContent-Type: application/http\r\nContent-ID: <item-{n}>\r\n\r\n{request}\r\n"
        )
    };
    let expected = [
        part(
            1,
            "GET /example/v1/users/me/things/t1?fields=id%2Cname&prettyPrint=false HTTP/1.1\r\n\r\n",
        ),
        part(
            2,
            "GET /example/v1/users/me/things/t2?fields=id%2Cname&prettyPrint=false HTTP/1.1\r\n\r\n",
        ),
        part(3, "DELETE /example/v1/users/me/things/t3?prettyPrint=false HTTP/1.1\r\n\r\n"),
        part(
            4,
            "POST /example/v1/users/me/things?prettyPrint=false HTTP/1.1\r\nContent-Type: application/json\r\n\
             Content-Length: 14\r\n\r\n{\"name\":\"new\"}",
        ),
        part(
            5,
            "GET /example/v1/users/me/things/t5?fields=id%2Cname&prettyPrint=false HTTP/1.1\r\n\r\n",
        ),
        format!("--{boundary}--\r\n"),
    ]
    .concat();
    assert_eq!(String::from_utf8_lossy(&request.body), expected);
}

#[tokio::test]
async fn an_answer_without_a_part_is_an_error_of_that_call_only() {
    let server = server().await;
    let (_, client) = client(&server.uri());
    let mut batch = Batch::new(&client);
    let handles: Vec<_> = (1..=6)
        .map(|n| batch.add(get(&client, &format!("t{n}"))))
        .collect();
    let mut answers = batch.send().await.expect("answered");
    let mut results: Vec<Result<Thing, Error>> =
        handles.into_iter().map(|h| answers.take(h)).collect();
    let sixth = results.pop().expect("six results");
    let Err(Error::Protocol {
        part, method_id, ..
    }) = &sixth
    else {
        panic!("expected a protocol error, got {sixth:?}");
    };
    assert_eq!(
        (part.as_str(), *method_id),
        ("Content-ID", "example.things.get")
    );
    assert!(results[0].is_ok() && results[1].is_err());
}

#[tokio::test]
async fn a_handle_of_another_batch_is_refused() {
    let server = server().await;
    let (_, client) = client(&server.uri());
    let mut other = Batch::new(&client);
    let foreign = other.add(get(&client, "t1"));
    let mut batch = Batch::new(&client);
    let _mine = batch.add(get(&client, "t1"));
    let mut answers = batch.send().await.expect("answered");
    let err = answers.take(foreign).expect_err("foreign handle");
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
}

#[tokio::test]
async fn refusals_before_sending() {
    let server = server().await;
    let (recorder, client) = client(&server.uri());

    let mut batch = Batch::new(&client);
    for n in 0..=MAX_BATCH_CALLS {
        let _ = batch.add(get(&client, &format!("t{n}")));
    }
    let err = batch.send().await.expect_err("too many calls");
    let Error::InvalidArgument { message, .. } = &err else {
        panic!("expected an invalid argument, got {err:?}");
    };
    assert!(message.contains("at most 1000 calls"), "{message}");

    let mut batch = Batch::new(&client);
    let mut invalid = get(&client, "t1");
    invalid.0.check_pattern("thingId", "t1", "^things/[^/]+$");
    let _ = batch.add(invalid);
    let err = batch.send().await.expect_err("invalid call");
    assert!(
        matches!(
            err,
            Error::InvalidArgument {
                parameter: Some("thingId"),
                ..
            }
        ),
        "{err:?}"
    );

    let mut batch = Batch::new(&client);
    let mut upload = insert(&client);
    upload.upload(&INSERT_UPLOAD, bytes::Bytes::from_static(b"x"), "image/png");
    let _ = batch.add(upload);
    assert!(batch.send().await.is_err(), "uploads cannot be batched");

    let (_, plain) = client_of(&API_WITHOUT_BATCH, &server.uri(), fast_retries(1));
    let mut batch = Batch::new(&plain);
    let _ = batch.add(get(&plain, "t1"));
    let err = batch.send().await.expect_err("no batch path");
    assert_eq!(err.method_id(), "batch");

    let empty = Batch::new(&client).send().await.expect("nothing to send");
    assert!(empty.is_empty());

    assert_eq!(recorder.count(), 0);
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

#[tokio::test]
async fn a_failed_batch_request_is_an_error_of_the_batch() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": {"code": 401, "message": "Login Required.", "status": "UNAUTHENTICATED"}
        })))
        .mount(&server)
        .await;
    let (_, client) = client(&server.uri());
    let mut batch = Batch::new(&client);
    let _ = batch.add(get(&client, "t1"));
    let err = batch.send().await.expect_err("401");
    assert_eq!(err.method_id(), "batch");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(
        server.received_requests().await.unwrap_or_default().len(),
        1,
        "a 401 the provider cannot answer with a new credential is not retried"
    );

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&server)
        .await;
    let (_, other) = crate::common::client(&server.uri());
    let mut batch = Batch::new(&other);
    let _ = batch.add(get(&other, "t1"));
    let err = batch.send().await.expect_err("not multipart");
    assert!(matches!(err, Error::Protocol { .. }), "{err:?}");
}

#[tokio::test]
async fn a_refused_credential_is_replaced_and_the_batch_sent_once_more() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(wiremock::matchers::header("authorization", "Bearer tok-1"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": {"code": 401, "message": "Invalid Credentials", "status": "UNAUTHENTICATED"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(wiremock::matchers::header("authorization", "Bearer tok-2"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(ANSWER, "multipart/mixed; boundary=batch_abc"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = rotating_client(&server.uri());
    let mut batch = Batch::new(&client);
    let first = batch.add(get(&client, "t1"));
    for id in ["t2", "t3", "t4", "t5"] {
        let _ = batch.add(get(&client, id));
    }
    let mut answers = batch
        .send()
        .await
        .expect("answered with the new credential");
    let thing = answers.take(first).expect("t1 is there");
    assert_eq!(thing.id.as_deref(), Some("t1"));
}

/// The outer request goes through the same exchange as any call: refused with 429 (the server
/// did nothing), it is sent again; a 503, after which the server may have acted on some calls, is
/// not repeated for a POST.
#[tokio::test]
async fn a_batch_refused_with_429_is_sent_again_but_not_after_a_503() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(ANSWER, "multipart/mixed; boundary=batch_abc"),
        )
        .mount(&server)
        .await;
    let (_, refused_once) = client(&server.uri());
    let mut batch = Batch::new(&refused_once);
    let first = batch.add(get(&refused_once, "t1"));
    let mut answers = batch.send().await.expect("the second attempt is answered");
    assert_eq!(answers.take(first).expect("t1").id.as_deref(), Some("t1"));
    let sent = server.received_requests().await.unwrap_or_default();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].body, sent[1].body, "the same batch, byte for byte");

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let (_, failing) = client(&server.uri());
    let mut batch = Batch::new(&failing);
    let _ = batch.add(get(&failing, "t1"));
    let err = batch.send().await.expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(
        server.received_requests().await.unwrap_or_default().len(),
        1
    );
}

/// Two parts of a batch answer: item-1 refused with 401, item-2 answered.
const HALF_REFUSED: &str = "--batch_abc\r\n\
Content-Type: application/http\r\n\
Content-ID: <response-item-1>\r\n\
\r\n\
HTTP/1.1 401 Unauthorized\r\n\
Content-Type: application/json\r\n\
\r\n\
{\"error\": {\"code\": 401, \"message\": \"Invalid Credentials\"}}\r\n\
--batch_abc\r\n\
Content-Type: application/http\r\n\
Content-ID: <response-item-2>\r\n\
\r\n\
HTTP/1.1 200 OK\r\n\
Content-Type: application/json\r\n\
\r\n\
{\"id\": \"t2\"}\r\n\
--batch_abc--\r\n";

/// The answer to the second sending: item-1 alone, now answered.
const SECOND_SENDING: &str = "--batch_abc\r\n\
Content-Type: application/http\r\n\
Content-ID: <response-item-1>\r\n\
\r\n\
HTTP/1.1 200 OK\r\n\
Content-Type: application/json\r\n\
\r\n\
{\"id\": \"t1\"}\r\n\
--batch_abc--\r\n";

#[tokio::test]
async fn parts_refused_with_401_are_sent_once_more_with_a_new_credential() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(wiremock::matchers::header("authorization", "Bearer tok-1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(HALF_REFUSED, "multipart/mixed; boundary=batch_abc"),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(wiremock::matchers::header("authorization", "Bearer tok-2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(SECOND_SENDING, "multipart/mixed; boundary=batch_abc"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = rotating_client(&server.uri());
    let mut batch = Batch::new(&client);
    let first = batch.add(get(&client, "t1"));
    let second = batch.add(get(&client, "t2"));
    let mut answers = batch.send().await.expect("answered");
    assert_eq!(
        answers
            .take(first)
            .expect("re-sent and answered")
            .id
            .as_deref(),
        Some("t1")
    );
    assert_eq!(
        answers
            .take(second)
            .expect("answered the first time")
            .id
            .as_deref(),
        Some("t2")
    );
    let sent = server.received_requests().await.unwrap_or_default();
    assert_eq!(sent.len(), 2);
    let second_body = String::from_utf8_lossy(&sent[1].body);
    assert!(
        second_body.contains("Content-ID: <item-1>"),
        "{second_body}"
    );
    assert!(
        !second_body.contains("item-2"),
        "only the refused part: {second_body}"
    );
    assert!(second_body.contains("/things/t1?"), "{second_body}");
}

#[tokio::test]
async fn the_token_serves_the_scopes_each_call_chose() {
    let server = server().await;
    let (recorder, client) = client(&server.uri());
    let mut batch = Batch::new(&client);
    let mut narrow = get(&client, "t1");
    narrow
        .0
        .scopes(["https://www.googleapis.com/auth/example.narrow"]);
    let _ = batch.add(narrow);
    let _ = batch.add(delete(&client, "t3"));
    let _ = batch.add(insert(&client));
    batch.send().await.expect("answered");
    // The call's own choice, and each other call's first accepted scope.
    let mut requested = recorder.requested();
    assert_eq!(requested.len(), 1);
    requested[0].sort();
    assert_eq!(
        requested[0],
        [
            SCOPE.to_owned(),
            "https://www.googleapis.com/auth/example.delete".to_owned(),
            "https://www.googleapis.com/auth/example.narrow".to_owned(),
        ]
    );
}
