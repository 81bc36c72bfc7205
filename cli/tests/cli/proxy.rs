//! `gapi` behind a TLS-inspecting proxy (tests/support/inspecting_proxy.rs): `HTTPS_PROXY` names
//! it, and its certificate authority is trusted through `SSL_CERT_FILE`, `--ca-certs` or
//! `GAPI_CA_CERTS`, for the token exchange, the call and a discovery fetch alike; without it, the
//! error names the host and the issuer and says what to set. Each run is a child process given
//! its own environment, so the store read once per process is read afresh.

use std::ffi::OsStr;
use std::path::PathBuf;

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::inspecting_proxy::{InspectingProxy, CA_NAME, CA_ORGANISATION};
use crate::support::{gapi_with_env, Run};

const CLIENT_SECRET: &str = "cli-client-secret-4d2";
const REFRESH_TOKEN: &str = "1//cli-refresh-token-88";
const PROXY_PASSWORD: &str = "cli-proxy-pa55";
/// An authority that is not the proxy's.
const OTHER_CA: &str = include_str!("../../../runtime/tests/http/tls/ca.pem");

/// Google, as the proxy reaches it: the token endpoint, Gmail and the discovery service.
async fn google() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "ya29.cli-through-proxy", "expires_in": 3600, "token_type": "Bearer"
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/gmail/v1/users/me/profile"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"emailAddress": "me@example.com"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/discovery/v1/apis/gmail/v1/rest"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            include_str!("../../../discovery-json/gmail.v1.json"),
            "application/json",
        ))
        .mount(&server)
        .await;
    server
}

/// A file of `name` holding `text`, in a directory of this test's.
fn file(test: &str, name: &str, text: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("proxy-{test}"));
    std::fs::create_dir_all(&dir).expect("a directory");
    let file = dir.join(name);
    std::fs::write(&file, text).expect("written");
    file
}

fn credentials(test: &str) -> PathBuf {
    let json = json!({
        "type": "authorized_user", "client_id": "client-1.apps.googleusercontent.com",
        "client_secret": CLIENT_SECRET, "refresh_token": REFRESH_TOKEN
    });
    file(test, "user.json", &json.to_string())
}

/// `gapi gmail users getProfile me --credentials FILE` and `extra`, through `proxy`, with `env`.
async fn get_profile(
    test: &str,
    proxy: &InspectingProxy,
    extra: &[&str],
    env: &[(&str, &OsStr)],
) -> Run {
    let credentials = credentials(test);
    let proxy_url = proxy.url(Some(&format!("bob:{PROXY_PASSWORD}")));
    let mut args = vec!["gmail", "users", "getProfile", "me", "--credentials"];
    args.push(credentials.to_str().expect("UTF-8"));
    args.extend(["--max-attempts", "1"]);
    args.extend(extra);
    let mut all_env = vec![("HTTPS_PROXY", OsStr::new(&proxy_url))];
    all_env.extend(env.iter().copied());
    gapi_with_env(&args, None, &all_env).await
}

/// Asserts that the run printed the profile and that the proxy saw the token exchange and the
/// call, each in a tunnel of its own host.
fn assert_through_the_proxy(run: &Run, proxy: &InspectingProxy) {
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("me@example.com"), "{run:#?}");
    let seen = proxy.seen();
    seen.assert_connected_to(&["oauth2.googleapis.com:443", "gmail.googleapis.com:443"]);
    assert!(seen
        .connects
        .iter()
        .all(|c| c.proxy_authorization.is_some()));
    let plaintext = seen.plaintext();
    assert!(plaintext.contains("POST /token HTTP/1.1"), "{plaintext}");
    assert!(
        plaintext.contains("GET /gmail/v1/users/me/profile?prettyPrint=false HTTP/1.1"),
        "{plaintext}"
    );
    assert!(!plaintext.to_lowercase().contains("proxy-authorization"));
}

#[tokio::test]
async fn the_proxy_authority_in_ssl_cert_file_is_trusted() {
    let google = google().await;
    let proxy = InspectingProxy::start(*google.address()).await;
    let ca = file("ssl-cert-file", "ca.pem", proxy.ca_pem());
    let run = get_profile(
        "ssl-cert-file",
        &proxy,
        &[],
        &[("SSL_CERT_FILE", ca.as_os_str())],
    )
    .await;
    assert_through_the_proxy(&run, &proxy);
}

#[tokio::test]
async fn ca_certs_adds_the_authority_for_the_call_the_token_and_the_discovery_fetch() {
    let google = google().await;
    let proxy = InspectingProxy::start(*google.address()).await;
    let ca = file("ca-certs", "ca.pem", proxy.ca_pem());
    let ca = ca.to_str().expect("UTF-8");
    let run = get_profile(
        "ca-certs",
        &proxy,
        &[
            "--ca-certs",
            ca,
            "--discovery-url",
            "https://www.googleapis.com/discovery/v1/apis/gmail/v1/rest",
        ],
        &[],
    )
    .await;
    assert_through_the_proxy(&run, &proxy);
    let seen = proxy.seen();
    assert!(
        seen.connects
            .iter()
            .any(|c| c.target == "www.googleapis.com:443"),
        "{seen:?}"
    );
    assert!(seen
        .plaintext()
        .contains("GET /discovery/v1/apis/gmail/v1/rest"));
}

#[tokio::test]
async fn gapi_ca_certs_is_the_flag_from_the_environment() {
    let google = google().await;
    let proxy = InspectingProxy::start(*google.address()).await;
    let ca = file("gapi-ca-certs", "ca.pem", proxy.ca_pem());
    let run = get_profile(
        "gapi-ca-certs",
        &proxy,
        &[],
        &[("GAPI_CA_CERTS", ca.as_os_str())],
    )
    .await;
    assert_through_the_proxy(&run, &proxy);
}

#[tokio::test]
async fn an_untrusted_proxy_authority_is_named_with_what_to_do() {
    let google = google().await;
    let proxy = InspectingProxy::start(*google.address()).await;
    let other = file("untrusted", "other.pem", OTHER_CA);
    let run = get_profile(
        "untrusted",
        &proxy,
        &[],
        &[("SSL_CERT_FILE", other.as_os_str())],
    )
    .await;
    assert_eq!(run.code, 4, "{run:#?}");
    assert_eq!(run.stderr.lines().count(), 1, "{run:#?}");
    for expected in [
        "oauth2.googleapis.com",
        &format!("`CN={CA_NAME}, O={CA_ORGANISATION}`"),
        "SSL_CERT_FILE",
        "--ca-certs FILE",
        "GAPI_CA_CERTS",
    ] {
        assert!(run.stderr.contains(expected), "{expected:?} in {run:#?}");
    }
    for secret in [CLIENT_SECRET, REFRESH_TOKEN, PROXY_PASSWORD] {
        assert!(!run.stderr.contains(secret), "{secret:?} in {run:#?}");
    }
    // No request went through the tunnel: the handshake failed.
    assert!(proxy
        .seen()
        .tunnels
        .iter()
        .all(|(_, bytes)| bytes.is_empty()));
}

#[tokio::test]
async fn an_unusable_ca_certs_file_is_a_usage_error_naming_it() {
    let google = google().await;
    let proxy = InspectingProxy::start(*google.address()).await;
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-such-ca.pem");
    let not_pem = file("unusable", "not-a-certificate.pem", "hello\n");
    for given in [missing, not_pem] {
        let shown = given.to_str().expect("UTF-8");
        let run = get_profile("unusable", &proxy, &["--ca-certs", shown], &[]).await;
        run.assert_usage_error(&format!("--ca-certs {shown}: "));
        let run = get_profile(
            "unusable",
            &proxy,
            &[],
            &[("GAPI_CA_CERTS", given.as_os_str())],
        )
        .await;
        run.assert_usage_error(&format!("GAPI_CA_CERTS {shown}: "));
    }
    assert!(proxy.seen().connects.is_empty(), "nothing was sent");
}
