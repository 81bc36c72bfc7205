//! A generated crate behind a TLS-inspecting proxy, as in a company: `HTTPS_PROXY` names the proxy
//! (with a user and password), and the proxy's certificate authority is trusted only through
//! `SSL_CERT_FILE`. Through it, with the crate's default features and no code of the test's in the
//! client: the token exchange, Gmail's `users.getProfile`, and a resumable upload; without the
//! authority, the error names the host and the issuer and says what to set.
//!
//! The store of trusted authorities is read once per process, and the environment is the
//! process's: each case runs in a child process of this test binary (`child` below), given its
//! environment there, while the parent runs the proxy and the server playing Google and reads
//! what the proxy saw.

#[path = "../support/inspecting_proxy.rs"]
mod inspecting_proxy;

use std::ffi::OsString;

use base64::Engine as _;
use google_gmail_v1::runtime::auth::AuthorizedUser;
use google_gmail_v1::runtime::UploadSource;
use google_gmail_v1::Client;
use inspecting_proxy::{InspectingProxy, CA_NAME, CA_ORGANISATION};
use wiremock::matchers::{body_string_contains, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PROXY_USER: &str = "alice";
const PROXY_PASSWORD: &str = "proxy-pa55word";
const CLIENT_SECRET: &str = "client-secret-9f3";
const REFRESH_TOKEN: &str = "1//refresh-token-7c1";
const ACCESS_TOKEN: &str = "ya29.through-the-proxy";
/// An authority that is not the proxy's (the runtime's TLS tests' own).
const OTHER_CA: &str = include_str!("../../runtime/tests/http/tls/ca.pem");
/// Tells a child process which case to run.
const CHILD: &str = "BEHIND_PROXY_CASE";

/// Google's token endpoint and Gmail, played by one local server (the proxy forwards every tunnel
/// to it, whatever host the tunnel was for).
async fn google() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(body_string_contains("grant_type=refresh_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": ACCESS_TOKEN, "expires_in": 3599, "token_type": "Bearer"
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/gmail/v1/users/me/profile"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "emailAddress": "alice@example.com", "messagesTotal": 42
        })))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/upload/gmail/v1/users/me/messages"))
        .and(query_param("uploadType", "resumable"))
        .respond_with(ResponseTemplate::new(200).insert_header(
            "location",
            "https://gmail.googleapis.com/upload/gmail/v1/users/me/messages?uploadType=resumable&upload_id=xyz",
        ))
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/upload/gmail/v1/users/me/messages"))
        .and(query_param("upload_id", "xyz"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "m-1"})))
        .mount(&server)
        .await;
    server
}

fn client() -> Client {
    let user = AuthorizedUser::new(
        "client-1.apps.googleusercontent.com",
        CLIENT_SECRET,
        REFRESH_TOKEN,
    );
    Client::builder().auth(user).build()
}

/// What a child process runs, by the name its parent gave.
async fn run_case(case: &str) {
    let client = client();
    match case {
        "seed" => {
            let profile = client
                .users()
                .get_profile("me")
                .send()
                .await
                .expect("the profile");
            assert_eq!(profile.email_address.as_deref(), Some("alice@example.com"));
            let message = client
                .users()
                .messages()
                .insert("me", Default::default())
                .upload_resumable(
                    UploadSource::from_bytes("From: a@example.com\r\n\r\nhello".into()),
                    "message/rfc822",
                )
                .send()
                .await
                .expect("the upload");
            assert_eq!(message.id.as_deref(), Some("m-1"));
        }
        "untrusted" => {
            let err = client
                .users()
                .get_profile("me")
                .send()
                .await
                .expect_err("the proxy's authority is not trusted");
            let shown = format!("{}", Chain(&err));
            println!("\nERROR: {shown}");
            println!("\nDEBUG: {err:?}");
        }
        other => panic!("no case {other}"),
    }
}

/// An error and its causes, as `anyhow` prints them with `{:#}`.
struct Chain<'a>(&'a dyn std::error::Error);

impl std::fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut cause = self.0.source();
        while let Some(inner) = cause {
            write!(f, ": {inner}")?;
            cause = inner.source();
        }
        Ok(())
    }
}

/// The entry point of child processes: runs the case its parent named, or nothing in the parent.
#[tokio::test]
async fn child() {
    if let Ok(case) = std::env::var(CHILD) {
        run_case(&case).await;
    }
}

/// Runs `case` in a child process with `env` and no other proxy or certificate variables;
/// returns its standard output, after asserting that it passed.
async fn in_child(case: &str, env: &[(&str, OsString)]) -> String {
    let mut command = tokio::process::Command::new(std::env::current_exe().expect("this binary"));
    command.args(["--exact", "child", "--nocapture", "--test-threads", "1"]);
    for name in [
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
        "SSL_CERT_FILE",
        "SSL_CERT_DIR",
        "GOOGLE_APPLICATION_CREDENTIALS",
    ] {
        command.env_remove(name);
    }
    command.env(CHILD, case);
    for (name, value) in env {
        command.env(name, value);
    }
    let out = command.output().await.expect("the child runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "case {case} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn written(dir: &tempfile::TempDir, name: &str, text: &str) -> OsString {
    let file = dir.path().join(name);
    std::fs::write(&file, text).expect("written");
    file.into_os_string()
}

#[tokio::test]
async fn the_seed_calls_go_through_an_inspecting_proxy_trusted_through_ssl_cert_file() {
    let google = google().await;
    let proxy = InspectingProxy::start(*google.address()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let ca = written(&dir, "proxy-ca.pem", proxy.ca_pem());
    let userinfo = format!("{PROXY_USER}:{PROXY_PASSWORD}");
    in_child(
        "seed",
        &[
            ("HTTPS_PROXY", proxy.url(Some(&userinfo)).into()),
            ("SSL_CERT_FILE", ca),
        ],
    )
    .await;

    let seen = proxy.seen();
    seen.assert_connected_to(&["oauth2.googleapis.com:443", "gmail.googleapis.com:443"]);
    let basic = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(&userinfo)
    );
    for connect in &seen.connects {
        assert_eq!(
            connect.proxy_authorization.as_deref(),
            Some(&*basic),
            "{connect:?}"
        );
    }
    let plaintext = seen.plaintext();
    for expected in [
        "POST /token HTTP/1.1",
        "GET /gmail/v1/users/me/profile?prettyPrint=false HTTP/1.1",
        "POST /upload/gmail/v1/users/me/messages?uploadType=resumable",
        "PUT /upload/gmail/v1/users/me/messages?uploadType=resumable&upload_id=xyz",
        &format!("authorization: Bearer {ACCESS_TOKEN}"),
        "hello",
    ] {
        assert!(
            plaintext.to_lowercase().contains(&expected.to_lowercase()),
            "{expected:?} in\n{plaintext}"
        );
    }
    // The proxy's credentials are for the proxy: never inside the tunnel, to the origin.
    assert!(
        !plaintext.to_lowercase().contains("proxy-authorization"),
        "{plaintext}"
    );
    assert!(!plaintext.contains(&basic), "{plaintext}");
}

#[tokio::test]
async fn without_the_authority_the_error_names_the_host_and_issuer_and_says_what_to_set() {
    let google = google().await;
    let proxy = InspectingProxy::start(*google.address()).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    // Another authority than the proxy's: the machine's store, as far as this test knows.
    let other_ca = written(&dir, "other-ca.pem", OTHER_CA);
    let userinfo = format!("{PROXY_USER}:{PROXY_PASSWORD}");
    let out = in_child(
        "untrusted",
        &[
            ("HTTPS_PROXY", proxy.url(Some(&userinfo)).into()),
            ("SSL_CERT_FILE", other_ca),
        ],
    )
    .await;
    let error = out
        .lines()
        .find_map(|l| l.strip_prefix("ERROR: "))
        .unwrap_or_else(|| panic!("no error line in {out}"));
    for expected in [
        "oauth2.googleapis.com",
        &format!("CN={CA_NAME}, O={CA_ORGANISATION}"),
        "SSL_CERT_FILE",
    ] {
        assert!(error.contains(expected), "{expected:?} in {error}");
    }
    for secret in [PROXY_PASSWORD, CLIENT_SECRET, REFRESH_TOKEN] {
        assert!(!out.contains(secret), "{secret:?} in {out}");
    }
    // The handshake failed: no request went through the tunnel.
    assert!(proxy
        .seen()
        .plaintext()
        .lines()
        .all(|l| l.starts_with("== ")));
}
