//! Redirects and the caller's stack: a `ReqwestTransport` built by `from_builder` follows none
//! (a 3xx reaches the runtime), and a stack that follows one to another origin on its own has its
//! answer refused. Over a default `reqwest::Client`, a 307 from a token endpoint re-sent the client
//! secret and refresh token to the other origin, and a redirected call re-sent the API key.

use google_api_runtime::auth::{ApiKey, AuthorizedUser};
use google_api_runtime::transport::ReqwestTransport;
use google_api_runtime::{Call, Client, Error, HttpClient};
use serde_json::Value;
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{fast_retries, API, GET_THING};

const API_KEY: &str = "AIza-redirected-key";

/// A server that sends everything to `elsewhere` with `status`, and the other origin, which
/// answers whatever reaches it.
async fn redirecting_to_another_origin(status: u16) -> (MockServer, MockServer) {
    let elsewhere = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&elsewhere)
        .await;
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(status)
                .insert_header("location", format!("{}/landed", elsewhere.uri()).as_str()),
        )
        .mount(&server)
        .await;
    (server, elsewhere)
}

fn safe_transport() -> HttpClient {
    // Even a builder that asks for redirects gets none.
    let builder = reqwest::Client::builder().redirect(reqwest::redirect::Policy::limited(10));
    HttpClient::from_transport(ReqwestTransport::from_builder(builder).expect("a client"))
}

async fn get_thing(client: &Client) -> Result<Value, Error> {
    let mut call = Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call.send().await
}

fn key_client(http: HttpClient, root: &str) -> Client {
    Client::builder(&API)
        .http_client(http)
        .root_url(root)
        .retry(fast_retries(3))
        .auth(ApiKey::new(API_KEY))
        .build()
}

#[tokio::test]
async fn a_token_endpoints_307_sends_no_secret_elsewhere() {
    let (server, elsewhere) = redirecting_to_another_origin(307).await;
    let http = safe_transport();
    let user = AuthorizedUser::new("client-id", "client-secret-value", "1//refresh-secret")
        .token_uri(format!("{}/token", server.uri()))
        .http_client(http.clone());
    let client = Client::builder(&API)
        .http_client(http)
        .root_url(server.uri())
        .retry(fast_retries(1))
        .auth(user)
        .build();
    let error = get_thing(&client).await.expect_err("no token");
    assert!(matches!(error, Error::Auth { .. }), "{error:?}");
    let landed = elsewhere.received_requests().await.unwrap();
    assert!(landed.is_empty(), "sent elsewhere: {landed:?}");
}

#[tokio::test]
async fn a_redirected_call_reaches_the_runtime_and_sends_no_key_elsewhere() {
    let (server, elsewhere) = redirecting_to_another_origin(302).await;
    let client = key_client(safe_transport(), &server.uri());
    let error = get_thing(&client)
        .await
        .expect_err("a 302 is not the answer");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(302), "{error:?}");
    assert!(elsewhere.received_requests().await.unwrap().is_empty());
}

/// A client built elsewhere, with reqwest's default policy: the redirect is followed before the
/// runtime sees it (what it sent is gone), but its answer is refused, and not retried.
#[tokio::test]
async fn a_stack_that_followed_a_redirect_to_another_origin_has_its_answer_refused() {
    let (server, elsewhere) = redirecting_to_another_origin(302).await;
    #[allow(deprecated)]
    let transport = ReqwestTransport::new(reqwest::Client::new());
    let client = key_client(HttpClient::from_transport(transport), &server.uri());
    let error = get_thing(&client).await.expect_err("refused");
    let chain = format!("{error} {:?}", std::error::Error::source(&error));
    assert!(chain.contains("redirect to another origin"), "{chain}");
    assert!(!chain.contains(API_KEY), "{chain}");
    assert_eq!(elsewhere.received_requests().await.unwrap().len(), 1);
    // Same origin: followed and accepted.
    let same = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/example/v1/users/me/things/t1"))
        .respond_with(
            ResponseTemplate::new(301)
                .insert_header("location", format!("{}/moved", same.uri()).as_str()),
        )
        .mount(&same)
        .await;
    Mock::given(path("/moved"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"id": "t1"}"#))
        .mount(&same)
        .await;
    #[allow(deprecated)]
    let transport = ReqwestTransport::new(reqwest::Client::new());
    let client = key_client(HttpClient::from_transport(transport), &same.uri());
    assert_eq!(get_thing(&client).await.expect("same origin")["id"], "t1");
}
