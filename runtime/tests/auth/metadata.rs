//! `MetadataServer`: tokens of the attached service account.

use google_api_runtime::auth::{MetadataServer, TokenProvider};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

const TOKEN_PATH: &str = "/computeMetadata/v1/instance/service-accounts/default/token";

pub async fn metadata_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(TOKEN_PATH))
        .and(header("Metadata-Flavor", "Google"))
        .respond_with(Tokens::from_metadata_server(3599))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn tokens_come_from_the_metadata_server_with_its_header() {
    let server = metadata_server().await;
    let host = server.address().to_string();
    let provider = MetadataServer::new().host(host.clone());
    assert_eq!(provider.host_name(), host);
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC, MAIL]).await, "tok-1");
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "tok-1");
    let requests = received(&server).await;
    assert_eq!(requests.len(), 1);
    let scopes: Vec<(String, String)> = requests[0]
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(scopes, [("scopes".to_owned(), SETTINGS_BASIC.to_owned())]);
    assert_no_secrets(&format!("{provider:?}"));
}

#[tokio::test]
async fn another_account_and_errors() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(
            "/computeMetadata/v1/instance/service-accounts/worker@p.iam.gserviceaccount.com/token",
        ))
        .and(query_param("scopes", MAIL))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("Metadata-Flavor", "Google")
                .set_body_string("Not Found\n"),
        )
        .mount(&server)
        .await;
    let provider = MetadataServer::new()
        .host(server.uri())
        .service_account("worker@p.iam.gserviceaccount.com");
    let message = error_message(provider.credential(&[MAIL]).await);
    assert_eq!(
        message,
        format!(
            "the metadata server `{}` refused to issue a token (HTTP 404 Not Found): Not Found",
            server.uri()
        )
    );
}

/// Something else listening where the metadata server should be (a proxy, a captive portal, a
/// server of the user's) is not believed, whatever it answers.
#[tokio::test]
async fn answers_without_the_flavor_header_are_refused() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(TOKEN_PATH))
        .respond_with(Tokens::new(3599))
        .mount(&server)
        .await;
    let provider = MetadataServer::new().host(server.uri());
    let message = error_message(provider.credential(&[MAIL]).await);
    assert_eq!(
        message,
        format!(
            "the metadata server `{}` answered without the `Metadata-Flavor: Google` header, so it is not a Google metadata server (HTTP 200 OK)",
            server.uri()
        )
    );
}

/// A token answer is a few hundred bytes; a server that sends more than 64 KiB is cut off.
#[tokio::test]
async fn token_answers_are_read_to_64_kib() {
    let server = MockServer::start().await;
    let huge = format!(
        "{{\"access_token\": \"tok-big\", \"padding\": \"{}\"}}",
        "x".repeat(64 * 1024)
    );
    Mock::given(method("GET"))
        .and(path(TOKEN_PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Metadata-Flavor", "Google")
                .set_body_string(huge),
        )
        .mount(&server)
        .await;
    let provider = MetadataServer::new().host(server.uri());
    let message = error_message(provider.credential(&[MAIL]).await);
    assert_eq!(
        message,
        format!(
            "the answer of the metadata server `{}` is larger than 65536 bytes",
            server.uri()
        )
    );
    let fits = format!(
        "{{\"access_token\": \"tok-fits\", \"padding\": \"{}\"}}",
        "x".repeat(60 * 1024)
    );
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Metadata-Flavor", "Google")
                .set_body_string(fits),
        )
        .mount(&server)
        .await;
    let provider = MetadataServer::new().host(server.uri());
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-fits");
}
