//! The generated clients on the wire where Google's own clients set the rules: reserved path
//! expansion with `fullyEncodeReservedExpansion`, explicit `null` and zero values in a PATCH,
//! per-call headers and retry policies, and rate-limit answers retried for a POST.
//!
//! As in `seed_methods.rs`, every expected request is written out by hand.

use std::time::Duration;

use google_api_runtime::auth::StaticToken;
use google_api_runtime::{CallOptions, ClientBuilder, RetryPolicy};
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(3)
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(5))
}

fn connect<C: From<google_api_runtime::Client>>(
    builder: ClientBuilder<C>,
    server: &MockServer,
) -> C {
    builder
        .root_url(server.uri())
        .auth(StaticToken::new("ya29.test"))
        .retry(quick_retries())
        .build()
}

async fn server_answering(status: u16, body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    server
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recorded")
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

fn json_body(request: &Request) -> Value {
    assert_eq!(header(request, "content-type"), Some("application/json"));
    serde_json::from_slice(&request.body).expect("a JSON body")
}

/// The Admin SDK's document sets `fullyEncodeReservedExpansion`: in `{+orgUnitPath}` a `/`
/// separates units, and every other reserved character is encoded, so `Sales+Marketing` is not
/// read as `Sales Marketing`.
#[tokio::test]
async fn directory_org_unit_paths_keep_only_their_slashes() {
    use google_admin_directory_v1::Client;
    let server = server_answering(200, json!({"name": "x"})).await;
    let client = connect(Client::builder(), &server);
    for unit in ["Sales+Marketing", "Sales/East & West", "/Sales"] {
        client
            .orgunits()
            .get("my_customer", unit)
            .send()
            .await
            .expect("sent");
    }
    let paths: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/admin/directory/v1/customer/my_customer/orgunits/Sales%2BMarketing",
            "/admin/directory/v1/customer/my_customer/orgunits/Sales/East%20%26%20West",
            // A leading `/` stays under the service path.
            "/admin/directory/v1/customer/my_customer/orgunits//Sales",
        ]
    );
}

/// Gmail's document does not set it: `{+name}`-style expansion keeps reserved characters there,
/// which Gmail's own paths never need; only the Admin SDK and Android Management set the flag.
#[test]
fn the_flag_comes_from_each_document() {
    assert!(google_admin_directory_v1::API.fully_encode_reserved);
    assert!(google_androidmanagement_v1::API.fully_encode_reserved);
    assert!(!google_gmail_v1::API.fully_encode_reserved);
    assert!(!google_androidenterprise_v1::API.fully_encode_reserved);
}

/// A PATCH sends what the caller set and nothing else: a field cleared with `clear_*` as JSON
/// `null` (the server removes it), zero values as given, unset fields not at all.
#[tokio::test]
async fn a_patch_carries_explicit_nulls_and_zero_values() {
    use google_gmail_v1::schemas::{Label, ModifyMessageRequest};
    use google_gmail_v1::Client;
    let server = server_answering(200, json!({"id": "Label_1"})).await;
    let client = connect(Client::builder(), &server);
    let label = Label::default()
        .set_name("")
        .set_messages_total(0)
        .clear_color();
    client
        .users()
        .labels()
        .patch("me", "Label_1", label)
        .send()
        .await
        .expect("sent");
    // An empty list is sent as an empty list.
    let modify = ModifyMessageRequest::default()
        .set_add_label_ids(Vec::<String>::new())
        .set_remove_label_ids(vec!["INBOX".to_owned()]);
    client
        .users()
        .messages()
        .modify("me", "m1", modify)
        .send()
        .await
        .expect("sent");

    let sent = requests(&server).await;
    assert_eq!(sent[0].method.as_str(), "PATCH");
    assert_eq!(sent[0].url.path(), "/gmail/v1/users/me/labels/Label_1");
    assert_eq!(
        json_body(&sent[0]),
        json!({"name": "", "messagesTotal": 0, "color": null})
    );
    assert_eq!(
        json_body(&sent[1]),
        json!({"addLabelIds": [], "removeLabelIds": ["INBOX"]})
    );
}

/// Setting a cleared field again sends the value, once.
#[test]
fn a_setter_takes_back_a_clear() {
    use google_gmail_v1::schemas::{Label, LabelColor};
    let label = Label::default()
        .clear_color()
        .set_color(LabelColor::default().set_text_color("#000000"));
    let text = serde_json::to_string(&label).expect("serializes");
    assert_eq!(text, r##"{"color":{"textColor":"#000000"}}"##);
    let cleared = Label::default().set_name("x").clear_name();
    assert_eq!(
        serde_json::to_value(&cleared).expect("serializes"),
        json!({"name": null})
    );
}

/// Headers and the retry policy set on one generated call.
#[tokio::test]
async fn a_call_sets_its_own_headers_and_retry_policy() {
    use google_gmail_v1::Client;
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let client = connect(Client::builder(), &server);
    client
        .users()
        .labels()
        .get("me", "Label_1")
        .header("If-None-Match", "\"etag-7\"")
        .retry(RetryPolicy::none())
        .send()
        .await
        .expect_err("503, not retried");
    let sent = requests(&server).await;
    assert_eq!(sent.len(), 1, "the call's policy replaced the client's");
    assert_eq!(header(&sent[0], "if-none-match"), Some("\"etag-7\""));

    let refused = client
        .users()
        .labels()
        .get("me", "Label_1")
        .header("Authorization", "Bearer other")
        .send()
        .await
        .expect_err("refused");
    assert!(refused.to_string().contains("Authorization"), "{refused}");
    assert_eq!(requests(&server).await.len(), 1, "nothing more was sent");
}

/// Gmail answers a rate limit with 403 `rateLimitExceeded`: the server did nothing, so even a
/// POST is sent again.
#[tokio::test]
async fn a_rate_limited_post_is_sent_again() {
    use google_gmail_v1::schemas::CseKeyPair;
    use google_gmail_v1::Client;
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({"error": {
            "code": 403,
            "message": "User-rate limit exceeded.",
            "errors": [{"domain": "usageLimits", "reason": "userRateLimitExceeded",
                        "message": "User-rate limit exceeded."}]
        }})))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"keyPairId": "kp-1"})))
        .mount(&server)
        .await;
    let client = connect(Client::builder(), &server);
    let created = client
        .users()
        .settings()
        .cse()
        .keypairs()
        .create("me", CseKeyPair::default())
        .send()
        .await
        .expect("the second attempt succeeds");
    assert_eq!(created.key_pair_id.as_deref(), Some("kp-1"));
    let sent = requests(&server).await;
    assert_eq!(sent.len(), 2);
    assert!(sent.iter().all(|r| r.method.as_str() == "POST"));
    assert_eq!(sent[0].body, sent[1].body);
}
