//! `AuthorizedUser`: the refresh token grant.

use google_api_runtime::auth::{AuthorizedUser, TokenProvider};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

pub fn user_json(token_uri: &str) -> serde_json::Value {
    json!({
        "type": "authorized_user",
        "client_id": "1234.apps.googleusercontent.com",
        "client_secret": "client-secret-value",
        "refresh_token": "1//refresh-secret",
        "token_uri": token_uri,
    })
}

#[tokio::test]
async fn the_refresh_token_is_traded_for_one_token_for_every_scope() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(Tokens::new(3600))
        .expect(1)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "adc.json",
        &user_json(&format!("{}/token", server.uri())).to_string(),
    );
    let provider = AuthorizedUser::from_file(&file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(provider.client_id(), "1234.apps.googleusercontent.com");
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-1");
    // The token carries what the user granted: the same one serves other scopes.
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "tok-1");

    let requests = received(&server).await;
    let form = form(&requests[0]);
    assert_eq!(form["grant_type"], "refresh_token");
    assert_eq!(form["client_id"], "1234.apps.googleusercontent.com");
    assert_eq!(form["client_secret"], "client-secret-value");
    assert_eq!(form["refresh_token"], "1//refresh-secret");

    assert_no_secrets(&format!("{provider:?}"));
}

#[tokio::test]
async fn a_revoked_refresh_token_is_reported() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "error": "invalid_grant",
            "error_description": "Token has been expired or revoked.",
        })))
        .mount(&server)
        .await;
    let provider = AuthorizedUser::new(
        "1234.apps.googleusercontent.com",
        "client-secret-value",
        "1//refresh-secret",
    )
    .token_uri(format!("{}/token", server.uri()));
    let message = error_message(provider.credential(&[MAIL]).await);
    assert!(
        message.ends_with("refused to issue a token (HTTP 400 Bad Request): invalid_grant: Token has been expired or revoked."),
        "{message}"
    );
    assert_no_secrets(&message);
}

#[test]
fn malformed_files_are_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut user = user_json("https://oauth2.googleapis.com/token");
    user.as_object_mut().map(|o| o.remove("refresh_token"));
    let file = write(dir.path(), "user.json", &user.to_string());
    let message = error_message(AuthorizedUser::from_file(&file));
    assert_eq!(
        message,
        format!(
            "the authorized user file `{}` has no `refresh_token` field",
            file.display()
        )
    );
    assert_no_secrets(&message);
}
