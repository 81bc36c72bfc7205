//! A hand-written API and methods, as a generated crate would emit them, and helpers.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::{self, BoxFuture, FutureExt};
use google_api_runtime::auth::{AuthError, Credential, Scopes, Secret, TokenProvider};
use google_api_runtime::{ApiInfo, Client, MediaUpload, MethodInfo, RetryPolicy};
use http::Method;

pub const TOKEN: &str = "ya29.upload-token";
pub const SCOPE: &str = "https://www.googleapis.com/auth/example";
pub const READ_SCOPE: &str = "https://www.googleapis.com/auth/example.readonly";

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

pub static API_WITHOUT_BATCH: ApiInfo = ApiInfo {
    batch_path: None,
    ..API
};

pub static LIST_THINGS: MethodInfo = MethodInfo {
    id: "example.things.list",
    http_method: Method::GET,
    path: "users/{userId}/things",
    scopes: &[READ_SCOPE, SCOPE],
    api_version: None,
};

pub static GET_THING: MethodInfo = MethodInfo {
    id: "example.things.get",
    http_method: Method::GET,
    path: "users/{userId}/things/{thingId}",
    scopes: &[READ_SCOPE],
    api_version: None,
};

pub static INSERT_THING: MethodInfo = MethodInfo {
    id: "example.things.insert",
    http_method: Method::POST,
    path: "users/{userId}/things",
    scopes: &[SCOPE],
    api_version: None,
};

pub static DELETE_THING: MethodInfo = MethodInfo {
    id: "example.things.delete",
    http_method: Method::DELETE,
    path: "users/{userId}/things/{thingId}",
    scopes: &["https://www.googleapis.com/auth/example.delete"],
    api_version: None,
};

/// The upload facts of `example.things.insert`.
pub static INSERT_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/example/v1/users/{userId}/things"),
    resumable_path: Some("/resumable/upload/example/v1/users/{userId}/things"),
    accept: &["message/*", "image/png"],
    max_size: Some(64 << 20),
    multipart: true,
};

/// A retry policy with millisecond waits, so retry tests stay fast.
pub fn fast_retries(max_attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(max_attempts)
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(5))
        .with_max_elapsed(Some(Duration::from_secs(20)))
}

/// A client of [`API`] at `root`, with a recording token provider and fast retries.
pub fn client(root: &str) -> (Arc<Recorder>, Client) {
    client_of(&API, root, fast_retries(4))
}

/// A client of `api` at `root` with `policy`, and its recording token provider.
pub fn client_of(
    api: &'static ApiInfo,
    root: &str,
    policy: RetryPolicy,
) -> (Arc<Recorder>, Client) {
    let recorder = Arc::new(Recorder::default());
    let client = Client::builder(api)
        .http_client(crate::http_client())
        .root_url(root)
        .retry(policy)
        .auth(recorder.clone())
        .build();
    (recorder, client)
}

/// A token provider that counts how often it is asked and remembers the scopes it was last
/// asked for.
#[derive(Debug, Default)]
pub struct Recorder {
    calls: AtomicUsize,
    scopes: Mutex<Vec<String>>,
    /// The scopes each credential request asked for, after call and client overrides.
    requested: Mutex<Vec<Vec<String>>>,
}

impl Recorder {
    pub fn count(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }

    pub fn last_scopes(&self) -> Vec<String> {
        self.scopes.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// The requested scopes of every credential request so far, in order.
    pub fn requested(&self) -> Vec<Vec<String>> {
        self.requested.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

impl TokenProvider for Recorder {
    fn credential_for<'a>(
        &'a self,
        scopes: Scopes<'a>,
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        if let Ok(mut requested) = self.requested.lock() {
            requested.push(scopes.requested());
        }
        self.credential(scopes.accepted())
    }

    fn credential<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut seen) = self.scopes.lock() {
            *seen = scopes.iter().map(|s| (*s).to_owned()).collect();
        }
        future::ready(Ok(Credential::Bearer(Secret::new(TOKEN)))).boxed()
    }
}

/// Compile-time check that a value is `Send`.
pub fn assert_send<T: Send>(_: &T) {}

/// Compile-time check that a stream is `Send` and `Unpin`, so that `.next().await` works on it
/// without pinning and it can move between threads.
pub fn assert_send_unpin<T: Send + Unpin>(_: &T) {}

/// A token provider whose tokens are `tok-1`, `tok-2`, ...: each refused token is replaced by the
/// next, as a provider that mints tokens would.
#[derive(Debug, Default)]
pub struct Rotating {
    refused: AtomicUsize,
}

impl Rotating {
    fn current(&self) -> String {
        format!("tok-{}", self.refused.load(Ordering::SeqCst) + 1)
    }
}

impl TokenProvider for Rotating {
    fn credential<'a>(
        &'a self,
        _: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        future::ready(Ok(Credential::Bearer(Secret::new(self.current())))).boxed()
    }

    fn invalidate(&self, _: Scopes<'_>, rejected: &Credential) -> bool {
        match rejected {
            Credential::Bearer(token) if token.expose() == self.current() => {
                self.refused.fetch_add(1, Ordering::SeqCst);
                true
            }
            _ => false,
        }
    }
}

/// A client of [`API`] at `root` whose tokens rotate when refused.
pub fn rotating_client(root: &str) -> Client {
    Client::builder(&API)
        .http_client(crate::http_client())
        .root_url(root)
        .retry(fast_retries(3))
        .auth(Rotating::default())
        .build()
}
