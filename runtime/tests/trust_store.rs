//! The store of trusted certificate authorities, which the runtime reads once per process: each
//! case runs in a child process of this test binary given its own `SSL_CERT_FILE` and
//! `SSL_CERT_DIR` (`child` below), against an HTTPS server that only the test authority
//! (`http/tls/ca.pem`, `CN=google-api-runtime test CA`) vouches for.
//!
//! Run with the default features, and with `--features webpki-roots` for the bundled roots.

#[path = "support/https_server.rs"]
mod https_server;

use std::ffi::OsString;

use google_api_runtime::transport::{HttpClient, TransportError};

const TEST_CA: &str = include_str!("http/tls/ca.pem");
/// Tells a child process which case to run, and where the server is.
const CASE: &str = "TRUST_STORE_CASE";
const ROOT: &str = "TRUST_STORE_ROOT";

/// A GET of the server's root with a client that adds no certificate of its own.
async fn get(root: &str) -> Result<u16, TransportError> {
    let request = http::Request::get(root)
        .body(bytes::Bytes::new())
        .expect("a request");
    let response = HttpClient::builder()
        .no_proxy()
        .build()
        .send(request)
        .await?;
    Ok(response.status().as_u16())
}

/// An error and its causes on one line.
fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}

async fn run_case(case: &str, root: &str) {
    match case {
        "reached" => {
            assert_eq!(get(root).await.expect("the server is trusted"), 200);
            // Read once: a second client of the process trusts the same store.
            assert_eq!(get(root).await.expect("again"), 200);
        }
        "no-authority" => {
            let err = get(root).await.expect_err("nothing to trust");
            let shown = chain(&err);
            assert!(!err.is_connect(), "never retried: {shown}");
            for expected in [
                "no certificate authority to trust",
                "SSL_CERT_FILE",
                "webpki-roots",
            ] {
                assert!(shown.contains(expected), "{expected:?} in {shown}");
            }
        }
        "untrusted" => {
            let err = get(root)
                .await
                .expect_err("the test authority is not trusted");
            let shown = chain(&err);
            assert!(err.is_untrusted_certificate(), "{shown}");
            assert!(err.is_connect(), "{shown}");
            for expected in [
                "the certificate of localhost is issued by `CN=google-api-runtime test CA`",
                "SSL_CERT_FILE",
            ] {
                assert!(shown.contains(expected), "{expected:?} in {shown}");
            }
        }
        other => panic!("no case {other}"),
    }
}

/// The entry point of child processes: runs the case its parent named, or nothing in the parent.
#[tokio::test]
async fn child() {
    if let (Ok(case), Ok(root)) = (std::env::var(CASE), std::env::var(ROOT)) {
        run_case(&case, &root).await;
    }
}

/// Runs `case` in a child process against a fresh server, with `env` as the only certificate
/// variables; returns the request lines the server read.
async fn in_child(case: &str, env: &[(&str, OsString)]) -> Vec<String> {
    let (root, seen) = https_server::https_server().await;
    let mut command = tokio::process::Command::new(std::env::current_exe().expect("this binary"));
    command.args(["--exact", "child", "--nocapture"]);
    command
        .env_remove("SSL_CERT_FILE")
        .env_remove("SSL_CERT_DIR");
    command.env(CASE, case).env(ROOT, &root);
    for (name, value) in env {
        command.env(name, value);
    }
    let out = command.output().await.expect("the child runs");
    assert!(
        out.status.success(),
        "case {case} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let seen = seen.lock().expect("not poisoned").clone();
    seen
}

/// A certificate authority of its own, PEM.
fn another_authority() -> String {
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("parameters");
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "Another CA");
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let key = rcgen::KeyPair::generate().expect("a key");
    params.self_signed(&key).expect("a certificate").pem()
}

fn written(dir: &tempfile::TempDir, name: &str, text: &str) -> OsString {
    let file = dir.path().join(name);
    std::fs::write(&file, text).expect("written");
    file.into_os_string()
}

#[tokio::test]
async fn ssl_cert_file_is_the_store() {
    let dir = tempfile::tempdir().expect("a directory");
    let ca = written(&dir, "ca.pem", TEST_CA);
    let seen = in_child("reached", &[("SSL_CERT_FILE", ca)]).await;
    assert_eq!(seen, ["GET / HTTP/1.1", "GET / HTTP/1.1"]);
}

#[tokio::test]
async fn ssl_cert_dir_is_the_store() {
    let dir = tempfile::tempdir().expect("a directory");
    written(&dir, "test-ca.pem", TEST_CA);
    written(&dir, "README", "not a certificate");
    let seen = in_child("reached", &[("SSL_CERT_DIR", dir.path().into())]).await;
    assert_eq!(seen, ["GET / HTTP/1.1", "GET / HTTP/1.1"]);
}

#[tokio::test]
async fn an_authority_outside_the_store_is_named_with_what_to_set() {
    let dir = tempfile::tempdir().expect("a directory");
    // A store that holds another authority than the server's, as a machine's does.
    let store = written(&dir, "store.pem", &another_authority());
    let seen = in_child("untrusted", &[("SSL_CERT_FILE", store)]).await;
    assert!(seen.is_empty(), "{seen:?}");
}

/// An empty store and no bundled roots: every `https` connection is refused, before a byte is
/// sent, with an error that says what to set; never a client that trusts nothing silently.
#[cfg(not(feature = "webpki-roots"))]
#[tokio::test]
async fn an_empty_store_refuses_https_and_says_what_to_set() {
    let dir = tempfile::tempdir().expect("a directory");
    let empty = written(&dir, "empty.pem", "");
    let seen = in_child("no-authority", &[("SSL_CERT_FILE", empty)]).await;
    assert!(seen.is_empty(), "{seen:?}");
    let missing = dir.path().join("missing.pem").into_os_string();
    in_child("no-authority", &[("SSL_CERT_FILE", missing)]).await;
}

/// With the `webpki-roots` feature, an empty store falls back to Mozilla's roots: the server is
/// then reached through a handshake whose failure names its (untrusted) issuer, not refused for
/// lack of any authority.
#[cfg(feature = "webpki-roots")]
#[tokio::test]
async fn an_empty_store_falls_back_to_the_bundled_roots() {
    let dir = tempfile::tempdir().expect("a directory");
    let empty = written(&dir, "empty.pem", "");
    let seen = in_child("untrusted", &[("SSL_CERT_FILE", empty)]).await;
    assert!(seen.is_empty(), "{seen:?}");
}
