//! Providers behind a client: a 401 leads to one refresh and one retry; scopes chosen on the
//! client and on the call reach the token request.

use std::sync::atomic::Ordering;

use google_api_runtime::auth::{ServiceAccount, StaticToken};
use google_api_runtime::{ApiInfo, Call, Client, Error, MethodInfo, RetryPolicy};
use http::Method;
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

static API: ApiInfo = ApiInfo {
    name: "gmail",
    version: "v1",
    title: "Gmail API",
    root_url: "https://gmail.googleapis.com/",
    mtls_root_url: None,
    service_path: "",
    batch_path: None,
    crate_name: "google-gmail-v1",
    crate_version: "0.1.0",
    fully_encode_reserved: false,
};

/// A POST: not idempotent, so never repeated for a 5xx, yet repeated once after a 401.
static CREATE: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.create",
    http_method: Method::POST,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs",
    scopes: &[SETTINGS_BASIC, SETTINGS_SHARING],
    api_version: None,
};

static LIST: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.list",
    http_method: Method::GET,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs",
    scopes: &[MAIL, SETTINGS_BASIC],
    api_version: None,
};

struct Setup {
    tokens: MockServer,
    api: MockServer,
    issued: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    account: ServiceAccount,
}

async fn setup() -> Setup {
    let tokens = MockServer::start().await;
    let responder = Tokens::new(3600);
    let issued = responder.issued.clone();
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(responder)
        .mount(&tokens)
        .await;
    let key = key_json(&format!("{}/token", tokens.uri()));
    let account = ServiceAccount::from_json(key.to_string())
        .unwrap_or_else(|e| panic!("{e}"))
        .subject("alice@example.com");
    Setup {
        tokens,
        api: MockServer::start().await,
        issued,
        account,
    }
}

fn client(
    api: &MockServer,
    auth: impl google_api_runtime::auth::TokenProvider + 'static,
) -> Client {
    Client::builder(&API)
        .root_url(api.uri())
        .retry(RetryPolicy::none())
        .auth(auth)
        .build()
}

fn create(client: &Client) -> Call {
    let mut call = Call::new(client, &CREATE);
    call.path_param("userId", "me");
    call.json_body(&json!({"pem": "..."}));
    call
}

fn unauthorized() -> ResponseTemplate {
    ResponseTemplate::new(401).set_body_json(json!({
        "error": {"code": 401, "message": "Request had invalid authentication credentials.", "status": "UNAUTHENTICATED"}
    }))
}

#[tokio::test]
async fn a_401_leads_to_one_refresh_and_one_retry() {
    let s = setup().await;
    Mock::given(method("POST"))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(unauthorized())
        .expect(1)
        .mount(&s.api)
        .await;
    Mock::given(method("POST"))
        .and(header("authorization", "Bearer tok-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"keyPairId": "kp-1"})))
        .expect(2)
        .mount(&s.api)
        .await;
    let client = client(&s.api, s.account.clone());
    let created: Value = create(&client)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(created["keyPairId"], "kp-1");
    assert_eq!(s.issued.load(Ordering::SeqCst), 2);
    // The new token is cached: the next call needs no token request.
    create(&client)
        .send::<Value>()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_second_401_is_returned() {
    let s = setup().await;
    Mock::given(method("POST"))
        .respond_with(unauthorized())
        .expect(2)
        .mount(&s.api)
        .await;
    let client = client(&s.api, s.account.clone());
    let error = create(&client).send::<Value>().await.expect_err("an error");
    assert!(
        matches!(&error, Error::Api(e) if e.status == 401),
        "{error:?}"
    );
    assert_eq!(s.issued.load(Ordering::SeqCst), 2);
    assert_no_secrets(&format!("{error} {error:?}"));
}

#[tokio::test]
async fn a_static_token_is_not_retried() {
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(unauthorized())
        .expect(1)
        .mount(&api)
        .await;
    let client = client(&api, StaticToken::new("tok-static"));
    let error = create(&client).send::<Value>().await.expect_err("an error");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
}

/// The `scope` claim of the `n`th token request.
async fn scope_of_request(tokens: &MockServer, n: usize) -> String {
    let requests = received(tokens).await;
    let (_, claims) = verify_jwt(&form(&requests[n])["assertion"]);
    claims["scope"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn scopes_chosen_on_the_client_and_the_call_are_requested() {
    let s = setup().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&s.api)
        .await;
    let list = |client: &Client| {
        let mut call = Call::new(client, &LIST);
        call.path_param("userId", "me");
        call
    };

    // By default: the first scope the method accepts.
    let plain = client(&s.api, s.account.clone());
    list(&plain)
        .send::<Value>()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(scope_of_request(&s.tokens, 0).await, MAIL);

    // Chosen on the client.
    let narrow = Client::builder(&API)
        .root_url(s.api.uri())
        .auth(s.account.clone())
        .scopes([SETTINGS_BASIC])
        .build();
    assert_eq!(narrow.scopes(), Some(&[SETTINGS_BASIC.to_owned()][..]));
    list(&narrow)
        .send::<Value>()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(scope_of_request(&s.tokens, 1).await, SETTINGS_BASIC);

    // Chosen on the call, over the client's choice.
    let mut call = list(&narrow);
    call.scopes([SETTINGS_SHARING, SETTINGS_BASIC]);
    call.send::<Value>().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        scope_of_request(&s.tokens, 2).await,
        format!("{SETTINGS_BASIC} {SETTINGS_SHARING}")
    );
    assert_eq!(s.issued.load(Ordering::SeqCst), 3);

    // The API saw each token in turn.
    let seen: Vec<String> = received(&s.api)
        .await
        .iter()
        .filter_map(|r| {
            r.headers
                .get("authorization")?
                .to_str()
                .ok()
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(seen, ["Bearer tok-1", "Bearer tok-2", "Bearer tok-3"]);
    assert_no_secrets(&format!("{narrow:?}"));
}
