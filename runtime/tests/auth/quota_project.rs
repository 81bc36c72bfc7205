//! The quota project named in a credentials file (`quota_project_id`) reaches the API as
//! `X-Goog-User-Project`, as it does with Google's own libraries; a client's own choice wins.

use google_api_runtime::auth::{
    ApplicationDefaultCredentials, AuthorizedUser, ServiceAccount, TokenProvider,
};
use google_api_runtime::{ApiInfo, Call, Client, MethodInfo};
use http::Method;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::authorized_user::user_json;
use crate::common::*;

pub static API: ApiInfo = ApiInfo {
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

static LIST: MethodInfo = MethodInfo {
    id: "gmail.users.labels.list",
    http_method: Method::GET,
    path: "gmail/v1/users/{userId}/labels",
    scopes: &[MAIL],
    api_version: None,
};

fn with_quota_project(mut file: serde_json::Value) -> String {
    file["quota_project_id"] = json!("billing-from-file");
    file.to_string()
}

#[test]
fn credentials_files_name_their_quota_project() {
    let user = AuthorizedUser::from_json(with_quota_project(user_json("https://t.test/token")))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(user.quota_project(), Some("billing-from-file"));
    let plain = AuthorizedUser::from_json(user_json("https://t.test/token").to_string())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plain.quota_project(), None);
    let account = ServiceAccount::from_json(with_quota_project(key_json("https://t.test/token")))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(account.quota_project(), Some("billing-from-file"));
}

/// gcloud's application default credentials with a quota project: the API call carries it.
#[tokio::test]
async fn application_default_credentials_send_the_files_quota_project() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(Tokens::new(3600))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/gmail/v1/users/me/labels"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "application_default_credentials.json",
        &with_quota_project(user_json(&format!("{}/token", server.uri()))),
    );
    let adc = ApplicationDefaultCredentials::builder()
        .credentials_file(Some(file))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(adc.quota_project(), Some("billing-from-file"));

    let client = Client::builder(&API)
        .root_url(server.uri())
        .auth(adc.clone())
        .build();
    let overriding = Client::builder(&API)
        .root_url(server.uri())
        .auth(adc)
        .quota_project("chosen-by-the-app")
        .build();
    for client in [&client, &overriding] {
        let mut call = Call::new(client, &LIST);
        call.path_param("userId", "me");
        call.send_empty().await.expect("sent");
    }
    let sent: Vec<_> = received(&server)
        .await
        .into_iter()
        .filter(|r| r.url.path().starts_with("/gmail/"))
        .collect();
    let projects: Vec<_> = sent
        .iter()
        .map(|r| {
            r.headers
                .get("x-goog-user-project")
                .and_then(|v| v.to_str().ok())
        })
        .collect();
    assert_eq!(
        projects,
        [Some("billing-from-file"), Some("chosen-by-the-app")]
    );
    // The token endpoint is not an API: it gets no quota project.
    let token_requests: Vec<_> = received(&server)
        .await
        .into_iter()
        .filter(|r| r.url.path() == "/token")
        .collect();
    assert!(!token_requests.is_empty());
    assert!(token_requests
        .iter()
        .all(|r| r.headers.get("x-goog-user-project").is_none()));
}
