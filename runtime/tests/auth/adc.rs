//! `ApplicationDefaultCredentials`: the search order, with every place injected (the real
//! environment and home folder are never read).

use google_api_runtime::auth::{
    ApplicationDefaultCredentials, ApplicationDefaultCredentialsBuilder, CredentialSource,
    MetadataServer, TokenProvider,
};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer};

use crate::authorized_user::user_json;
use crate::common::*;
use crate::metadata::metadata_server;

/// A search that looks nowhere unless told to, and falls back on `metadata`.
fn search(metadata: &MockServer) -> ApplicationDefaultCredentialsBuilder {
    ApplicationDefaultCredentials::builder()
        .credentials_file(None)
        .well_known_file(None)
        .metadata_server(MetadataServer::new().host(metadata.address().to_string()))
}

async fn token_endpoint() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(Tokens::new(3600))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn the_environment_variable_comes_first() {
    let tokens = token_endpoint().await;
    let metadata = metadata_server().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let key = write(
        dir.path(),
        "key.json",
        &key_json(&format!("{}/token", tokens.uri())).to_string(),
    );
    let gcloud = write(
        dir.path(),
        "gcloud.json",
        &user_json(&format!("{}/token", tokens.uri())).to_string(),
    );
    let adc = search(&metadata)
        .credentials_file(Some(key.clone()))
        .well_known_file(Some(gcloud))
        .subject("dave@example.com")
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(adc.source(), &CredentialSource::EnvironmentVariable(key));
    assert_eq!(token_for(&adc, &[SETTINGS_BASIC]).await, "tok-1");
    let requests = received(&tokens).await;
    let (_, claims) = verify_jwt(&form(&requests[0])["assertion"]);
    assert_eq!(claims["sub"], "dave@example.com");
    assert!(received(&metadata).await.is_empty());
    let shown = format!("{adc:?}");
    assert_no_secrets(&shown);
    assert!(shown.contains("EnvironmentVariable"), "{shown}");
}

#[tokio::test]
async fn then_gcloud_s_well_known_file() {
    let tokens = token_endpoint().await;
    let metadata = metadata_server().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let gcloud = write(
        dir.path(),
        "application_default_credentials.json",
        &user_json(&format!("{}/token", tokens.uri())).to_string(),
    );
    let adc = search(&metadata)
        .well_known_file(Some(gcloud.clone()))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(adc.source(), &CredentialSource::WellKnownFile(gcloud));
    assert_eq!(token_for(&adc, &[MAIL]).await, "tok-1");
    assert_eq!(
        form(&received(&tokens).await[0])["grant_type"],
        "refresh_token"
    );
    assert_no_secrets(&format!("{adc:?}"));
}

#[tokio::test]
async fn then_the_metadata_server() {
    let metadata = metadata_server().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let adc = search(&metadata)
        .well_known_file(Some(dir.path().join("absent.json")))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(adc.source(), &CredentialSource::MetadataServer);
    assert_eq!(token_for(&adc, &[MAIL]).await, "tok-1");
    assert_eq!(received(&metadata).await.len(), 1);
}

#[tokio::test]
async fn when_nothing_is_found_the_error_says_where_it_looked() {
    // Port 9 of the loopback address: nothing listens there, the connection is refused at once.
    let dir = tempfile::tempdir().expect("temp dir");
    let absent = dir.path().join("absent.json");
    let adc = ApplicationDefaultCredentials::builder()
        .credentials_file(None)
        .well_known_file(Some(absent.clone()))
        .metadata_server(MetadataServer::new().host("127.0.0.1:9"))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let message = error_message(adc.credential(&[MAIL]).await);
    assert_eq!(
        message,
        format!(
            "no application default credentials found (GOOGLE_APPLICATION_CREDENTIALS is not set, there is no file `{}`), and the metadata server could not provide a token",
            absent.display()
        )
    );
}

#[tokio::test]
async fn a_bad_file_stops_the_search() {
    let metadata = metadata_server().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.json");
    let message = error_message(
        search(&metadata)
            .credentials_file(Some(missing.clone()))
            .build(),
    );
    assert_eq!(
        message,
        format!(
            "could not read the credentials file named by GOOGLE_APPLICATION_CREDENTIALS `{}`",
            missing.display()
        )
    );

    let external = write(
        dir.path(),
        "external.json",
        &json!({"type": "external_account", "audience": "x"}).to_string(),
    );
    let message = error_message(search(&metadata).credentials_file(Some(external)).build());
    assert!(
        message.ends_with("external.json` has no `subject_token_type` field"),
        "{message}"
    );

    let unknown = write(
        dir.path(),
        "gdch.json",
        &json!({"type": "gdch_service_account"}).to_string(),
    );
    let message = error_message(search(&metadata).credentials_file(Some(unknown)).build());
    assert!(
        message.contains(
            "holds credentials of type `gdch_service_account`, which this crate does not support (supported: `service_account`, `authorized_user`, `impersonated_service_account`, `external_account`, `external_account_authorized_user`)"
        ),
        "{message}"
    );

    // A `type` that is not a name (a pasted secret, a long or escaped string) is not echoed.
    let pasted = "ya29.a0AfB_byC1secret-token-pasted-into-the-wrong-field\u{1b}]52;c;";
    let odd = write(
        dir.path(),
        "odd.json",
        &json!({ "type": pasted }).to_string(),
    );
    let message = error_message(search(&metadata).credentials_file(Some(odd)).build());
    assert!(!message.contains("secret"), "{message}");
    assert!(!message.contains('\u{1b}'), "{message}");
    assert!(
        message.contains("holds credentials of an unknown type (a `type` value of 62 characters that is not a credential type's name;"),
        "{message}"
    );

    let untyped = write(dir.path(), "untyped.json", "{}");
    let message = error_message(search(&metadata).well_known_file(Some(untyped)).build());
    assert!(message.contains("has no `type` field"), "{message}");
}

#[tokio::test]
async fn impersonation_needs_a_service_account_key() {
    let metadata = metadata_server().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let gcloud = write(
        dir.path(),
        "gcloud.json",
        &user_json("https://oauth2.googleapis.com/token").to_string(),
    );
    let message = error_message(
        search(&metadata)
            .well_known_file(Some(gcloud))
            .subject("erin@example.com")
            .build(),
    );
    assert!(
        message.contains("cannot act as erin@example.com"),
        "{message}"
    );
    let message = error_message(search(&metadata).subject("erin@example.com").build());
    assert!(
        message.starts_with(
            "no service account key or impersonated service account file found to act as erin@example.com"
        ),
        "{message}"
    );
}
