//! Compute Engine's long-running operations through the crate generated from the stress corpus's
//! `compute.v1.json`: `instances.insert` and `instances.delete` awaited to their end with
//! `.poller().until_done()` against a local server that behaves as Compute documents its
//! operations:
//!
//! - an insert or delete answers at once with an `Operation` (`status` `PENDING`), named in
//!   its zone;
//! - `zoneOperations.wait` answers when the operation is `DONE` or after a while, whichever
//!   comes first, so one wait may return it still `RUNNING` (the caller waits again);
//! - a failed operation is `DONE` with `error.errors[]` (each a `code`, a `message`, a
//!   `location`) and `httpErrorStatusCode` / `httpErrorMessage`;
//! - a request repeated with the same `requestId` is applied once: the server answers with the
//!   operation of the first (whose `clientOperationId` is that id).
//!
//! Run by `cargo xtask check-operations DIR`, in a scratch workspace where this file is the test
//! of a crate depending on the generated one; it is compiled nowhere else.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use google_api_runtime::auth::StaticToken;
use google_api_runtime::{Error, PollPolicy, Poller, RetryPolicy};
use google_compute_v1::schemas::{Instance, Operation, OperationStatus};
use google_compute_v1::Client;
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const ZONE: &str = "us-central1-a";
const BASE: &str = "/compute/v1/projects/p1/zones/us-central1-a";
const LINKS: &str = "https://www.googleapis.com/compute/v1/projects/p1/zones/us-central1-a";

/// What the server answers to the successive polls (`wait` or `get`) of an operation; the last
/// is repeated.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    /// The operation in that status.
    Status(&'static str),
    /// `503 Service Unavailable`, the operation unchanged.
    Unavailable,
    /// `DONE`, failed for want of quota.
    QuotaExceeded,
}

/// How the server behaves.
#[derive(Debug, Clone, Default)]
struct Behaviour {
    polls: Vec<Step>,
    /// `wait` is refused with a 404, as by a server that does not offer it.
    no_wait: bool,
    /// The first insert is acted on at once but answered only after this long.
    slow_first_insert: Option<Duration>,
}

#[derive(Debug, Default)]
struct State {
    /// Operations by name, with how many polls each has had.
    operations: HashMap<String, (Value, usize)>,
    /// The operation each `requestId` started.
    by_request_id: HashMap<String, String>,
    /// Every request, as `METHOD path`, with its status.
    log: Vec<String>,
    starts: usize,
}

/// A Compute Engine of one project, `p1`, and one zone.
#[derive(Debug, Clone)]
struct Compute {
    behaviour: Behaviour,
    state: Arc<Mutex<State>>,
}

impl Compute {
    async fn start(behaviour: Behaviour) -> (MockServer, Compute) {
        let server = MockServer::start().await;
        let compute = Compute {
            behaviour,
            state: Arc::default(),
        };
        let responder = compute.clone();
        Mock::given(any())
            .respond_with(move |request: &Request| responder.answer(request))
            .mount(&server)
            .await;
        (server, compute)
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn log(&self) -> Vec<String> {
        self.state().log.clone()
    }

    fn answer(&self, request: &Request) -> ResponseTemplate {
        let path = request.url.path().to_owned();
        let verb = request.method.to_string();
        let (status, answer) = self.route(&verb, &path, request);
        self.state().log.push(format!("{verb} {path} {status}"));
        let template = ResponseTemplate::new(status).set_body_json(answer);
        match self.behaviour.slow_first_insert {
            Some(delay) if verb == "POST" && path == format!("{BASE}/instances") => {
                let first = self
                    .state()
                    .log
                    .iter()
                    .filter(|l| l.starts_with("POST "))
                    .count()
                    == 1;
                if first {
                    template.set_delay(delay)
                } else {
                    template
                }
            }
            _ => template,
        }
    }

    fn route(&self, verb: &str, path: &str, request: &Request) -> (u16, Value) {
        let rest = path.strip_prefix(BASE).unwrap_or_default();
        let request_id = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "requestId")
            .map(|(_, v)| v.into_owned());
        match (verb, rest.split('/').collect::<Vec<_>>().as_slice()) {
            ("POST", ["", "instances"]) => {
                let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
                let name = body["name"].as_str().unwrap_or_default().to_owned();
                self.begin("insert", &name, request_id)
            }
            ("DELETE", ["", "instances", name]) => self.begin("delete", name, request_id),
            ("POST", ["", "operations", _, "wait"]) if self.behaviour.no_wait => {
                (404, error_body(404, "wait is not offered here"))
            }
            ("POST", ["", "operations", name, "wait"]) | ("GET", ["", "operations", name]) => {
                self.poll(name)
            }
            _ => (404, error_body(404, "no such method in this fake")),
        }
    }

    /// Starts an operation, or answers the one a repeated `requestId` started.
    fn begin(&self, kind: &str, instance: &str, request_id: Option<String>) -> (u16, Value) {
        let mut state = self.state();
        if let Some(name) = request_id
            .as_ref()
            .and_then(|id| state.by_request_id.get(id))
        {
            let existing = state.operations[name].0.clone();
            return (200, existing);
        }
        state.starts += 1;
        let name = format!("operation-{}", state.starts);
        let mut operation = json!({
            "kind": "compute#operation",
            "id": format!("{}", 7_000_000 + state.starts),
            "name": name,
            "operationType": kind,
            "status": "PENDING",
            "progress": 0,
            "zone": LINKS,
            "targetLink": format!("{LINKS}/instances/{instance}"),
            "selfLink": format!("{LINKS}/operations/{name}"),
        });
        if let Some(id) = request_id {
            operation["clientOperationId"] = json!(id);
            state.by_request_id.insert(id, name.clone());
        }
        state.operations.insert(name, (operation.clone(), 0));
        (200, operation)
    }

    /// Answers a `wait` or a `get` of operation `name` with its next step.
    fn poll(&self, name: &str) -> (u16, Value) {
        let polls = self.behaviour.polls.clone();
        let mut state = self.state();
        let Some((operation, count)) = state.operations.get_mut(name) else {
            return (404, error_body(404, "no such operation"));
        };
        let step = polls
            .get(*count)
            .or(polls.last())
            .copied()
            .unwrap_or(Step::Status("DONE"));
        *count += 1;
        match step {
            Step::Unavailable => (
                503,
                error_body(503, "The service is currently unavailable."),
            ),
            Step::Status(status) => {
                operation["status"] = json!(status);
                operation["progress"] = json!(if status == "DONE" { 100 } else { 40 });
                (200, operation.clone())
            }
            Step::QuotaExceeded => {
                operation["status"] = json!("DONE");
                operation["progress"] = json!(100);
                operation["httpErrorStatusCode"] = json!(403);
                operation["httpErrorMessage"] = json!("FORBIDDEN");
                operation["error"] = json!({"errors": [{
                    "code": "QUOTA_EXCEEDED",
                    "message": "Quota 'CPUS' exceeded.  Limit: 24.0 in region us-central1.",
                    "location": "us-central1",
                }]});
                (200, operation.clone())
            }
        }
    }
}

fn error_body(code: u16, message: &str) -> Value {
    json!({"error": {"code": code, "message": message, "errors": [{"message": message}]}})
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .root_url(server.uri())
        .auth(StaticToken::new("ya29.compute"))
        .retry(
            RetryPolicy::default()
                .with_initial_backoff(Duration::from_millis(1))
                .with_max_backoff(Duration::from_millis(5)),
        )
        .build()
}

fn quick() -> PollPolicy {
    PollPolicy::default()
        .with_initial_delay(Duration::from_millis(1))
        .with_max_delay(Duration::from_millis(4))
}

fn vm() -> Instance {
    Instance::default()
        .set_name("vm-1")
        .set_machine_type(format!("zones/{ZONE}/machineTypes/e2-small"))
}

/// `instances.insert` of `vm()`, polled quickly.
fn insert_vm(client: &Client) -> Poller<Operation> {
    client
        .instances()
        .insert("p1", ZONE, vm())
        .poller()
        .with_policy(quick())
}

fn is_uuid_v4(id: &str) -> bool {
    let groups: Vec<usize> = id.split('-').map(str::len).collect();
    groups == [8, 4, 4, 4, 12]
        && id.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
        && id.as_bytes()[14] == b'4'
        && matches!(id.as_bytes()[19], b'8' | b'9' | b'a' | b'b')
}

#[tokio::test]
async fn insert_is_awaited_from_pending_through_running_to_done() {
    let (server, compute) = Compute::start(Behaviour {
        // The first wait returns early, with the operation still running.
        polls: vec![Step::Status("RUNNING"), Step::Status("DONE")],
        ..Behaviour::default()
    })
    .await;
    let client = client(&server);

    let done: Operation = client
        .instances()
        .insert("p1", ZONE, vm())
        .poller()
        .with_policy(quick())
        .until_done()
        .await
        .expect("the instance is created");

    assert_eq!(done.status, Some(OperationStatus::Done));
    assert_eq!(done.operation_type.as_deref(), Some("insert"));
    assert_eq!(
        done.target_link.as_deref(),
        Some(format!("{LINKS}/instances/vm-1").as_str())
    );
    assert_eq!(done.progress, Some(100));
    assert_eq!(
        compute.log(),
        [
            format!("POST {BASE}/instances 200"),
            format!("POST {BASE}/operations/operation-1/wait 200"),
            format!("POST {BASE}/operations/operation-1/wait 200"),
        ]
    );
    let requests = server.received_requests().await.unwrap_or_default();
    let sent: Value = serde_json::from_slice(&requests[0].body).unwrap_or_default();
    assert_eq!(sent["name"], "vm-1");
    let id = done.client_operation_id.unwrap_or_default();
    assert!(is_uuid_v4(&id), "a request id was set: {id:?}");
    // Compute's wait takes no body, and the waits carry no request id of their own.
    assert!(requests[1].body.is_empty());
    assert!(!requests[1]
        .url
        .query()
        .unwrap_or_default()
        .contains("requestId"));
}

#[tokio::test]
async fn delete_streams_every_state_on_the_way() {
    let (server, compute) = Compute::start(Behaviour {
        polls: vec![Step::Status("RUNNING"), Step::Status("DONE")],
        ..Behaviour::default()
    })
    .await;
    let states: Vec<Operation> = client(&server)
        .instances()
        .delete("p1", ZONE, "vm-1")
        .poller()
        .with_policy(quick())
        .states()
        .map(|s| s.expect("a state"))
        .collect()
        .await;
    let seen: Vec<Option<OperationStatus>> = states.iter().map(|s| s.status.clone()).collect();
    assert_eq!(
        seen,
        [
            Some(OperationStatus::Pending),
            Some(OperationStatus::Running),
            Some(OperationStatus::Done)
        ]
    );
    assert_eq!(states[2].operation_type.as_deref(), Some("delete"));
    assert_eq!(
        compute.log()[0],
        format!("DELETE {BASE}/instances/vm-1 200")
    );
}

#[tokio::test]
async fn delete_polls_with_get_when_wait_is_refused() {
    let (server, compute) = Compute::start(Behaviour {
        polls: vec![Step::Status("RUNNING"), Step::Status("DONE")],
        no_wait: true,
        ..Behaviour::default()
    })
    .await;
    let done = client(&server)
        .instances()
        .delete("p1", ZONE, "vm-1")
        .poller()
        .with_policy(quick())
        .until_done()
        .await
        .expect("deleted");
    assert_eq!(done.status, Some(OperationStatus::Done));
    assert_eq!(
        compute.log(),
        [
            format!("DELETE {BASE}/instances/vm-1 200"),
            format!("POST {BASE}/operations/operation-1/wait 404"),
            format!("GET {BASE}/operations/operation-1 200"),
            format!("GET {BASE}/operations/operation-1 200"),
        ],
        "one refused wait, then get from then on"
    );
}

#[tokio::test]
async fn a_failed_insert_is_the_typed_operation_error() {
    let (server, _) = Compute::start(Behaviour {
        polls: vec![Step::Status("RUNNING"), Step::QuotaExceeded],
        ..Behaviour::default()
    })
    .await;
    let error = insert_vm(&client(&server))
        .until_done()
        .await
        .expect_err("the quota is exceeded");
    let Error::Operation(op) = &error else {
        panic!("expected an operation error, got {error:?}")
    };
    assert_eq!(op.status.map(|s| s.as_u16()), Some(403));
    assert_eq!(op.error_codes(), ["QUOTA_EXCEEDED"]);
    assert_eq!(op.errors[0]["location"], "us-central1");
    assert_eq!(op.message, "FORBIDDEN");
    assert_eq!(op.name.as_deref(), Some("operation-1"));
    assert_eq!(op.operation["operationType"], "insert");
    assert_eq!(error.method_id(), "compute.instances.insert");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(403));
    assert!(!error.is_retryable());
    assert_eq!(
        error.to_string(),
        "compute.instances.insert: the operation `operation-1` failed (HTTP 403, QUOTA_EXCEEDED): FORBIDDEN"
    );
}

#[tokio::test]
async fn an_operation_that_never_ends_meets_the_deadline() {
    let (server, compute) = Compute::start(Behaviour {
        polls: vec![Step::Status("RUNNING")],
        ..Behaviour::default()
    })
    .await;
    let deadline = Duration::from_millis(150);
    let error = insert_vm(&client(&server))
        .with_deadline(deadline)
        .until_done()
        .await
        .expect_err("never done");
    let Error::OperationTimeout { name, waited, .. } = &error else {
        panic!("expected the operation timeout, got {error:?}")
    };
    assert_eq!(name.as_deref(), Some("operation-1"));
    // It gave up only once the next wait (at most 4 ms) would end past the deadline.
    assert!(
        *waited + Duration::from_millis(4) > deadline,
        "gave up early: {waited:?}"
    );
    assert!(error.is_timeout());
    assert_eq!(error.method_id(), "compute.instances.insert");
    let waits = compute
        .log()
        .iter()
        .filter(|l| l.ends_with("/wait 200"))
        .count();
    assert!(waits >= 2, "it kept waiting until the deadline: {waits}");
}

#[tokio::test]
async fn a_503_in_the_middle_of_polling_is_retried() {
    let (server, compute) = Compute::start(Behaviour {
        polls: vec![
            Step::Status("RUNNING"),
            Step::Unavailable,
            Step::Status("DONE"),
        ],
        ..Behaviour::default()
    })
    .await;
    let done = insert_vm(&client(&server))
        .until_done()
        .await
        .expect("done after the 503");
    assert_eq!(done.status, Some(OperationStatus::Done));
    let wait = format!("POST {BASE}/operations/operation-1/wait");
    assert_eq!(
        compute.log()[1..],
        [
            format!("{wait} 200"),
            format!("{wait} 503"),
            format!("{wait} 200")
        ]
    );
}

#[tokio::test]
async fn a_retried_insert_keeps_its_request_id_and_is_applied_once() {
    let (server, compute) = Compute::start(Behaviour {
        polls: vec![Step::Status("DONE")],
        slow_first_insert: Some(Duration::from_secs(2)),
        ..Behaviour::default()
    })
    .await;
    // The first attempt times out on the client's side although the server acted on it.
    let impatient = Client::builder()
        .root_url(server.uri())
        .auth(StaticToken::new("ya29.compute"))
        .retry(RetryPolicy::default().with_initial_backoff(Duration::from_millis(1)))
        .timeout(Duration::from_millis(300))
        .build();
    let done = insert_vm(&impatient)
        .until_done()
        .await
        .expect("the retry answers");

    let requests = server.received_requests().await.unwrap_or_default();
    let ids: Vec<String> = requests
        .iter()
        .filter(|r| r.url.path() == format!("{BASE}/instances"))
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "requestId")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(ids.len(), 2, "the timed-out POST was sent again");
    assert_eq!(ids[0], ids[1], "with the same request id");
    assert!(is_uuid_v4(&ids[0]), "{:?}", ids[0]);
    {
        let state = compute.state();
        assert_eq!(state.starts, 1, "the server applied the insert once");
        assert_eq!(state.by_request_id.len(), 1);
    }
    assert_eq!(done.client_operation_id.as_deref(), Some(ids[0].as_str()));
    assert_eq!(done.name.as_deref(), Some("operation-1"));

    // The caller's own id is sent as it is.
    let own = client(&server)
        .instances()
        .insert("p1", ZONE, vm())
        .request_id("caller-chosen-id")
        .poller()
        .with_policy(quick())
        .until_done()
        .await
        .expect("done");
    assert_eq!(own.client_operation_id.as_deref(), Some("caller-chosen-id"));
    assert_eq!(own.name.as_deref(), Some("operation-2"));
}
