//! A hand-written API and methods, as a generated crate would emit them, and helpers.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::future::{self, BoxFuture, FutureExt};
use google_api_runtime::auth::{AuthError, Credential, Secret, TokenProvider};
use google_api_runtime::{ApiInfo, Client, ClientBuilder, MethodInfo, RetryPolicy};
use http::Method;
use wiremock::MockServer;

pub const TOKEN: &str = "ya29.super-secret-token";
pub const SCOPE: &str = "https://www.googleapis.com/auth/example";

pub static API: ApiInfo = ApiInfo {
    name: "example",
    version: "v1",
    title: "Example API",
    root_url: "https://example.googleapis.com/",
    mtls_root_url: None,
    service_path: "example/v1/",
    batch_path: Some("batch/example/v1"),
    crate_name: "google-example-v1",
    crate_version: "0.4.2",
    fully_encode_reserved: false,
};

pub static GET_THING: MethodInfo = MethodInfo {
    id: "example.things.get",
    http_method: Method::GET,
    path: "users/{userId}/things/{thingId}",
    scopes: &[SCOPE],
    api_version: None,
};

pub static GET_NAMED: MethodInfo = MethodInfo {
    id: "example.things.getNamed",
    http_method: Method::GET,
    path: "v1/{+name}",
    scopes: &[SCOPE],
    api_version: None,
};

pub static CREATE_THING: MethodInfo = MethodInfo {
    id: "example.things.create",
    http_method: Method::POST,
    path: "users/{userId}/things",
    scopes: &[SCOPE],
    api_version: None,
};

pub static DELETE_THING: MethodInfo = MethodInfo {
    id: "example.things.delete",
    http_method: Method::DELETE,
    path: "users/{userId}/things/{thingId}",
    scopes: &[SCOPE],
    api_version: None,
};

pub static UPDATE_THING: MethodInfo = MethodInfo {
    id: "example.things.update",
    http_method: Method::PUT,
    path: "users/{userId}/things/{thingId}",
    scopes: &[SCOPE],
    api_version: None,
};

pub static PATCH_THING: MethodInfo = MethodInfo {
    id: "example.things.patch",
    http_method: Method::PATCH,
    path: "users/{userId}/things/{thingId}",
    scopes: &[SCOPE],
    api_version: None,
};

/// A retry policy with millisecond waits, so retry tests stay fast.
pub fn fast_retries(max_attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(max_attempts)
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(5))
        .with_max_elapsed(Some(Duration::from_secs(20)))
}

/// A client of [`API`] pointed at `server`, with a static token and fast retries.
pub fn client(server: &MockServer) -> Client {
    builder(server)
        .auth(google_api_runtime::auth::StaticToken::new(TOKEN))
        .build()
}

/// A builder of a client of [`API`] pointed at `server`, with fast retries and no credentials.
pub fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder(&API)
        .root_url(server.uri())
        .retry(fast_retries(4))
}

/// The value of header `name` of `request`, if it has one that is text.
pub fn header<'a>(request: &'a wiremock::Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// An error and its causes as anyhow's `{:#}` shows them: each `Display`, joined by `: `.
pub fn chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut shown = err.to_string();
    let mut cause = err.source();
    while let Some(inner) = cause {
        shown.push_str(": ");
        shown.push_str(&inner.to_string());
        cause = inner.source();
    }
    shown
}

/// The requests the server has received so far.
pub async fn received(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap_or_default()
}

/// A token provider that counts how often it is asked, which is once per attempt, and remembers
/// the scopes it was last asked for.
#[derive(Debug, Default)]
pub struct CountingProvider {
    pub calls: AtomicUsize,
    pub scopes: std::sync::Mutex<Vec<String>>,
    pub fail: bool,
}

impl CountingProvider {
    pub fn count(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

impl TokenProvider for CountingProvider {
    fn credential<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut seen) = self.scopes.lock() {
            *seen = scopes.iter().map(|s| (*s).to_owned()).collect();
        }
        let result = if self.fail {
            Err(AuthError::new("the refresh token was revoked"))
        } else {
            Ok(Credential::Bearer(Secret::new(TOKEN)))
        };
        future::ready(result).boxed()
    }
}

/// A shared counting provider, and a client of `root` that uses it.
pub fn counting_client(root: &str, policy: RetryPolicy) -> (Arc<CountingProvider>, Client) {
    let provider = Arc::new(CountingProvider::default());
    let client = Client::builder(&API)
        .root_url(root)
        .retry(policy)
        .auth(provider.clone())
        .build();
    (provider, client)
}
