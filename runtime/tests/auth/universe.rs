//! The universe domain of credentials: the `universe_domain` of a credentials file, the metadata
//! server's `universe/universe-domain`, and a client of another universe refused before anything
//! is sent (not even a token request).

use google_api_runtime::auth::{
    ApplicationDefaultCredentials, AuthorizedUser, MetadataServer, ServiceAccount, TokenProvider,
};
use google_api_runtime::{Call, Client, Error, MethodInfo};
use http::Method;
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::authorized_user::user_json;
use crate::common::*;
use crate::quota_project::API;

const UNIVERSE: &str = "example-cloud.test";
const UNIVERSE_PATH: &str = "/computeMetadata/v1/universe/universe-domain";

static LIST: MethodInfo = MethodInfo {
    id: "gmail.users.labels.list",
    http_method: Method::GET,
    path: "gmail/v1/users/me/labels",
    scopes: &[MAIL],
    api_version: None,
};

fn in_universe(mut file: serde_json::Value) -> String {
    file["universe_domain"] = json!(UNIVERSE);
    file.to_string()
}

async fn universe_of(provider: &dyn TokenProvider) -> Option<String> {
    provider
        .universe_domain()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn credentials_files_name_their_universe() {
    let uri = "https://t.test/token";
    let account = ServiceAccount::from_json(in_universe(key_json(uri))).expect("usable");
    assert_eq!(universe_of(&account).await.as_deref(), Some(UNIVERSE));
    let plain = ServiceAccount::from_json(key_json(uri).to_string()).expect("usable");
    assert_eq!(universe_of(&plain).await.as_deref(), Some("googleapis.com"));
    let user = AuthorizedUser::from_json(in_universe(user_json(uri))).expect("usable");
    assert_eq!(universe_of(&user).await.as_deref(), Some(UNIVERSE));
    let plain = AuthorizedUser::from_json(user_json(uri).to_string()).expect("usable");
    assert_eq!(universe_of(&plain).await.as_deref(), Some("googleapis.com"));

    let dir = tempfile::tempdir().expect("folder");
    let file = write(dir.path(), "key.json", &in_universe(key_json(uri)));
    let adc = ApplicationDefaultCredentials::builder()
        .credentials_file(Some(file))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(universe_of(&adc).await.as_deref(), Some(UNIVERSE));

    let mut wrong = key_json(uri);
    wrong["universe_domain"] = json!(5);
    let message = error_message(ServiceAccount::from_json(wrong.to_string()));
    assert_eq!(
        message,
        "the `universe_domain` field of the service account key is not a string"
    );
}

#[tokio::test]
async fn the_metadata_server_is_asked_its_universe_once_with_its_header() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(UNIVERSE_PATH))
        .and(header("Metadata-Flavor", "Google"))
        .respond_with(ResponseTemplate::new(200).set_body_string(format!("{UNIVERSE}\n")))
        .expect(1)
        .mount(&server)
        .await;
    let provider = MetadataServer::new().host(server.address().to_string());
    let (first, second) = futures::join!(universe_of(&provider), universe_of(&provider));
    assert_eq!(first.as_deref(), Some(UNIVERSE));
    assert_eq!(second.as_deref(), Some(UNIVERSE));
    assert_eq!(
        universe_of(&provider.clone()).await.as_deref(),
        Some(UNIVERSE)
    );
    server.verify().await;
}

#[tokio::test]
async fn a_metadata_server_without_an_answer_is_in_the_default_universe() {
    for answer in [
        ResponseTemplate::new(404).set_body_string("Not Found"),
        ResponseTemplate::new(200).set_body_string(""),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path(UNIVERSE_PATH))
            .respond_with(answer)
            .mount(&server)
            .await;
        let provider = MetadataServer::new().host(server.uri());
        assert_eq!(
            universe_of(&provider).await.as_deref(),
            Some("googleapis.com")
        );
    }
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(UNIVERSE_PATH))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let provider = MetadataServer::new().host(server.uri());
    let message = error_message(provider.universe_domain().await);
    assert!(message.contains("answered HTTP 503"), "{message}");
    // A failure is not remembered: the next question asks again.
    provider.universe_domain().await.expect_err("still failing");
    assert_eq!(received(&server).await.len(), 2);
}

#[tokio::test]
async fn a_client_of_another_universe_asks_for_no_token_and_calls_nothing() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(Tokens::new(3600))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&server)
        .await;
    let token_uri = format!("{}/token", server.uri());
    let account = ServiceAccount::from_json(in_universe(key_json(&token_uri))).expect("usable");
    let default_universe = Client::builder(&API)
        .root_url(server.uri())
        .auth(account.clone())
        .build();
    let err = Call::new(&default_universe, &LIST)
        .send_empty()
        .await
        .expect_err("refused");
    assert!(
        matches!(&err, Error::UniverseMismatch { client, credentials, .. }
            if client == "googleapis.com" && credentials == UNIVERSE),
        "{err:?}"
    );
    assert!(received(&server).await.is_empty());

    let same_universe = Client::builder(&API)
        .root_url(server.uri())
        .universe_domain(UNIVERSE)
        .auth(account)
        .build();
    Call::new(&same_universe, &LIST)
        .send_empty()
        .await
        .expect("sent");
    assert_eq!(received(&server).await.len(), 2);
}
