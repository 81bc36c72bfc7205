//! The tracing spans follow OpenTelemetry's HTTP client conventions: one span per call, one per
//! request sent, with the attributes an OpenTelemetry pipeline reads, and no credential.

use google_api_runtime::auth::ApiKey;
use google_api_runtime::Call;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;
use crate::span_log::{field, Spans};

#[tokio::test]
async fn a_retried_call_shows_one_client_span_per_request_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/example/v1/users/me/things/t1"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/example/v1/users/me/things/t1"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&server)
        .await;
    let spans = Spans::default();
    let _guard = tracing::subscriber::set_default(spans.clone());
    let client = client(&server);
    let mut call = Call::new(&client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call.send::<serde_json::Value>().await.unwrap();

    let calls = spans.named("google_api_call");
    assert_eq!(calls.len(), 1, "{calls:?}");
    let call = &calls[0];
    assert_eq!(field(call, "otel.name"), Some("example.things.get"));
    assert_eq!(field(call, "rpc.method"), Some("example.things.get"));
    assert_eq!(field(call, "gcp.client.service"), Some("example"));
    assert_eq!(
        field(call, "gcp.client.artifact"),
        Some("google-example-v1")
    );
    assert_eq!(field(call, "gcp.client.version"), Some("0.4.2"));
    assert_eq!(
        field(call, "url.template"),
        Some("users/{userId}/things/{thingId}")
    );
    assert_eq!(field(call, "otel.status_code"), None, "the call succeeded");

    let requests = spans.named("http_request");
    assert_eq!(requests.len(), 2, "{requests:?}");
    let port = server.address().port().to_string();
    for (sent, request) in requests.iter().enumerate() {
        assert_eq!(field(request, "otel.kind"), Some("client"));
        assert_eq!(field(request, "otel.name"), Some("GET"));
        assert_eq!(field(request, "http.request.method"), Some("GET"));
        assert_eq!(field(request, "server.address"), Some("127.0.0.1"));
        assert_eq!(field(request, "server.port"), Some(port.as_str()));
        let full = field(request, "url.full").unwrap();
        assert!(
            full.starts_with(&format!("{}/example/v1/users/me/things/t1?", server.uri())),
            "{full}"
        );
        let resend = (sent > 0).then(|| sent.to_string());
        assert_eq!(
            field(request, "http.request.resend_count"),
            resend.as_deref()
        );
    }
    assert_eq!(
        field(&requests[0], "http.response.status_code"),
        Some("503")
    );
    assert_eq!(field(&requests[0], "error.type"), Some("503"));
    assert_eq!(field(&requests[0], "otel.status_code"), Some("ERROR"));
    assert_eq!(
        field(&requests[1], "http.response.status_code"),
        Some("200")
    );
    assert_eq!(field(&requests[1], "error.type"), None);
}

#[tokio::test]
async fn spans_show_no_api_key_and_a_failed_call_says_why() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let spans = Spans::default();
    let _guard = tracing::subscriber::set_default(spans.clone());
    let client = builder(&server)
        .auth(ApiKey::new("AIza-secret-key"))
        .build();
    let mut call = Call::new(&client, &DELETE_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call.send_empty().await.unwrap_err();

    let requests = spans.named("http_request");
    assert_eq!(requests.len(), 1, "a 404 is not retried: {requests:?}");
    let full = field(&requests[0], "url.full").unwrap();
    assert!(full.contains("key=REDACTED"), "{full}");
    let everything = spans.everything();
    assert!(!everything.contains("AIza-secret-key"), "{everything}");
    let call = &spans.named("google_api_call")[0];
    assert_eq!(field(call, "error.type"), Some("404"));
    assert_eq!(field(call, "otel.status_code"), Some("ERROR"));
}

#[tokio::test]
async fn a_connection_that_fails_is_a_client_span_with_an_error_type() {
    // A port nobody listens on: bind one, then free it.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let root = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let spans = Spans::default();
    let _guard = tracing::subscriber::set_default(spans.clone());
    let client = google_api_runtime::Client::builder(&API)
        .root_url(root)
        .retry(fast_retries(2))
        .build();
    let mut call = Call::new(&client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call.send::<serde_json::Value>().await.unwrap_err();
    let requests = spans.named("http_request");
    assert_eq!(requests.len(), 2, "{requests:?}");
    for request in &requests {
        assert_eq!(field(request, "error.type"), Some("connect"));
        assert_eq!(field(request, "http.response.status_code"), None);
    }
    assert_eq!(
        field(&spans.named("google_api_call")[0], "error.type"),
        Some("connect")
    );
}
