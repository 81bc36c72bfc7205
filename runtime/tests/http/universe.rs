//! The universe domain: a client whose universe is not its credentials' sends nothing, and says
//! which two universes differ; credentials of the same universe, or none, are sent as usual.

use futures::future::{self, BoxFuture, FutureExt};
use google_api_runtime::auth::{AuthError, Credential, StaticToken, TokenProvider};
use google_api_runtime::Error;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

const UNIVERSE: &str = "example-cloud.test";

async fn answering_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&server)
        .await;
    server
}

fn get(client: &google_api_runtime::Client) -> google_api_runtime::Call {
    let mut call = google_api_runtime::Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    call
}

#[tokio::test]
async fn a_client_in_another_universe_than_its_credentials_sends_nothing() {
    let server = answering_server().await;
    let client = builder(&server)
        .universe_domain(UNIVERSE)
        .auth(StaticToken::new(TOKEN))
        .build();
    assert_eq!(client.universe_domain(), UNIVERSE);
    let err = get(&client).send_empty().await.expect_err("refused");
    let Error::UniverseMismatch {
        method_id,
        client: ours,
        credentials,
        ..
    } = &err
    else {
        panic!("expected a universe mismatch, got {err:?}")
    };
    assert_eq!(
        (*method_id, ours.as_str(), credentials.as_str()),
        ("example.things.get", UNIVERSE, "googleapis.com")
    );
    let shown = err.to_string();
    assert!(
        shown.contains("`example-cloud.test`") && shown.contains("`googleapis.com`"),
        "{shown}"
    );
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(!err.is_retryable());
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn credentials_of_the_clients_universe_are_sent() {
    let server = answering_server().await;
    let client = builder(&server)
        .universe_domain(UNIVERSE)
        .auth(StaticToken::new(TOKEN).with_universe_domain(UNIVERSE))
        .build();
    get(&client).send_empty().await.expect("sent");
    let requests = received(&server).await;
    assert_eq!(requests.len(), 1);
    assert_eq!(
        header(&requests[0], "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
}

#[tokio::test]
async fn no_credentials_and_api_keys_are_not_compared() {
    let server = answering_server().await;
    let anonymous = builder(&server).universe_domain(UNIVERSE).build();
    get(&anonymous).send_empty().await.expect("sent");
    let keyed = builder(&server)
        .universe_domain(UNIVERSE)
        .auth(google_api_runtime::auth::ApiKey::new("key-1"))
        .build();
    get(&keyed).send_empty().await.expect("sent");
    assert_eq!(received(&server).await.len(), 2);
}

/// A provider that cannot tell its universe.
#[derive(Debug)]
struct Unsure;

impl TokenProvider for Unsure {
    fn credential<'a>(
        &'a self,
        _scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        future::ready(Ok(Credential::Bearer(TOKEN.into()))).boxed()
    }

    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        future::ready(Err(AuthError::new("the metadata server is away"))).boxed()
    }
}

#[tokio::test]
async fn a_universe_that_cannot_be_known_fails_the_call_before_sending() {
    let server = answering_server().await;
    let client = builder(&server).auth(Unsure).build();
    let err = get(&client).send_empty().await.expect_err("refused");
    assert!(matches!(err, Error::Auth { .. }), "{err:?}");
    assert!(
        chain(&err).contains("the metadata server is away"),
        "{}",
        chain(&err)
    );
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn an_empty_universe_is_refused() {
    let server = answering_server().await;
    let client = builder(&server).universe_domain(" ").build();
    let err = get(&client).send_empty().await.expect_err("refused");
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
    assert!(err
        .to_string()
        .contains("universe domain cannot be an empty string"));
    assert!(received(&server).await.is_empty());
}
