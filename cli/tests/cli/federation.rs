//! `--credentials FILE` with a workload identity federation file: the subject token is read
//! from its file, exchanged at the security token service, traded for the service account's
//! token at IAM Credentials, and the call carries that token.

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::*;

const SA: &str = "ci-deployer@example-project.iam.gserviceaccount.com";

#[tokio::test]
async fn a_federated_credentials_file_is_exchanged_and_impersonated() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "ya29.federated", "expires_in": 3600, "token_type": "Bearer",
            "issued_token_type": "urn:ietf:params:oauth:token-type:access_token",
        })))
        .mount(&server)
        .await;
    let impersonate = format!("/v1/projects/-/serviceAccounts/{SA}:generateAccessToken");
    Mock::given(method("POST"))
        .and(path(impersonate.clone()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "accessToken": "ya29.service-account", "expireTime": "2999-01-01T00:00:00Z",
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"emailAddress": "me@example.com"})),
        )
        .mount(&server)
        .await;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let subject = dir.join("federation-oidc-token");
    std::fs::write(&subject, "eyJ.oidc-subject-secret.sig").expect("written");
    let file = dir.join("federation.json");
    let credentials = json!({
        "type": "external_account",
        "audience": "//iam.googleapis.com/projects/42/locations/global/workloadIdentityPools/ci/providers/gh",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        "token_url": format!("{}/v1/token", server.uri()),
        "service_account_impersonation_url": format!("{}{impersonate}", server.uri()),
        "credential_source": { "file": subject },
    });
    std::fs::write(&file, credentials.to_string()).expect("written");
    let uri = server.uri();
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--root-url",
            &uri,
            "--credentials",
            file.to_str().expect("UTF-8"),
            "--max-attempts",
            "1",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let all = requests(&server).await;
    assert_eq!(all.len(), 3, "{all:#?}");
    let exchange = String::from_utf8_lossy(&all[0].body);
    assert!(
        exchange.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange")
            && exchange.contains("subject_token=eyJ.oidc-subject-secret.sig"),
        "{exchange}"
    );
    assert_eq!(
        header(&all[1], "authorization"),
        Some("Bearer ya29.federated")
    );
    let body: serde_json::Value = serde_json::from_slice(&all[1].body).expect("JSON");
    assert_eq!(
        body,
        json!({ "scope": ["https://mail.google.com/"], "lifetime": "3600s" })
    );
    assert_eq!(
        line(&all[2]),
        "GET /gmail/v1/users/me/profile?prettyPrint=false"
    );
    assert_eq!(
        header(&all[2], "authorization"),
        Some("Bearer ya29.service-account")
    );
    assert!(!run.stderr.contains("oidc-subject-secret"), "{run:#?}");
}
