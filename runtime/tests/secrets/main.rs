//! One request full of secrets, sent down every path that shows a request (a recording, the
//! tracing spans, a fake's difference report, errors' `Display`, `Debug` and source chains, over
//! the default transport and over reqwest): none of the secrets survives on any of them, while
//! what is not a secret is still shown.

use std::panic::AssertUnwindSafe;

use google_api_runtime::auth::StaticToken;
use google_api_runtime::testing::{Answer, Expect, FakeHttp, Recorder};
use google_api_runtime::transport::ReqwestTransport;
use google_api_runtime::{ApiInfo, Call, Client, HttpClient, MethodInfo, RetryPolicy};
use http::Method;
use serde_json::{json, Value};

mod fuzz;
#[allow(dead_code)]
#[path = "../support/span_log.rs"]
mod span_log;

/// Every secret below holds this, so that one search finds any that survived.
const MARK: &str = "SeCrEt";

static API: ApiInfo = ApiInfo {
    name: "example",
    version: "v1",
    title: "Example API",
    root_url: "https://example.googleapis.com/",
    mtls_root_url: None,
    service_path: "example/v1/",
    batch_path: None,
    crate_name: "google-example-v1",
    crate_version: "0.1.0",
    fully_encode_reserved: false,
};

static CREATE: MethodInfo = MethodInfo {
    id: "example.things.create",
    http_method: Method::POST,
    path: "things",
    scopes: &["https://www.googleapis.com/auth/example"],
    api_version: None,
};

/// The request: secrets in the query (an API key, a token, an upload id, a signed URL's
/// signature and credential), in headers (a customer-supplied encryption key and its hash, a
/// cookie, the bearer token) and in the JSON body, in every naming style Google's APIs use.
fn call(client: &Client) -> Call {
    let mut call = Call::new(client, &CREATE);
    call.query("key", format!("AIza-{MARK}-key"));
    call.query("access_token", format!("ya29.{MARK}-query-token"));
    call.query("upload_id", format!("{MARK}-upload-id"));
    call.query("X-Goog-Signature", format!("{MARK}-signature"));
    call.query("X-Goog-Credential", format!("sa@p.iam/{MARK}-credential"));
    call.query("sig", format!("{MARK}-sig"));
    call.query("visibleParam", "shown-param");
    call.header("x-goog-encryption-key", format!("{MARK}-csek"));
    call.header("x-goog-encryption-key-sha256", format!("{MARK}-csek-hash"));
    call.header("cookie", format!("session={MARK}-cookie"));
    call.json_body(&json!({
        "accessToken": format!("{MARK}-camel-token"),
        "access_token": format!("{MARK}-snake-token"),
        "refresh_token": format!("1//{MARK}-refresh"),
        "client_secret": format!("{MARK}-client-secret"),
        "signedJwt": format!("{MARK}-signed-jwt"),
        "privateKeyData": format!("{MARK}-private-key-data"),
        "private_key": format!("-----BEGIN PRIVATE KEY-----{MARK}"),
        "password": format!("{MARK}-password"),
        "subject_token": format!("{MARK}-subject-token"),
        "assertion": format!("{MARK}-assertion"),
        "nested": [{ "Password": format!("{MARK}-nested"), "name": "shown-field" }],
    }));
    call.retry(RetryPolicy::none());
    call
}

/// An answer with secrets of its own: an upload session's URL and id, a cookie, tokens.
fn secret_answer(status: u16) -> Answer {
    Answer::json(
        status,
        json!({
            "accessToken": format!("{MARK}-answer-token"),
            "id_token": format!("{MARK}-id-token"),
            "token": format!("{MARK}-token"),
            "expireTime": "shown-expiry",
        }),
    )
    .header(
        "location",
        &format!("https://up.example/upload/x?upload_id={MARK}-location&name=shown-name"),
    )
    .header("x-guploader-uploadid", &format!("{MARK}-guploader"))
    .header("set-cookie", &format!("sid={MARK}-set-cookie"))
}

fn client_over(http: HttpClient, root: &str) -> Client {
    Client::builder(&API)
        .root_url(root)
        .http_client(http)
        .auth(StaticToken::new(format!("ya29.{MARK}-bearer")))
        .build()
}

/// `Display` and `Debug` of `error` and of each of its sources.
fn every_rendering(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = String::new();
    let mut next = Some(error);
    while let Some(cause) = next {
        text.push_str(&format!("{cause}\n{cause:?}\n"));
        next = cause.source();
    }
    text
}

fn assert_no_secret(path: &str, text: &str) {
    assert!(!text.contains(MARK), "a secret survived in {path}:\n{text}");
}

/// Taken by every test here that sends a request. tracing decides once per call site whether
/// anyone listens; a request sent on another test's thread at the moment this binary's span
/// collector is installed can leave the `http_request` site marked as unheard, and the span test
/// then sees no request span. One request at a time removes that race.
static ONE_REQUEST_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test]
async fn a_recording_and_the_spans_keep_no_secret() {
    let _one = ONE_REQUEST_AT_A_TIME.lock().await;
    let fake = FakeHttp::new();
    fake.expect(Expect::post("/example/v1/things").answer(secret_answer(200)));
    let recorder = Recorder::new(fake.http_client());
    let client = client_over(recorder.http_client(), "https://example.googleapis.com/");
    let spans = span_log::Spans::default();
    let guard = tracing::subscriber::set_default(spans.clone());
    tracing::callsite::rebuild_interest_cache();
    let answer: Value = call(&client).send().await.expect("the fake answers");
    drop(guard);
    assert_eq!(answer["expireTime"], "shown-expiry");

    let recording = recorder.to_json();
    assert_no_secret("the recording", &recording);
    for shown in ["shown-param", "shown-field", "shown-expiry", "shown-name"] {
        assert!(recording.contains(shown), "{shown} missing:\n{recording}");
    }
    let traced = spans.everything();
    assert_no_secret("the spans", &traced);
    assert!(traced.contains("visibleParam=shown-param"), "{traced}");
    fake.verify();
}

#[tokio::test]
async fn a_fakes_report_and_the_error_keep_no_secret() {
    let _one = ONE_REQUEST_AT_A_TIME.lock().await;
    let fake = FakeHttp::new();
    // Every part differs from the request, so that every part is reported.
    fake.expect(
        Expect::post("/example/v1/other")
            .query("key", "another-key")
            .query("sig", "another-sig")
            .header("x-goog-encryption-key", "another-csek")
            .header("cookie", "another-cookie")
            .json(json!({ "password": "another-password", "name": "shown-expected" })),
    );
    let client = client_over(fake.http_client(), "https://example.googleapis.com/");
    let error = call(&client)
        .send::<Value>()
        .await
        .expect_err("the request differs");
    let rendered = every_rendering(&error);
    assert_no_secret("the error", &rendered);
    assert!(rendered.contains("shown-expected"), "{rendered}");
    let report = std::panic::catch_unwind(AssertUnwindSafe(|| fake.verify()))
        .expect_err("verify reports the differences");
    let report = report.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(report.contains("differs from the expected"), "{report}");
    assert!(report.contains("visibleParam=shown-param"), "{report}");
    assert_no_secret("the fake's report", &report);
}

#[tokio::test]
async fn an_api_errors_debug_keeps_no_secret() {
    let _one = ONE_REQUEST_AT_A_TIME.lock().await;
    let fake = FakeHttp::new();
    fake.expect(Expect::post("/example/v1/things").answer(secret_answer(400)));
    let client = client_over(fake.http_client(), "https://example.googleapis.com/");
    let error = call(&client)
        .send::<Value>()
        .await
        .expect_err("a 400 is an error");
    assert!(error.as_api_error().is_some(), "{error:?}");
    let rendered = every_rendering(&error);
    assert_no_secret("an API error", &rendered);
    assert!(rendered.contains("shown-name"), "{rendered}");
}

/// reqwest's own errors name the whole URL: passed on as they were, the API key and the upload
/// id reached the error chain.
#[tokio::test]
async fn a_reqwest_error_keeps_no_secret() {
    let _one = ONE_REQUEST_AT_A_TIME.lock().await;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let address = listener.local_addr().expect("its address");
    drop(listener);
    let transport =
        ReqwestTransport::from_builder(reqwest::Client::builder()).expect("a reqwest client");
    let client = client_over(
        HttpClient::from_transport(transport),
        &format!("http://{address}/"),
    );
    let error = call(&client)
        .send::<Value>()
        .await
        .expect_err("nothing listens there");
    let rendered = every_rendering(&error);
    assert_no_secret("a reqwest error", &rendered);
    assert!(rendered.contains(&address.to_string()), "{rendered}");
}
