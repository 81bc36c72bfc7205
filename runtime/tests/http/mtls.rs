//! Mutual TLS: a client certificate shown to a server that asks for one, the API's mTLS endpoint
//! chosen when the client has one, and certificates that cannot be used refused with errors that
//! never show the key. The server is rustls whatever the client's backend (`rustls` or
//! `native-tls`).

use google_api_runtime::transport::{ClientCertificate, HttpClient};
use google_api_runtime::{ApiInfo, Client, Error};

use super::tls::{serve, server_config, thing_1, CA};
use crate::common::*;

const CLIENT_CA: &[u8] = include_bytes!("tls/client-ca.pem");
const CLIENT_CERTIFICATE: &[u8] = include_bytes!("tls/client.pem");
const CLIENT_KEY: &[u8] = include_bytes!("tls/client.key.pem");
const CLIENT_RSA_KEY: &[u8] = include_bytes!("tls/client.rsa.key.pem");
const OTHER_KEY: &[u8] = include_bytes!("tls/localhost.key.pem");

/// [`API`] whose mTLS endpoint is `mtls_root` and whose regular endpoint cannot be reached.
fn api_with_mtls_endpoint(mtls_root: &str) -> &'static ApiInfo {
    Box::leak(Box::new(ApiInfo {
        root_url: "https://regular-endpoint.invalid/",
        mtls_root_url: Some(Box::leak(mtls_root.to_owned().into_boxed_str())),
        ..API
    }))
}

fn trusting_http(certificate: Option<ClientCertificate>) -> HttpClient {
    let builder = HttpClient::builder()
        .no_proxy()
        .add_root_certificates_pem(CA)
        .expect("a usable root");
    match certificate {
        Some(certificate) => builder.client_certificate(certificate),
        None => builder,
    }
    .build()
}

fn client_certificate() -> ClientCertificate {
    ClientCertificate::from_pem(CLIENT_CERTIFICATE, CLIENT_KEY).expect("a usable certificate")
}

#[tokio::test]
async fn a_client_with_a_certificate_calls_the_mtls_endpoint_and_shows_it() {
    let (root, seen) = serve(server_config(Some(CLIENT_CA))).await;
    let client = Client::builder(api_with_mtls_endpoint(&root))
        .http_client(trusting_http(Some(client_certificate())))
        .retry(fast_retries(1))
        .build();
    assert_eq!(client.root_url(), root);
    let answer: serde_json::Value = thing_1(&client).send().await.expect("served over mTLS");
    assert_eq!(answer, serde_json::json!({}));
    // The server completes a handshake only with a certificate its client authority signed.
    assert_eq!(
        *seen.lock().expect("not poisoned"),
        ["GET /example/v1/users/me/things/1?prettyPrint=false HTTP/1.1"]
    );
}

#[tokio::test]
async fn without_a_certificate_the_regular_endpoint_is_called_and_the_mtls_server_refuses() {
    let (root, seen) = serve(server_config(Some(CLIENT_CA))).await;
    let client = Client::builder(api_with_mtls_endpoint(&root))
        .http_client(trusting_http(None))
        .build();
    assert_eq!(client.root_url(), "https://regular-endpoint.invalid/");
    let client = Client::builder(&API)
        .root_url(&root)
        .http_client(trusting_http(None))
        .retry(fast_retries(1))
        .build();
    let err = thing_1(&client)
        .send_empty()
        .await
        .expect_err("the server wants a certificate");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(seen.lock().expect("not poisoned").is_empty());
}

#[test]
fn a_certificate_given_with_an_http_client_is_refused_at_the_first_call() {
    let client = Client::builder(&API)
        .http_client(HttpClient::new())
        .client_certificate(client_certificate())
        .build();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let err = runtime
        .block_on(thing_1(&client).send_empty())
        .expect_err("refused");
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains("give it to that HTTP client's builder"),
        "{err}"
    );
}

/// A PEM key block whose body is a marker that no message may show.
const SECRET_KEY: &[u8] =
    b"-----BEGIN PRIVATE KEY-----\nU0VDUkVUS0VZTUFURVJJQUw=\n-----END PRIVATE KEY-----\n";

#[test]
fn unusable_client_certificates_are_refused_without_showing_the_key() {
    let cases: [(&[u8], &[u8], &str); 3] = [
        (b"not a certificate", CLIENT_KEY, "the client certificate"),
        (CLIENT_CERTIFICATE, b"no key here", ""),
        (CLIENT_CERTIFICATE, SECRET_KEY, ""),
    ];
    for (certificates, key, expected) in cases {
        let err = ClientCertificate::from_pem(certificates, key).expect_err("refused");
        let shown = format!("{err} {err:?}");
        assert!(shown.contains(expected), "{shown}");
        for secret in ["U0VDUkVUS0VZTUFURVJJQUw", "SECRETKEYMATERIAL"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        let body: String = String::from_utf8_lossy(CLIENT_KEY)
            .lines()
            .nth(1)
            .unwrap_or_default()
            .to_owned();
        assert!(!shown.contains(&body), "{shown}");
    }
    // A key of another certificate.
    let err = ClientCertificate::from_pem(CLIENT_CERTIFICATE, OTHER_KEY).expect_err("refused");
    #[cfg(feature = "rustls")]
    assert!(err.to_string().contains("does not belong"), "{err}");
    assert!(!format!("{err:?}").contains("MII"), "{err:?}");
}

#[test]
fn a_certificate_shows_no_key_in_debug() {
    let shown = format!("{:?}", client_certificate());
    assert_eq!(
        shown,
        "ClientCertificate { certificates: 1, key: \"<redacted>\" }"
    );
}

#[test]
fn certificates_and_keys_are_read_from_files_named_in_errors() {
    let folder = tempfile::tempdir().expect("folder");
    let certificate = folder.path().join("client.pem");
    let key = folder.path().join("client.key.pem");
    std::fs::write(&certificate, CLIENT_CERTIFICATE).expect("write");
    std::fs::write(&key, CLIENT_KEY).expect("write");
    assert!(ClientCertificate::from_files(&certificate, &key).is_ok());
    std::fs::write(&key, SECRET_KEY).expect("write");
    let err = ClientCertificate::from_files(&certificate, &key).expect_err("refused");
    assert!(
        err.to_string().contains(&key.display().to_string()),
        "{err}"
    );
    let missing = folder.path().join("missing.pem");
    let err = ClientCertificate::from_files(&missing, &key).expect_err("refused");
    assert!(
        err.to_string()
            .starts_with("could not read the client certificate file"),
        "{err}"
    );
}

/// rustls takes PKCS#1 keys; the platform's library takes PKCS#8 only, and says how to convert.
#[test]
fn pkcs1_keys_depend_on_the_backend() {
    let result = ClientCertificate::from_pem(CLIENT_CERTIFICATE, CLIENT_RSA_KEY);
    #[cfg(feature = "rustls")]
    assert!(result.is_ok(), "{result:?}");
    #[cfg(not(feature = "rustls"))]
    assert!(
        result.is_err_and(|e| e.to_string().contains("openssl pkcs8 -topk8")),
        "a PKCS#1 key is refused by native-tls"
    );
}
