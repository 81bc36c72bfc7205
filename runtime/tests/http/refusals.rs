//! Calls refused before anything is sent, and secrets that never show.

use std::sync::Arc;

use google_api_runtime::auth::{ApiKey, StaticToken};
use google_api_runtime::{Call, Client, Error};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    server
}

/// A client whose provider counts requests for credentials.
fn counting(server: &MockServer) -> (Arc<CountingProvider>, Client) {
    counting_client(&server.uri(), fast_retries(3))
}

#[tokio::test]
async fn pattern_mismatch_is_refused_before_any_io() {
    let server = server().await;
    let (provider, client) = counting(&server);
    let mut call = Call::new(&client, &GET_NAMED);
    let name = "enterprises/e1/devices/d1";
    call.check_pattern("name", name, "^enterprises/[^/]+$");
    call.path_param("name", name);
    let err = call.send_empty().await.expect_err("pattern mismatch");
    let Error::InvalidArgument { parameter, .. } = &err else {
        panic!("expected an invalid argument, got {err:?}");
    };
    assert_eq!(*parameter, Some("name"));
    let shown = err.to_string();
    for part in [
        "example.things.getNamed",
        "`name`",
        "\"enterprises/e1/devices/d1\"",
        "^enterprises/[^/]+$",
    ] {
        assert!(shown.contains(part), "{shown} lacks {part}");
    }
    assert_eq!(provider.count(), 0, "no credential was requested");
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn matching_pattern_is_sent() {
    let server = server().await;
    let mut call = Call::new(&client(&server), &GET_NAMED);
    call.check_pattern("name", "enterprises/e1", "^enterprises/[^/]+$");
    call.path_param("name", "enterprises/e1");
    call.send_empty().await.expect("matches");
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn dot_segments_are_refused_before_any_io() {
    let server = server().await;
    let (provider, client) = counting(&server);
    for (method, name, value) in [
        (&GET_THING, "thingId", ".."),
        (&GET_THING, "thingId", "."),
        (&GET_NAMED, "name", "enterprises/../../admin"),
        (&GET_NAMED, "name", ".."),
    ] {
        let mut call = Call::new(&client, method);
        call.path_param("userId", "me");
        call.path_param(name, value);
        let err = call.send_empty().await.expect_err("dot segment");
        assert!(
            matches!(&err, Error::InvalidArgument { parameter: Some(p), .. } if *p == name),
            "{err:?}"
        );
        assert!(err.to_string().contains("segment"), "{err}");
    }
    assert_eq!(provider.count(), 0);
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn missing_path_parameter_is_refused() {
    let server = server().await;
    let mut call = Call::new(&client(&server), &GET_THING);
    call.path_param("userId", "me");
    let err = call.send_empty().await.expect_err("thingId missing");
    assert!(
        matches!(
            &err,
            Error::InvalidArgument {
                parameter: Some("thingId"),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn auth_failure_is_reported_without_a_request() {
    let server = server().await;
    let provider = Arc::new(CountingProvider {
        fail: true,
        ..CountingProvider::default()
    });
    let client = builder(&server).auth(provider.clone()).build();
    let mut call = Call::new(&client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    let err = call.send_empty().await.expect_err("auth fails");
    assert!(matches!(err, Error::Auth { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "example.things.get: could not obtain credentials"
    );
    assert_eq!(
        chain(&err),
        "example.things.get: could not obtain credentials: the refresh token was revoked"
    );
    assert!(!err.is_retryable());
    assert_eq!(provider.count(), 1, "auth failures are not retried");
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn secrets_never_show_in_debug_or_display() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(401).set_body_string(
            r#"{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}"#,
        ))
        .mount(&server)
        .await;
    let client = builder(&server).auth(StaticToken::new(TOKEN)).build();
    let mut call = Call::new(&client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    let shown_call = format!("{call:?}");
    let err = call.send_empty().await.expect_err("401");
    for shown in [
        format!("{client:?}"),
        shown_call,
        format!("{err}"),
        format!("{err:?}"),
    ] {
        assert!(!shown.contains(TOKEN), "token leaked: {shown}");
        assert!(!shown.contains("super-secret"), "token leaked: {shown}");
    }
}

#[tokio::test]
async fn api_key_never_shows_in_transport_errors() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    let root = format!("http://{}/", listener.local_addr().expect("address"));
    drop(listener);
    let client = Client::builder(&API)
        .root_url(root)
        .retry(fast_retries(1))
        .auth(ApiKey::new("AIzaSECRETKEY"))
        .build();
    let mut call = Call::new(&client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    let err = call.send_empty().await.expect_err("nothing listens");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    let shown = format!("{err} {err:?} {client:?}");
    assert!(!shown.contains("SECRETKEY"), "key leaked: {shown}");
    assert!(shown.contains("example.things.get"), "{shown}");
}
