//! A scripted local server and hand-written methods.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use google_api_runtime::auth::StaticToken;
use google_api_runtime::operation::{PollMethods, Shape};
use google_api_runtime::{ApiInfo, Client, MethodInfo, RetryPolicy};
use http::Method;
use serde_json::Value;
use wiremock::{Request, Respond, ResponseTemplate};

pub const SCOPE: &str = "https://www.googleapis.com/auth/example";

/// An API with `google.longrunning` operations.
pub static API: ApiInfo = api("example");
/// Cloud Storage, whose calls carry an idempotency token.
pub static STORAGE: ApiInfo = api("storage");

const fn api(name: &'static str) -> ApiInfo {
    ApiInfo {
        name,
        version: "v1",
        title: "Example API",
        root_url: "https://example.googleapis.com/",
        mtls_root_url: None,
        service_path: "",
        batch_path: None,
        crate_name: "google-example-v1",
        crate_version: "0.4.2",
        fully_encode_reserved: false,
    }
}

const fn method(id: &'static str, http_method: Method, path: &'static str) -> MethodInfo {
    MethodInfo {
        id,
        http_method,
        path,
        scopes: &[SCOPE],
        api_version: None,
    }
}

/// Starts an operation, as Android Management's `issueCommand` does.
pub static ISSUE: MethodInfo = method(
    "example.devices.issueCommand",
    Method::POST,
    "v1/{+name}:issueCommand",
);
pub static OPERATIONS_GET: MethodInfo = method("example.operations.get", Method::GET, "v1/{+name}");

pub static LONG_RUNNING: Shape = Shape::LongRunning(PollMethods {
    get: Some(&OPERATIONS_GET),
    wait: None,
    wait_has_body: false,
});

/// Compute's `instances.insert`, with its `requestId` query parameter.
pub static INSERT: MethodInfo = method(
    "compute.instances.insert",
    Method::POST,
    "projects/{project}/zones/{zone}/instances",
);
pub static ZONE_WAIT: MethodInfo = method(
    "compute.zoneOperations.wait",
    Method::POST,
    "projects/{project}/zones/{zone}/operations/{operation}/wait",
);
pub static ZONE_GET: MethodInfo = method(
    "compute.zoneOperations.get",
    Method::GET,
    "projects/{project}/zones/{zone}/operations/{operation}",
);
pub static GLOBAL_GET: MethodInfo = method(
    "compute.globalOperations.get",
    Method::GET,
    "projects/{project}/global/operations/{operation}",
);
pub static REGION_WAIT: MethodInfo = method(
    "compute.regionOperations.wait",
    Method::POST,
    "projects/{project}/regions/{region}/operations/{operation}/wait",
);

pub static COMPUTE: Shape = Shape::Compute {
    zonal: PollMethods {
        get: Some(&ZONE_GET),
        wait: Some(&ZONE_WAIT),
        wait_has_body: false,
    },
    regional: PollMethods {
        get: None,
        wait: Some(&REGION_WAIT),
        wait_has_body: false,
    },
    global: PollMethods {
        get: Some(&GLOBAL_GET),
        wait: None,
        wait_has_body: false,
    },
};

/// Operations read with a template whose one variable is not called `name`.
pub static OPERATIONS_GET_BY_ID: MethodInfo =
    method("example.operations.get", Method::GET, "v1/{+operation}");
pub static BY_OPERATION: Shape = Shape::LongRunning(PollMethods {
    get: Some(&OPERATIONS_GET_BY_ID),
    wait: None,
    wait_has_body: false,
});

/// Cloud Storage's bucket operations: `b/{bucket}/operations/{operationId}`.
pub static BUCKET_START: MethodInfo = method(
    "example.objects.rewrite",
    Method::POST,
    "b/{bucket}/o/rewrite",
);
pub static BUCKET_OPERATIONS_GET: MethodInfo = method(
    "example.buckets.operations.get",
    Method::GET,
    "b/{bucket}/operations/{operationId}",
);
pub static BUCKET_OPERATIONS: Shape = Shape::LongRunning(PollMethods {
    get: Some(&BUCKET_OPERATIONS_GET),
    wait: None,
    wait_has_body: false,
});

/// A client of `api` pointed at `root`, with millisecond retries.
pub fn client(api: &'static ApiInfo, root: &str) -> Client {
    Client::builder(api)
        .root_url(root)
        .retry(fast_retries())
        .auth(StaticToken::new("ya29.token"))
        .build()
}

pub fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(4)
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(5))
}

/// Answers in turn with each response of a script, the last one from then on.
pub struct Script(Mutex<VecDeque<ResponseTemplate>>);

impl Script {
    pub fn new(responses: impl IntoIterator<Item = ResponseTemplate>) -> Self {
        Script(Mutex::new(responses.into_iter().collect()))
    }

    /// Answers `200` with each JSON body in turn.
    pub fn json(bodies: impl IntoIterator<Item = Value>) -> Self {
        Self::new(
            bodies
                .into_iter()
                .map(|b| ResponseTemplate::new(200).set_body_json(b)),
        )
    }
}

impl Respond for Script {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut queue = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if queue.len() > 1 {
            queue
                .pop_front()
                .unwrap_or_else(|| ResponseTemplate::new(500))
        } else {
            queue
                .front()
                .cloned()
                .unwrap_or_else(|| ResponseTemplate::new(500))
        }
    }
}

/// The value of header `name` of `request`.
pub fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// The value of query parameter `name` of `request`.
pub fn query(request: &Request, name: &str) -> Option<String> {
    request
        .url
        .query_pairs()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.into_owned())
}
