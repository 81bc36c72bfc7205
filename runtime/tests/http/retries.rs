//! Retries: which calls are repeated, how often, and how `Retry-After` is honoured.

use std::time::{Duration, Instant};

use google_api_runtime::{Call, Client, Error, MethodInfo, RetryPolicy};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

/// Mounts `failures` answers of `status`, then success.
async fn flaky_server(status: u16, failures: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status))
        .up_to_n_times(failures)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    server
}

fn call(client: &Client, method: &'static MethodInfo) -> Call {
    let mut call = Call::new(client, method);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call
}

#[tokio::test]
async fn get_is_retried_until_success() {
    let server = flaky_server(503, 2).await;
    let client = builder(&server).retry(fast_retries(5)).build();
    let answer: serde_json::Value = call(&client, &GET_THING)
        .send()
        .await
        .expect("third attempt succeeds");
    assert_eq!(answer, json!({"ok": true}));
    assert_eq!(received(&server).await.len(), 3);
}

#[tokio::test]
async fn put_and_delete_are_retried_on_each_retryable_status() {
    for status in [429, 500, 502, 504] {
        let server = flaky_server(status, 1).await;
        let client = builder(&server).retry(fast_retries(3)).build();
        call(&client, &UPDATE_THING)
            .send_empty()
            .await
            .expect("PUT retried");
        call(&client, &DELETE_THING)
            .send_empty()
            .await
            .expect("DELETE succeeds");
        assert_eq!(received(&server).await.len(), 3, "status {status}");
    }
}

#[tokio::test]
async fn attempts_are_bounded() {
    let server = flaky_server(503, 100).await;
    let client = builder(&server).retry(fast_retries(3)).build();
    let err = call(&client, &GET_THING)
        .send_empty()
        .await
        .expect_err("always 503");
    assert_eq!(err.status(), Some(http::StatusCode::SERVICE_UNAVAILABLE));
    assert!(err.is_retryable());
    assert_eq!(received(&server).await.len(), 3);
}

/// A 5xx after a POST or PATCH may come after the server acted: not repeated.
#[tokio::test]
async fn post_and_patch_are_not_retried_after_failures_the_server_may_have_acted_on() {
    let server = flaky_server(503, 100).await;
    let client = builder(&server).retry(fast_retries(5)).build();
    let err = call(&client, &CREATE_THING)
        .send_empty()
        .await
        .expect_err("POST not retried");
    assert_eq!(err.status(), Some(http::StatusCode::SERVICE_UNAVAILABLE));
    let err = call(&client, &PATCH_THING)
        .send_empty()
        .await
        .expect_err("PATCH not retried");
    assert!(
        err.is_retryable(),
        "the kind is retryable, the method is not"
    );
    assert_eq!(received(&server).await.len(), 2);
}

/// Mounts `failures` answers of `status` with `body` as JSON, then success.
async fn flaky_json_server(status: u16, body: serde_json::Value, failures: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .up_to_n_times(failures)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    server
}

/// How Gmail and the Admin SDK answer a rate limit.
fn rate_limit_body(reason: &str) -> serde_json::Value {
    json!({"error": {
        "code": 403,
        "message": "Quota exceeded for quota metric 'Queries'",
        "errors": [{"message": "Rate Limit Exceeded", "domain": "usageLimits", "reason": reason}],
        "status": "PERMISSION_DENIED"
    }})
}

/// 429 and the rate-limit 403s mean the server refused before doing anything: every method is
/// sent again, POST and PATCH included.
#[tokio::test]
async fn refusals_before_any_work_are_retried_for_every_method() {
    let answers = [
        (429, json!({"error": {"code": 429, "message": "slow down"}})),
        (403, rate_limit_body("rateLimitExceeded")),
        (403, rate_limit_body("userRateLimitExceeded")),
    ];
    for (status, body) in answers {
        for method in [&CREATE_THING, &PATCH_THING, &GET_THING] {
            let server = flaky_json_server(status, body.clone(), 2).await;
            let client = builder(&server).retry(fast_retries(5)).build();
            call(&client, method)
                .send_empty()
                .await
                .unwrap_or_else(|e| panic!("{} after {status}: {e}", method.id));
            let seen = received(&server).await;
            assert_eq!(seen.len(), 3, "{} after {status} {body}", method.id);
            assert!(seen
                .iter()
                .all(|r| r.method.as_str() == method.http_method.as_str()));
        }
    }
}

#[tokio::test]
async fn other_403s_are_not_retried() {
    let forbidden = json!({"error": {"code": 403, "message": "no",
        "errors": [{"reason": "insufficientPermissions", "message": "no"}]}});
    for body in [
        forbidden,
        json!({"error": {"code": 403, "message": "no"}}),
        json!("x"),
    ] {
        let server = flaky_json_server(403, body.clone(), 100).await;
        let client = builder(&server).retry(fast_retries(5)).build();
        let err = call(&client, &GET_THING)
            .send_empty()
            .await
            .expect_err("403");
        assert!(!err.is_retryable(), "{body}");
        assert_eq!(received(&server).await.len(), 1, "{body}");
    }
}

#[tokio::test]
async fn request_timeouts_and_every_5xx_but_501_are_retried_for_idempotent_methods() {
    for status in [408, 500, 503, 505, 507, 511, 599] {
        let server = flaky_server(status, 1).await;
        let client = builder(&server).retry(fast_retries(3)).build();
        call(&client, &GET_THING)
            .send_empty()
            .await
            .unwrap_or_else(|e| panic!("GET after {status}: {e}"));
        assert_eq!(received(&server).await.len(), 2, "status {status}");
        let server = flaky_server(status, 1).await;
        let client = builder(&server).retry(fast_retries(3)).build();
        let err = call(&client, &CREATE_THING)
            .send_empty()
            .await
            .expect_err("POST is not repeated");
        assert!(err.is_retryable(), "status {status}");
        assert_eq!(received(&server).await.len(), 1, "status {status}");
    }
}

#[tokio::test]
async fn a_call_can_choose_its_own_policy() {
    // The client retries; this call does not.
    let server = flaky_server(503, 1).await;
    let client = builder(&server).retry(fast_retries(5)).build();
    let mut once = call(&client, &GET_THING);
    once.retry(RetryPolicy::none());
    once.send_empty().await.expect_err("not retried");
    assert_eq!(received(&server).await.len(), 1);

    // The client does not retry; this POST, known to be safe to repeat, does.
    let server = flaky_server(503, 2).await;
    let client = builder(&server).retry(RetryPolicy::none()).build();
    let mut safe = call(&client, &CREATE_THING);
    safe.retry(fast_retries(5).with_retry_non_idempotent(true));
    safe.send_empty().await.expect("third attempt succeeds");
    assert_eq!(received(&server).await.len(), 3);
}

#[tokio::test]
async fn non_retryable_statuses_are_not_retried() {
    for status in [400, 401, 403, 404, 409, 501] {
        let server = flaky_server(status, 100).await;
        let client = builder(&server).retry(fast_retries(5)).build();
        let err = call(&client, &GET_THING)
            .send_empty()
            .await
            .expect_err("error status");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(received(&server).await.len(), 1, "status {status}");
    }
}

#[tokio::test]
async fn retry_policy_none_disables_retries() {
    let server = flaky_server(503, 1).await;
    let client = builder(&server).retry(RetryPolicy::none()).build();
    let err = call(&client, &GET_THING)
        .send_empty()
        .await
        .expect_err("no retry");
    assert!(err.as_api_error().is_some());
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    // The computed backoff would be a millisecond; Retry-After asks for a second, within the
    // policy's longest wait.
    let client = builder(&server)
        .retry(fast_retries(3).with_max_backoff(Duration::from_secs(2)))
        .build();
    let started = Instant::now();
    call(&client, &GET_THING)
        .send_empty()
        .await
        .expect("second attempt succeeds");
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(received(&server).await.len(), 2);
}

#[tokio::test]
async fn retry_after_beyond_the_time_budget_stops_retrying() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    let client = builder(&server).retry(fast_retries(5)).build();
    let started = Instant::now();
    let err = call(&client, &GET_THING)
        .send_empty()
        .await
        .expect_err("gives up at once");
    assert_eq!(err.status(), Some(http::StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(received(&server).await.len(), 1);
    assert!(started.elapsed() < Duration::from_secs(30));

    // When Retry-After is not respected, the short computed backoff is used instead.
    let client = builder(&server)
        .retry(fast_retries(3).with_respect_retry_after(false))
        .build();
    call(&client, &GET_THING)
        .send_empty()
        .await
        .expect_err("still 503");
    assert_eq!(received(&server).await.len(), 4);
}

/// A `Retry-After` of a year with no time budget: the wait is capped by the policy's longest
/// backoff (5 ms here), so the second attempt comes at once (before, the call waited a year; the
/// outer timeout only stops a regression from hanging the suite).
#[tokio::test]
async fn retry_after_is_capped_by_the_longest_backoff() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "31536000"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = builder(&server)
        .retry(fast_retries(2).with_max_elapsed(None))
        .build();
    let sending = call(&client, &GET_THING).send_empty();
    tokio::time::timeout(Duration::from_secs(120), sending)
        .await
        .expect("the capped wait ends")
        .expect("second attempt succeeds");
    assert_eq!(received(&server).await.len(), 2);
}

/// An address on which nothing listens.
fn closed_address() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    let address = listener.local_addr().expect("local address");
    drop(listener);
    format!("http://{address}/")
}

/// A connection that was never established carried nothing to the server, so even a POST is
/// safe to send again.
#[tokio::test]
async fn connection_failures_are_retried_for_every_method() {
    let root = closed_address();
    let (provider, client) = counting_client(&root, fast_retries(3));
    let err = call(&client, &GET_THING)
        .send_empty()
        .await
        .expect_err("nothing listens");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(err.method_id(), "example.things.get");
    // The provider is asked once per attempt.
    assert_eq!(provider.count(), 3);

    let (provider, client) = counting_client(&root, fast_retries(3));
    call(&client, &CREATE_THING)
        .send_empty()
        .await
        .expect_err("nothing listens");
    assert_eq!(provider.count(), 3);
}

#[tokio::test]
async fn timeouts_are_transport_errors() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(10)))
        .mount(&server)
        .await;
    let client = builder(&server)
        .retry(fast_retries(2))
        .timeout(Duration::from_millis(100))
        .build();
    let err = call(&client, &GET_THING)
        .send_empty()
        .await
        .expect_err("times out");
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(received(&server).await.len(), 2);
}

/// Records the `delay_ms` of every "retrying" event of the exchange loop.
#[derive(Default, Clone)]
struct Delays(std::sync::Arc<std::sync::Mutex<Vec<u64>>>);

struct DelayField<'a>(&'a mut Option<u64>);

impl tracing::field::Visit for DelayField<'_> {
    fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
        if field.name() == "delay_ms" {
            *self.0 = Some(value);
        }
    }
    fn record_debug(&mut self, _: &tracing::field::Field, _: &dyn std::fmt::Debug) {}
}

impl tracing::Subscriber for Delays {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut delay = None;
        event.record(&mut DelayField(&mut delay));
        if let (Some(delay), Ok(mut all)) = (delay, self.0.lock()) {
            all.push(delay);
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// The wait before retry `n` is drawn from `[0, initial * multiplier^n]`: never above it, and
/// spread over it (a loop that always waited for the first bound, or the third, or not at all,
/// fails here).
#[tokio::test(flavor = "current_thread")]
async fn waits_grow_from_the_initial_backoff() {
    let server = flaky_server(503, 100).await;
    let policy = RetryPolicy::default()
        .with_max_attempts(9)
        .with_initial_backoff(Duration::from_millis(4))
        .with_multiplier(2.0)
        .with_max_backoff(Duration::from_secs(10))
        .with_max_elapsed(None);
    let client = builder(&server).retry(policy).build();
    let delays = Delays::default();
    let guard = tracing::subscriber::set_default(delays.clone());
    call(&client, &GET_THING)
        .send_empty()
        .await
        .expect_err("always 503");
    drop(guard);
    let delays = delays.0.lock().expect("not poisoned").clone();
    assert_eq!(delays.len(), 8, "{delays:?}");
    for (retry, delay) in delays.iter().enumerate() {
        let bound = 4u64 << retry;
        assert!(
            *delay <= bound,
            "retry {retry} waited {delay} ms: {delays:?}"
        );
    }
    // Drawn over the range: the later, longer waits are not all near zero (odds 2^-5 each).
    assert!(delays[3..].iter().any(|d| *d > 0), "{delays:?}");
    assert_eq!(received(&server).await.len(), 9);
}
