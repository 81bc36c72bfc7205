//! `ExternalAccount` (workload and workforce identity federation) and
//! `ExternalAccountAuthorizedUser`, against a local security token service and IAM Credentials,
//! with the form fields, JSON bodies and headers Google's Go and Python libraries send.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use google_api_runtime::auth::{
    ApplicationDefaultCredentials, Credential, CredentialSource, ExternalAccount,
    ExternalAccountAuthorizedUser, Scopes, TokenProvider,
};
use google_api_runtime::Timestamp;
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::common::*;

pub const AUDIENCE: &str =
    "//iam.googleapis.com/projects/123456/locations/global/workloadIdentityPools/ci/providers/gh";
pub const WORKFORCE: &str =
    "//iam.googleapis.com/locations/global/workforcePools/staff/providers/okta";
const JWT_TYPE: &str = "urn:ietf:params:oauth:token-type:jwt";
const CLOUD_PLATFORM: &str = "https://www.googleapis.com/auth/cloud-platform";
pub const SA: &str = "deployer@example-project.iam.gserviceaccount.com";
/// What the subject token files hold: never to appear in an error or a debug output.
const SUBJECT: &str = "eyJhbGciOiJSUzI1NiJ9.subject-secret.sig";

/// A security token service on `/v1/token` handing out `tok-1`, `tok-2`...
pub async fn sts() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/token"))
        .respond_with(Tokens::new(3600))
        .mount(&server)
        .await;
    server
}

/// IAM Credentials answering `generateAccessToken` for [`SA`] with `sa-tok-1`, `sa-tok-2`...
pub struct Impersonated(pub Arc<AtomicUsize>);

impl Respond for Impersonated {
    fn respond(&self, _request: &Request) -> ResponseTemplate {
        let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        let expires = Timestamp::from_unix(Timestamp::now().unix_seconds() + 3600, 0)
            .expect("a time an hour from now");
        ResponseTemplate::new(200).set_body_json(json!({
            "accessToken": format!("sa-tok-{n}"),
            "expireTime": expires.to_string(),
        }))
    }
}

pub fn impersonation_path() -> String {
    format!("/v1/projects/-/serviceAccounts/{SA}:generateAccessToken")
}

/// An external account file for `audience`, exchanging at `sts`, with `source`.
pub fn config(sts: &MockServer, audience: &str, source: Value) -> Value {
    json!({
        "type": "external_account",
        "audience": audience,
        "subject_token_type": JWT_TYPE,
        "token_url": format!("{}/v1/token", sts.uri()),
        "credential_source": source,
    })
}

fn account(config: &Value) -> ExternalAccount {
    ExternalAccount::from_json(config.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn a_token_file_is_exchanged_with_the_rfc_8693_form() {
    let sts = sts().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let token = write(dir.path(), "token", &format!("{SUBJECT}\n"));
    let mut file = config(&sts, AUDIENCE, json!({ "file": token }));
    file["quota_project_id"] = json!("billing-project");
    let provider = account(&file);
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "tok-1");
    assert_eq!(provider.quota_project(), Some("billing-project"));
    assert_eq!(provider.service_account_email(), None);

    let requests = received(&sts).await;
    assert_eq!(requests.len(), 1);
    let form = form(&requests[0]);
    let expected: Vec<(&str, &str)> = vec![
        ("audience", AUDIENCE),
        (
            "grant_type",
            "urn:ietf:params:oauth:grant-type:token-exchange",
        ),
        (
            "requested_token_type",
            "urn:ietf:params:oauth:token-type:access_token",
        ),
        ("scope", SETTINGS_BASIC),
        ("subject_token", SUBJECT),
        ("subject_token_type", JWT_TYPE),
    ];
    let mut sent: Vec<(&str, &str)> = form.iter().map(|(k, v)| (&**k, &**v)).collect();
    sent.sort();
    assert_eq!(sent, expected);
    assert_eq!(
        requests[0]
            .headers
            .get("content-type")
            .map(|v| v.as_bytes()),
        Some(&b"application/x-www-form-urlencoded"[..])
    );
    assert!(requests[0].headers.get("authorization").is_none());
}

#[tokio::test]
async fn a_json_token_from_a_url_is_fetched_with_the_files_headers() {
    let sts = sts().await;
    let idp = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/metadata/identity/oauth2/token"))
        .and(header("Metadata", "True"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "access_token": SUBJECT, "expires_in": "3599" })),
        )
        .mount(&idp)
        .await;
    let provider = account(&config(
        &sts,
        AUDIENCE,
        json!({
            "url": format!("{}/metadata/identity/oauth2/token?api-version=2018-02-01", idp.uri()),
            "headers": { "Metadata": "True" },
            "format": { "type": "json", "subject_token_field_name": "access_token" },
        }),
    ));
    assert_eq!(token_for(&provider, &[]).await, "tok-1");
    let form = form(&received(&sts).await[0]);
    assert_eq!(form["subject_token"], SUBJECT);
    // Nothing chosen and nothing the method lists: cloud-platform, as Google's libraries ask.
    assert_eq!(form["scope"], CLOUD_PLATFORM);
    let asked = received(&idp).await;
    assert_eq!(asked[0].url.query(), Some("api-version=2018-02-01"));

    let shown = format!("{provider:?}");
    assert!(shown.contains("\"metadata\""), "{shown}");
    assert!(
        !shown.contains("True"),
        "header values stay out of Debug: {shown}"
    );
}

#[tokio::test]
async fn the_sts_token_is_traded_for_the_service_accounts_token() {
    let sts = sts().await;
    let iam = MockServer::start().await;
    let issued = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .and(path(impersonation_path()))
        .respond_with(Impersonated(issued.clone()))
        .mount(&iam)
        .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let token = write(dir.path(), "token", SUBJECT);
    let mut file = config(&sts, AUDIENCE, json!({ "file": token }));
    file["service_account_impersonation_url"] =
        json!(format!("{}{}", iam.uri(), impersonation_path()));
    file["service_account_impersonation"] = json!({ "token_lifetime_seconds": 1800 });
    let provider = account(&file);
    assert_eq!(provider.service_account_email(), Some(SA));
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "sa-tok-1");
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "sa-tok-1");
    assert_eq!(issued.load(Ordering::SeqCst), 1);

    // The federated token only has to reach IAM: cloud-platform, whatever the call needs.
    assert_eq!(form(&received(&sts).await[0])["scope"], CLOUD_PLATFORM);
    let asked = received(&iam).await;
    assert_eq!(asked.len(), 1);
    assert_eq!(
        asked[0].headers.get("authorization").map(|v| v.as_bytes()),
        Some(&b"Bearer tok-1"[..])
    );
    assert_eq!(
        asked[0].headers.get("content-type").map(|v| v.as_bytes()),
        Some(&b"application/json"[..])
    );
    let body: Value = serde_json::from_slice(&asked[0].body).expect("a JSON body");
    assert_eq!(
        body,
        json!({ "scope": [SETTINGS_BASIC], "lifetime": "1800s" })
    );
}

#[tokio::test]
async fn workforce_pools_name_their_project_unless_a_client_authenticates() {
    let sts = sts().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let token = write(dir.path(), "token", SUBJECT);
    let mut file = config(&sts, WORKFORCE, json!({ "file": token }));
    file["workforce_pool_user_project"] = json!("987654");
    assert_eq!(token_for(&account(&file), &[MAIL]).await, "tok-1");
    let requests = received(&sts).await;
    let first = form(&requests[0]);
    let options: Value = serde_json::from_str(&first["options"]).expect("options are JSON");
    assert_eq!(options, json!({ "userProject": "987654" }));
    assert!(requests[0].headers.get("authorization").is_none());

    file["client_id"] = json!("workforce-client");
    file["client_secret"] = json!("client-secret-value");
    let with_client = account(&file);
    assert_eq!(token_for(&with_client, &[MAIL]).await, "tok-2");
    let requests = received(&sts).await;
    assert!(!form(&requests[1]).contains_key("options"));
    // base64("workforce-client:client-secret-value")
    assert_eq!(
        requests[1]
            .headers
            .get("authorization")
            .map(|v| v.as_bytes()),
        Some(&b"Basic d29ya2ZvcmNlLWNsaWVudDpjbGllbnQtc2VjcmV0LXZhbHVl"[..])
    );
    assert_no_secrets(&format!("{with_client:?}"));

    // A workload pool has no user project to bill.
    let mut workload = config(&sts, AUDIENCE, json!({ "file": "t" }));
    workload["workforce_pool_user_project"] = json!("987654");
    let message = error_message(ExternalAccount::from_json(workload.to_string()));
    assert!(
        message.starts_with("the `workforce_pool_user_project` field of the external account credentials is set, but the audience is not a workforce pool's"),
        "{message}"
    );
}

#[tokio::test]
async fn many_callers_make_one_exchange_and_a_refused_token_is_replaced() {
    let server = MockServer::start().await;
    let tokens = Tokens {
        delay: Duration::from_millis(200),
        ..Tokens::new(3600)
    };
    let issued = tokens.issued.clone();
    Mock::given(method("POST"))
        .and(path("/v1/token"))
        .respond_with(tokens)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let token = write(dir.path(), "token", SUBJECT);
    let provider = Arc::new(account(&config(
        &server,
        AUDIENCE,
        json!({ "file": token }),
    )));
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let provider = provider.clone();
            tokio::spawn(async move { token_for(&*provider, &[MAIL]).await })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.expect("task"), "tok-1");
    }
    assert_eq!(issued.load(Ordering::SeqCst), 1);

    // The file is read again for the next exchange: whatever the identity provider wrote last.
    std::fs::write(&token, "rotated-subject").expect("rewrite the token file");
    let rejected = Credential::Bearer("tok-1".into());
    assert!(provider.invalidate(Scopes::new(&[MAIL]), &rejected));
    assert_eq!(token_for(&*provider, &[MAIL]).await, "tok-2");
    let requests = received(&server).await;
    assert_eq!(form(&requests[1])["subject_token"], "rotated-subject");
    // Another scope is another token.
    assert_eq!(token_for(&*provider, &[SETTINGS_BASIC]).await, "tok-3");
}

#[tokio::test]
async fn errors_say_what_failed_without_the_tokens() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/token"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "error": "invalid_grant",
            "error_description": "The audience in ID Token does not match the expected audience.",
        })))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let token = write(dir.path(), "token", SUBJECT);
    let provider = account(&config(&server, AUDIENCE, json!({ "file": token })));
    let error = provider.credential(&[MAIL]).await.expect_err("refused");
    let message = error.to_string();
    assert!(
        message.starts_with(&format!(
            "the security token service `{}/v1/token`",
            server.uri()
        )),
        "{message}"
    );
    assert!(
        message.ends_with("refused to issue a token (HTTP 400 Bad Request): invalid_grant: The audience in ID Token does not match the expected audience."),
        "{message}"
    );
    for shown in [message, format!("{error:?}"), format!("{provider:?}")] {
        assert!(!shown.contains("subject-secret"), "{shown}");
    }

    let missing = dir.path().join("absent");
    let provider = account(&config(&server, AUDIENCE, json!({ "file": missing })));
    let error = provider.credential(&[MAIL]).await.expect_err("no file");
    assert_eq!(
        error.to_string(),
        "could not get the subject token of the external account credentials"
    );
    let cause = std::error::Error::source(&error).map(|c| c.to_string());
    assert_eq!(
        cause,
        Some(format!(
            "could not read the subject token file `{}`",
            missing.display()
        ))
    );

    let json_file = write(
        dir.path(),
        "token.json",
        &json!({ "id_token": SUBJECT }).to_string(),
    );
    let provider = account(&config(
        &server,
        AUDIENCE,
        json!({ "file": json_file, "format": { "type": "json", "subject_token_field_name": "token" } }),
    ));
    let error = provider.credential(&[MAIL]).await.expect_err("wrong field");
    let cause = std::error::Error::source(&error)
        .map(|c| c.to_string())
        .unwrap_or_default();
    assert!(
        cause.ends_with(
            "token.json` has no `token` field (the subject_token_field_name of the credentials)"
        ),
        "{cause}"
    );
    assert!(!cause.contains("subject-secret"));
}

#[tokio::test]
async fn bad_files_are_refused_naming_the_json_path() {
    let sts = sts().await;
    let cases = [
        (
            json!({ "file": "t", "format": { "type": "yaml" } }),
            "the `credential_source.format.type` field of the external account credentials is neither `text` nor `json`",
        ),
        (
            json!({ "file": "t", "format": { "type": "json" } }),
            "the external account credentials has no `credential_source.format.subject_token_field_name` field",
        ),
        (
            json!({ "url": "http://idp.test/t", "headers": { "Metadata": 1 } }),
            "the `credential_source.headers.Metadata` field of the external account credentials is not a string",
        ),
        (
            json!({ "environment_id": "azure1" }),
            "the `credential_source.environment_id` field of the external account credentials names no supported environment (`aws1`)",
        ),
        (
            json!({}),
            "the `credential_source` of the external account credentials names no subject token source (expected `file`, `url`, `executable` or an AWS `environment_id`)",
        ),
    ];
    for (source, expected) in cases {
        let message = error_message(ExternalAccount::from_json(
            config(&sts, AUDIENCE, source).to_string(),
        ));
        assert_eq!(message, expected);
    }
    let mut file = config(&sts, AUDIENCE, json!({ "file": "t" }));
    file["service_account_impersonation_url"] = json!("https://iam.test/x:generateAccessToken");
    file["service_account_impersonation"] = json!({ "token_lifetime_seconds": 86400 });
    assert_eq!(
        error_message(ExternalAccount::from_json(file.to_string())),
        "the `service_account_impersonation.token_lifetime_seconds` field of the external account credentials is outside 600 to 43200 seconds, the lifetimes IAM issues"
    );
}

pub fn workforce_user_json(token_url: &str) -> Value {
    json!({
        "type": "external_account_authorized_user",
        "audience": WORKFORCE,
        "client_id": "workforce-client",
        "client_secret": "client-secret-value",
        "refresh_token": "refresh-secret-1",
        "token_url": token_url,
        "token_info_url": "https://sts.googleapis.com/v1/introspect",
        "revoke_url": "https://sts.googleapis.com/v1/revoke",
        "quota_project_id": "staff-billing",
    })
}

/// A token endpoint that rotates the refresh token with every answer.
struct Rotating(Arc<AtomicUsize>);

impl Respond for Rotating {
    fn respond(&self, _request: &Request) -> ResponseTemplate {
        let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        ResponseTemplate::new(200).set_body_json(json!({
            "access_token": format!("tok-{n}"),
            "expires_in": 3600,
            "refresh_token": format!("refresh-secret-{}", n + 1),
        }))
    }
}

#[tokio::test]
async fn workforce_users_refresh_with_client_authentication_and_keep_the_rotated_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/oauthtoken"))
        .respond_with(Rotating(Arc::default()))
        .mount(&server)
        .await;
    let user = ExternalAccountAuthorizedUser::from_json(
        workforce_user_json(&format!("{}/v1/oauthtoken", server.uri())).to_string(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(token_for(&user, &[MAIL]).await, "tok-1");
    assert_eq!(token_for(&user, &[SETTINGS_BASIC]).await, "tok-1");
    assert_eq!(user.quota_project(), Some("staff-billing"));
    assert!(user.invalidate(Scopes::new(&[MAIL]), &Credential::Bearer("tok-1".into())));
    assert_eq!(token_for(&user, &[MAIL]).await, "tok-2");

    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    let mut first: Vec<(String, String)> = form(&requests[0]).into_iter().collect();
    first.sort();
    assert_eq!(
        first,
        vec![
            ("grant_type".to_owned(), "refresh_token".to_owned()),
            ("refresh_token".to_owned(), "refresh-secret-1".to_owned()),
        ]
    );
    assert_eq!(
        requests[0]
            .headers
            .get("authorization")
            .map(|v| v.as_bytes()),
        Some(&b"Basic d29ya2ZvcmNlLWNsaWVudDpjbGllbnQtc2VjcmV0LXZhbHVl"[..])
    );
    assert_eq!(form(&requests[1])["refresh_token"], "refresh-secret-2");
    assert_no_secrets(&format!("{user:?}"));

    let mut incomplete = workforce_user_json("https://sts.test/v1/oauthtoken");
    incomplete["refresh_token"] = json!(null);
    assert_eq!(
        error_message(ExternalAccountAuthorizedUser::from_json(
            incomplete.to_string()
        )),
        "the external account authorized user credentials has no `refresh_token` field"
    );
}

#[tokio::test]
async fn application_default_credentials_accept_both_file_types() {
    let sts = sts().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let token = write(dir.path(), "token", SUBJECT);
    let federated = write(
        dir.path(),
        "wif.json",
        &config(&sts, AUDIENCE, json!({ "file": token })).to_string(),
    );
    let adc = ApplicationDefaultCredentials::builder()
        .credentials_file(Some(federated.clone()))
        .well_known_file(None)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        adc.source(),
        &CredentialSource::EnvironmentVariable(federated)
    );
    assert_eq!(token_for(&adc, &[MAIL]).await, "tok-1");
    assert!(format!("{adc:?}").contains("ExternalAccount"));

    let user = write(
        dir.path(),
        "workforce-user.json",
        &workforce_user_json(&format!("{}/v1/token", sts.uri())).to_string(),
    );
    let adc = ApplicationDefaultCredentials::builder()
        .credentials_file(None)
        .well_known_file(Some(user))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(token_for(&adc, &[MAIL]).await, "tok-2");
    assert_eq!(adc.quota_project(), Some("staff-billing"));

    let refused = ApplicationDefaultCredentials::builder()
        .credentials_file(Some(dir.path().join("wif.json")))
        .subject("dave@example.com")
        .build();
    assert!(error_message(refused)
        .contains("holds `external_account` credentials, which cannot act as dave@example.com"),);
}
