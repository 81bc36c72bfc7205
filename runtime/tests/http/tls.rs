//! TLS for real, with whichever backend the build chose (`rustls` by default; CI also runs these
//! with `native-tls`): a local HTTPS server whose certificate only a root added with
//! `add_root_certificates_pem` vouches for.

use std::sync::{Arc, Mutex};

use google_api_runtime::transport::HttpClient;
use google_api_runtime::{Call, Client, Error};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use crate::common::*;

const CA: &[u8] = include_bytes!("tls/ca.pem");
const SERVER_CERTIFICATE: &[u8] = include_bytes!("tls/localhost.pem");
const SERVER_KEY: &[u8] = include_bytes!("tls/localhost.key.pem");

/// The TLS configuration of a server on `localhost` with the test certificate.
pub(crate) fn server_config() -> rustls::ServerConfig {
    let certificates = CertificateDer::pem_slice_iter(SERVER_CERTIFICATE)
        .collect::<Result<Vec<_>, _>>()
        .expect("test certificate");
    let key = PrivateKeyDer::from_pem_slice(SERVER_KEY).expect("test key");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(certificates, key)
        .expect("server configuration")
}

/// An HTTPS server on `localhost` answering `{}` to every request; returns its root URL and the
/// request lines it has read (after a completed handshake only).
async fn https_server() -> (String, Arc<Mutex<Vec<String>>>) {
    let acceptor = TlsAcceptor::from(Arc::new(server_config()));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("address").port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let record = record.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(socket).await else {
                    return;
                };
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && tls.read(&mut byte).await.unwrap_or(0) == 1 {
                    head.push(byte[0]);
                }
                let text = String::from_utf8_lossy(&head).into_owned();
                record
                    .lock()
                    .expect("not poisoned")
                    .push(text.lines().next().unwrap_or_default().to_owned());
                let answer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";
                let _ = tls.write_all(answer.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (format!("https://localhost:{port}/"), seen)
}

fn client(root: &str, http: HttpClient) -> Client {
    Client::builder(&API)
        .root_url(root)
        .http_client(http)
        .retry(fast_retries(1))
        .build()
}

pub(crate) fn thing_1(client: &Client) -> Call {
    let mut call = Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    call
}

/// A client trusting the test CA.
pub(crate) fn trusting_client(root: &str) -> Client {
    let http = HttpClient::builder()
        .no_proxy()
        .add_root_certificates_pem(CA)
        .expect("a usable root")
        .build();
    client(root, http)
}

#[tokio::test]
async fn a_server_vouched_for_by_an_added_root_is_reached() {
    let (root, seen) = https_server().await;
    let answer: serde_json::Value = thing_1(&trusting_client(&root))
        .send()
        .await
        .expect("served over TLS");
    assert_eq!(answer, serde_json::json!({}));
    assert_eq!(
        *seen.lock().expect("not poisoned"),
        ["GET /example/v1/users/me/things/1?prettyPrint=false HTTP/1.1"]
    );
}

#[tokio::test]
async fn an_unknown_certificate_authority_is_refused_before_any_request() {
    let (root, seen) = https_server().await;
    let http = HttpClient::builder().no_proxy().build();
    let err = thing_1(&client(&root, http))
        .send_empty()
        .await
        .expect_err("the certificate is not trusted");
    let Error::Transport { source, .. } = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert!(source.is_connect(), "{err:?}");
    let shown = chain(&err).to_lowercase();
    assert!(shown.contains("certificate"), "{shown}");
    assert!(seen.lock().expect("not poisoned").is_empty());
}

#[test]
fn unusable_root_certificates_are_refused() {
    for pem in [
        &b"not a certificate"[..],
        b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n",
        b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        b"-----BEGIN CERTIFICATE-----\nAAAA\n",
    ] {
        let result = HttpClient::builder().add_root_certificates_pem(pem);
        assert!(result.is_err(), "{}", String::from_utf8_lossy(pem));
    }
    assert!(HttpClient::builder().add_root_certificates_pem(CA).is_ok());
}
