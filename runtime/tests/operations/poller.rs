//! The poller: states, success, failure, deadline, `wait`, and errors while polling.

use std::time::Duration;

use futures::StreamExt;
use google_api_runtime::operation::PollPolicy;
use google_api_runtime::{Call, Error, Poller};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};

use crate::script::*;

fn quick() -> PollPolicy {
    PollPolicy::default()
        .with_initial_delay(Duration::from_millis(1))
        .with_max_delay(Duration::from_millis(4))
}

fn issue(server: &MockServer) -> Poller<Value> {
    let mut call = Call::new(&client(&API, &server.uri()), &ISSUE);
    call.path_param("name", "enterprises/e1/devices/d1");
    call.json_body(&json!({"type": "LOCK"}));
    Poller::new(call, &LONG_RUNNING).with_policy(quick())
}

const OP: &str = "enterprises/e1/devices/d1/operations/op-1";

async fn answer_start(server: &MockServer, body: Value) {
    Mock::given(method("POST"))
        .and(path("/v1/enterprises/e1/devices/d1:issueCommand"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_long_running_operation_is_followed_to_its_end() {
    let server = MockServer::start().await;
    answer_start(
        &server,
        json!({"name": OP, "metadata": {"state": "PENDING"}}),
    )
    .await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::json([
            json!({"name": OP, "metadata": {"state": "RUNNING"}, "done": false}),
            json!({"name": OP, "done": true, "response": {"@type": "x", "ok": 1}}),
        ]))
        .expect(2)
        .mount(&server)
        .await;

    let states: Vec<Value> = issue(&server)
        .states()
        .map(|s| s.expect("a state"))
        .collect()
        .await;
    let seen: Vec<&Value> = states.iter().map(|s| &s["done"]).collect();
    assert_eq!(seen, [&Value::Null, &json!(false), &json!(true)]);
    assert_eq!(states[0]["metadata"]["state"], "PENDING");
    assert_eq!(states[2]["response"]["ok"], 1);
}

#[tokio::test]
async fn until_done_returns_the_final_state() {
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP})).await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::json([
            json!({"name": OP, "done": true, "response": {"v": 2}}),
        ]))
        .mount(&server)
        .await;
    let done = issue(&server).until_done().await.expect("done");
    assert_eq!(done["response"]["v"], 2);
}

#[tokio::test]
async fn an_answer_that_is_already_done_is_not_polled() {
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP, "done": true})).await;
    let done = issue(&server).until_done().await.expect("done");
    assert_eq!(done["done"], true);
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(1));
}

#[tokio::test]
async fn a_failed_operation_is_a_typed_error() {
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP, "done": false})).await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::json([json!({
            "name": OP, "done": true,
            "error": {"code": 5, "message": "device not found",
                      "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "GONE"}]}
        })]))
        .mount(&server)
        .await;
    let error = issue(&server).until_done().await.expect_err("failed");
    let Error::Operation(op) = &error else {
        panic!("expected an operation error, got {error:?}")
    };
    assert_eq!(op.code, Some(5));
    assert_eq!(op.status_text.as_deref(), Some("NOT_FOUND"));
    assert_eq!(error.status(), Some(http::StatusCode::NOT_FOUND));
    assert_eq!(op.message, "device not found");
    assert_eq!(op.details[0]["reason"], "GONE");
    assert_eq!(op.name.as_deref(), Some(OP));
    assert_eq!(error.method_id(), "example.devices.issueCommand");
    assert!(!error.is_retryable());
    assert!(error.to_string().contains("device not found"), "{error}");
}

#[tokio::test]
async fn an_operation_that_never_ends_meets_the_deadline() {
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP})).await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::json([json!({"name": OP, "done": false})]))
        .mount(&server)
        .await;
    let error = issue(&server)
        .with_deadline(Duration::from_millis(60))
        .until_done()
        .await
        .expect_err("never done");
    let Error::OperationTimeout { name, waited, .. } = &error else {
        panic!("expected a timeout, got {error:?}")
    };
    assert_eq!(name.as_deref(), Some(OP));
    // It gave up only once the next wait (at most `quick()`'s 4 ms) would end past the deadline;
    // the poll before may itself have ended past it, on a loaded machine.
    assert!(
        *waited + Duration::from_millis(4) > Duration::from_millis(60),
        "gave up early: {waited:?}"
    );
    assert!(error.is_timeout());
    let polls = server.received_requests().await.map_or(0, |r| r.len()) - 1;
    assert!(polls >= 1, "it polled before giving up");
}

#[tokio::test]
async fn a_503_while_polling_is_retried() {
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP})).await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::new([
            ResponseTemplate::new(503),
            ResponseTemplate::new(200).set_body_json(json!({"name": OP, "done": true})),
        ]))
        .expect(2)
        .mount(&server)
        .await;
    let done = issue(&server).until_done().await.expect("done");
    assert_eq!(done["done"], true);
}

#[tokio::test]
async fn an_error_while_polling_ends_the_stream_with_it() {
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP})).await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "error": {"code": 403, "message": "no", "status": "PERMISSION_DENIED"}})))
        .mount(&server)
        .await;
    let states: Vec<Result<Value, Error>> = issue(&server).states().collect().await;
    assert_eq!(states.len(), 2);
    assert!(states[0].is_ok());
    let Err(Error::Api(api)) = &states[1] else {
        panic!("expected the API error, got {:?}", states[1])
    };
    assert_eq!(api.status_text.as_deref(), Some("PERMISSION_DENIED"));
}

fn insert(server: &MockServer) -> Poller<Value> {
    let mut call = Call::new(&client(&API, &server.uri()), &INSERT);
    call.path_param("project", "p1");
    call.path_param("zone", "us-central1-a");
    call.request_id_query("requestId");
    call.json_body(&json!({"name": "vm-1"}));
    Poller::new(call, &COMPUTE).with_policy(quick())
}

fn compute_op(status: &str) -> Value {
    json!({
        "kind": "compute#operation", "name": "operation-1", "status": status,
        "zone": "https://www.googleapis.com/compute/v1/projects/p1/zones/us-central1-a",
        "targetLink": "https://www.googleapis.com/compute/v1/projects/p1/zones/us-central1-a/instances/vm-1"
    })
}

const ZONAL_WAIT: &str = "/projects/p1/zones/us-central1-a/operations/operation-1/wait";
const REGIONAL_WAIT: &str = "/projects/p1/regions/europe-west1/operations/operation-1/wait";

/// The POSTs to the operation's `wait` path, answered by `answer`.
fn on_wait(wait: &str, answer: impl Respond + 'static) -> Mock {
    Mock::given(method("POST"))
        .and(path(wait))
        .respond_with(answer)
}

async fn answer_insert(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/projects/p1/zones/us-central1-a/instances"))
        .respond_with(ResponseTemplate::new(200).set_body_json(compute_op("PENDING")))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn compute_waits_in_the_operation_zone_and_again_when_wait_returns_early() {
    let server = MockServer::start().await;
    answer_insert(&server).await;
    on_wait(
        ZONAL_WAIT,
        Script::json([compute_op("RUNNING"), compute_op("DONE")]),
    )
    .expect(2)
    .mount(&server)
    .await;
    let done = insert(&server).until_done().await.expect("done");
    assert_eq!(done["status"], "DONE");
    let requests = server.received_requests().await.unwrap_or_default();
    assert!(
        requests.iter().all(|r| r.method.as_str() == "POST"),
        "no get was needed"
    );
    // The wait carries no body of its own.
    assert!(requests[1].body.is_empty());
}

#[tokio::test]
async fn compute_falls_back_to_get_when_wait_is_refused() {
    let server = MockServer::start().await;
    answer_insert(&server).await;
    on_wait(ZONAL_WAIT, ResponseTemplate::new(404))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(
            "/projects/p1/zones/us-central1-a/operations/operation-1",
        ))
        .respond_with(Script::json([compute_op("RUNNING"), compute_op("DONE")]))
        .expect(2)
        .mount(&server)
        .await;
    let done = insert(&server).until_done().await.expect("done");
    assert_eq!(done["status"], "DONE");
}

#[tokio::test]
async fn a_503_from_wait_is_retried_although_wait_is_a_post() {
    let server = MockServer::start().await;
    answer_insert(&server).await;
    on_wait(
        ZONAL_WAIT,
        Script::new([
            ResponseTemplate::new(503),
            ResponseTemplate::new(200).set_body_json(compute_op("DONE")),
        ]),
    )
    .expect(2)
    .mount(&server)
    .await;
    insert(&server).until_done().await.expect("done");
}

#[tokio::test]
async fn a_failed_compute_operation_has_its_http_status_and_codes() {
    let server = MockServer::start().await;
    answer_insert(&server).await;
    let mut failed = compute_op("DONE");
    failed["httpErrorStatusCode"] = json!(409);
    failed["httpErrorMessage"] = json!("CONFLICT");
    failed["error"] = json!({"errors": [{"code": "RESOURCE_ALREADY_EXISTS",
        "message": "The resource 'vm-1' already exists", "location": "vm-1"}]});
    on_wait(ZONAL_WAIT, Script::json([failed]))
        .mount(&server)
        .await;
    let error = insert(&server).until_done().await.expect_err("failed");
    let op = error.as_operation_error().expect("an operation error");
    assert_eq!(op.status, Some(http::StatusCode::CONFLICT));
    assert_eq!(op.error_codes(), ["RESOURCE_ALREADY_EXISTS"]);
    assert_eq!(op.errors[0]["location"], "vm-1");
    assert_eq!(op.message, "CONFLICT");
    assert_eq!(op.operation["targetLink"], compute_op("DONE")["targetLink"]);
}

#[tokio::test]
async fn regional_and_global_operations_are_polled_in_their_scope() {
    let server = MockServer::start().await;
    let mut regional = compute_op("PENDING");
    regional["zone"] = Value::Null;
    regional["region"] =
        json!("https://www.googleapis.com/compute/v1/projects/p1/regions/europe-west1");
    Mock::given(method("POST"))
        .and(path("/projects/p1/zones/us-central1-a/instances"))
        .respond_with(Script::json([
            regional.clone(),
            json!({"name": "g-1", "status": "RUNNING"}),
        ]))
        .mount(&server)
        .await;
    let mut regional_done = regional.clone();
    regional_done["status"] = json!("DONE");
    on_wait(REGIONAL_WAIT, Script::json([regional_done]))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/projects/p1/global/operations/g-1"))
        .respond_with(Script::json([json!({"name": "g-1", "status": "DONE"})]))
        .expect(1)
        .mount(&server)
        .await;
    insert(&server).until_done().await.expect("regional");
    let global = insert(&server).until_done().await.expect("global");
    assert_eq!(global["name"], "g-1");
}

#[tokio::test]
async fn every_poll_goes_to_the_operation_and_carries_the_call_options() {
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP})).await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::json([json!({"name": OP, "done": true})]))
        .mount(&server)
        .await;
    let mut call = Call::new(&client(&API, &server.uri()), &ISSUE);
    call.path_param("name", "enterprises/e1/devices/d1");
    call.header("x-custom", "kept");
    Poller::<Value>::new(call, &LONG_RUNNING)
        .with_policy(quick())
        .until_done()
        .await
        .expect("done");
    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 2);
    assert_eq!(header(&requests[1], "x-custom"), Some("kept"));
    assert_eq!(
        header(&requests[1], "authorization"),
        Some("Bearer ya29.token")
    );
}

#[tokio::test]
async fn the_wait_grows_between_polls() {
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP})).await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::json([json!({"name": OP, "done": false})]))
        .mount(&server)
        .await;
    // 10 ms before the first poll, then 1 s: the second wait would pass the deadline.
    let policy = PollPolicy::default()
        .with_initial_delay(Duration::from_millis(10))
        .with_multiplier(100.0)
        .with_max_delay(Duration::from_secs(10))
        .with_deadline(Some(Duration::from_millis(500)));
    let error = issue(&server)
        .with_policy(policy)
        .until_done()
        .await
        .expect_err("never done");
    assert!(error.is_timeout(), "{error:?}");
    let polls = server.received_requests().await.map_or(0, |r| r.len()) - 1;
    assert_eq!(polls, 1, "one poll, then a wait too long for the deadline");
}

#[tokio::test]
async fn an_error_is_read_only_once_the_operation_is_done() {
    let server = MockServer::start().await;
    // A state not done that carries an `error` (a server's partial report) is not the end.
    answer_start(
        &server,
        json!({"name": OP, "done": false, "error": {"code": 14, "message": "retrying"}}),
    )
    .await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::json([
            json!({"name": OP, "done": true, "response": {}}),
        ]))
        .expect(1)
        .mount(&server)
        .await;
    let done = issue(&server)
        .until_done()
        .await
        .expect("done without error");
    assert_eq!(done["done"], true);

    // Compute: errors on an operation still running, or an empty list at the end, are no failure.
    let server = MockServer::start().await;
    let mut running = compute_op("RUNNING");
    running["error"] = json!({"errors": [{"code": "TRANSIENT"}]});
    Mock::given(method("POST"))
        .and(path("/projects/p1/zones/us-central1-a/instances"))
        .respond_with(ResponseTemplate::new(200).set_body_json(running))
        .mount(&server)
        .await;
    let mut done = compute_op("DONE");
    done["error"] = json!({"errors": []});
    on_wait(ZONAL_WAIT, Script::json([done]))
        .expect(1)
        .mount(&server)
        .await;
    let done = insert(&server).until_done().await.expect("done");
    assert_eq!(done["status"], "DONE");
}

#[tokio::test]
async fn an_empty_zone_is_no_zone() {
    let server = MockServer::start().await;
    let mut regional = regional_op("PENDING");
    regional["zone"] = json!("");
    Mock::given(method("POST"))
        .and(path("/projects/p1/zones/us-central1-a/instances"))
        .respond_with(ResponseTemplate::new(200).set_body_json(regional.clone()))
        .mount(&server)
        .await;
    regional["status"] = json!("DONE");
    on_wait(REGIONAL_WAIT, Script::json([regional]))
        .expect(1)
        .mount(&server)
        .await;
    insert(&server)
        .until_done()
        .await
        .expect("polled in its region");
}

#[tokio::test]
async fn a_refused_wait_without_a_get_is_the_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/projects/p1/zones/us-central1-a/instances"))
        .respond_with(ResponseTemplate::new(200).set_body_json(regional_op("PENDING")))
        .mount(&server)
        .await;
    on_wait(REGIONAL_WAIT, ResponseTemplate::new(404))
        .mount(&server)
        .await;
    // The regional scope of `COMPUTE` has a `wait` and no `get`: nothing to fall back on.
    let error = insert(&server).until_done().await.expect_err("refused");
    assert_eq!(
        error.status(),
        Some(http::StatusCode::NOT_FOUND),
        "{error:?}"
    );
    assert!(matches!(error, Error::Api(_)), "{error:?}");
}

#[tokio::test]
async fn a_wait_that_fails_otherwise_is_not_replaced_by_get() {
    let server = MockServer::start().await;
    answer_insert(&server).await;
    on_wait(
        ZONAL_WAIT,
        ResponseTemplate::new(403).set_body_json(json!({
            "error": {"code": 403, "message": "no", "status": "PERMISSION_DENIED"}})),
    )
    .expect(1)
    .mount(&server)
    .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(compute_op("DONE")))
        .expect(0)
        .mount(&server)
        .await;
    let error = insert(&server).until_done().await.expect_err("forbidden");
    assert_eq!(
        error.status(),
        Some(http::StatusCode::FORBIDDEN),
        "{error:?}"
    );
}

#[tokio::test]
async fn path_variables_come_from_the_name_a_field_or_the_starting_call() {
    // A template whose one variable is not called `name` takes the whole name.
    let server = MockServer::start().await;
    answer_start(&server, json!({"name": OP})).await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OP}")))
        .respond_with(Script::json([json!({"name": OP, "done": true})]))
        .expect(1)
        .mount(&server)
        .await;
    let mut call = Call::new(&client(&API, &server.uri()), &ISSUE);
    call.path_param("name", "enterprises/e1/devices/d1");
    Poller::<Value>::new(call, &BY_OPERATION)
        .with_policy(quick())
        .until_done()
        .await
        .expect("done");

    // An empty field of the operation is no value: the starting call's parameter is used.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/b/b1/o/rewrite"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "name": "projects/_/buckets/b1/operations/op-9", "bucket": "", "done": false})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/b/b1/operations/op-9"))
        .respond_with(Script::json([json!({"name": "op-9", "done": true})]))
        .expect(1)
        .mount(&server)
        .await;
    let mut call = Call::new(&client(&API, &server.uri()), &BUCKET_START);
    call.path_param("bucket", "b1");
    Poller::<Value>::new(call, &BUCKET_OPERATIONS)
        .with_policy(quick())
        .until_done()
        .await
        .expect("done");
}

#[tokio::test]
async fn pollers_and_their_states_say_what_they_follow() {
    let server = MockServer::start().await;
    let poller = issue(&server);
    let shown = format!("{poller:?}");
    assert!(shown.starts_with("Poller"), "{shown}");
    assert!(shown.contains("example.devices.issueCommand"), "{shown}");
    assert!(shown.contains("initial_delay: 1ms"), "{shown}");
    assert!(format!("{:?}", poller.states()).starts_with("OperationStates"));
}

/// A Compute operation of region `europe-west1`.
fn regional_op(status: &str) -> Value {
    let mut op = compute_op(status);
    op["zone"] = Value::Null;
    op["region"] = json!("https://www.googleapis.com/compute/v1/projects/p1/regions/europe-west1");
    op
}
