//! Long-running operations through a generated crate: Android Management's
//! `enterprises.devices.issueCommand` answers with a `google.longrunning.Operation`, which
//! `.poller()` follows with `enterprises.devices.operations.get` until it is done.

use std::time::Duration;

use google_androidmanagement_v1::schemas::{Command, CommandType};
use google_androidmanagement_v1::Client;
use google_api_runtime::auth::StaticToken;
use google_api_runtime::{Error, PollPolicy, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const DEVICE: &str = "enterprises/e1/devices/d1";
const OPERATION: &str = "enterprises/e1/devices/d1/operations/1700000000000";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .root_url(server.uri())
        .auth(StaticToken::new("ya29.token"))
        .retry(RetryPolicy::default().with_initial_backoff(Duration::from_millis(1)))
        .build()
}

fn quick() -> PollPolicy {
    PollPolicy::default().with_initial_delay(Duration::from_millis(1))
}

/// The server accepts the command, then reports it pending, then done (or failed).
async fn device_server(last: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!("/v1/{DEVICE}:issueCommand")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "name": OPERATION,
            "metadata": {"@type": "type.googleapis.com/google.android.devicemanagement.v1.Command", "type": "LOCK"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OPERATION}")))
        .respond_with(ResponseTemplate::new(200).set_body_json(last))
        .mount(&server)
        .await;
    server
}

/// Each request as `METHOD path`.
fn sent(requests: &[wiremock::Request]) -> Vec<String> {
    requests
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect()
}

#[tokio::test]
async fn issue_command_is_awaited_to_its_end_in_one_expression() {
    let server = device_server(json!({"name": OPERATION, "done": true})).await;
    let client = client(&server);

    let done = client
        .enterprises()
        .devices()
        .issue_command(DEVICE, Command::default().set_type(CommandType::Lock))
        .poller()
        .with_policy(quick())
        .until_done()
        .await
        .expect("the command ran");

    assert_eq!(done.name.as_deref(), Some(OPERATION));
    assert_eq!(done.done, Some(true));
    let requests = server.received_requests().await.unwrap_or_default();
    let sent = sent(&requests);
    assert_eq!(
        sent,
        [
            format!("POST /v1/{DEVICE}:issueCommand"),
            format!("GET /v1/{OPERATION}")
        ]
    );
    let body: serde_json::Value = serde_json::from_slice(&requests[0].body).unwrap_or_default();
    assert_eq!(body, json!({"type": "LOCK"}));
}

#[tokio::test]
async fn a_failed_command_is_a_typed_error() {
    let server = device_server(json!({
        "name": OPERATION, "done": true,
        "error": {"code": 9, "message": "The device is not online."}
    }))
    .await;
    let error = client(&server)
        .enterprises()
        .devices()
        .issue_command(DEVICE, Command::default())
        .poller()
        .with_policy(quick())
        .until_done()
        .await
        .expect_err("the command failed");
    let Error::Operation(op) = &error else {
        panic!("expected an operation error, got {error:?}")
    };
    assert_eq!(op.code, Some(9));
    assert_eq!(op.status_text.as_deref(), Some("FAILED_PRECONDITION"));
    assert_eq!(op.message, "The device is not online.");
    assert_eq!(
        error.method_id(),
        "androidmanagement.enterprises.devices.issueCommand"
    );
}

#[tokio::test]
async fn send_still_answers_the_first_operation() {
    let server = device_server(json!({"name": OPERATION, "done": true})).await;
    let first = client(&server)
        .enterprises()
        .devices()
        .issue_command(DEVICE, Command::default())
        .send()
        .await
        .expect("sent");
    assert_eq!(first.done, None);
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(1));
}

/// A device whose command runs until it is cancelled: `operations.get` answers it running until
/// `operations.cancel` arrives, then done with `CANCELLED`, as the API documents.
async fn cancellable_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!("/v1/{DEVICE}:issueCommand")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"name": OPERATION})))
        .mount(&server)
        .await;
    let cancelled = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = cancelled.clone();
    Mock::given(method("POST"))
        .and(path(format!("/v1/{OPERATION}:cancel")))
        .respond_with(move |_: &wiremock::Request| {
            flag.store(true, std::sync::atomic::Ordering::SeqCst);
            ResponseTemplate::new(200).set_body_json(json!({}))
        })
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OPERATION}")))
        .respond_with(move |_: &wiremock::Request| {
            let body = if cancelled.load(std::sync::atomic::Ordering::SeqCst) {
                json!({"name": OPERATION, "done": true,
                       "error": {"code": 1, "message": "Operation cancelled by the caller."}})
            } else {
                json!({"name": OPERATION, "done": false})
            };
            ResponseTemplate::new(200).set_body_json(body)
        })
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_running_command_is_cancelled_and_its_poller_ends_cancelled() {
    use futures::StreamExt;

    let server = cancellable_server().await;
    let client = client(&server);
    let mut states = client
        .enterprises()
        .devices()
        .issue_command(DEVICE, Command::default().set_type(CommandType::Lock))
        .poller()
        .with_policy(quick())
        .states();
    let mut seen = 0;
    let ending = loop {
        match states.next().await {
            Some(Ok(state)) => {
                seen += 1;
                // Once the command has been seen running, the caller gives up on it.
                if state.done == Some(false) {
                    state.cancel(&client).await.expect("cancel sent");
                }
            }
            Some(Err(error)) => break error,
            None => panic!("the stream ended without the cancellation"),
        }
    };
    assert_eq!(seen, 2, "the first answer, then one poll running");
    let op = ending.as_operation_error().expect("an operation error");
    assert_eq!(op.code, Some(1));
    assert_eq!(op.status_text.as_deref(), Some("CANCELLED"));
    assert_eq!(op.status.map(|s| s.as_u16()), Some(499));

    let requests = server.received_requests().await.unwrap_or_default();
    let sent = sent(&requests);
    assert_eq!(
        sent,
        [
            format!("POST /v1/{DEVICE}:issueCommand"),
            format!("GET /v1/{OPERATION}"),
            format!("POST /v1/{OPERATION}:cancel"),
            format!("GET /v1/{OPERATION}"),
        ]
    );
    let cancel = &requests[2];
    // The document's `cancel` takes no request body, so none is sent, as Google's clients do.
    assert!(cancel.body.is_empty(), "{:?}", cancel.body);
    assert_eq!(
        cancel
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some("Bearer ya29.token")
    );
}

#[tokio::test]
async fn an_operation_without_a_name_is_not_cancelled() {
    let server = MockServer::start().await;
    let error = google_androidmanagement_v1::schemas::Operation::default()
        .cancel(&client(&server))
        .await
        .expect_err("nothing to cancel");
    assert!(
        matches!(
            &error,
            Error::InvalidArgument {
                parameter: Some("name"),
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.method_id(),
        "androidmanagement.enterprises.devices.operations.cancel"
    );
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(0));
}
