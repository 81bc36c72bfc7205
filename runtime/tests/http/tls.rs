//! TLS for real, with whichever backend the build chose (`rustls` by default; CI also runs these
//! with `native-tls`): a local HTTPS server whose certificate only a root added with
//! `add_root_certificates_pem` vouches for.

use google_api_runtime::transport::HttpClient;
use google_api_runtime::{Call, Client, Error};

use crate::common::*;
use crate::https_server::https_server;

pub const CA: &[u8] = include_bytes!("tls/ca.pem");

fn client(root: &str, http: HttpClient) -> Client {
    Client::builder(&API)
        .root_url(root)
        .http_client(http)
        .retry(fast_retries(1))
        .build()
}

pub fn thing_1(client: &Client) -> Call {
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

/// A certificate no trusted authority vouches for will not be vouched for on the next attempt
/// either: the call fails at once, without the retries a refused connection gets (Go's clients,
/// whose retry test takes only temporary network errors, do not retry it either). rustls's
/// verifier tells an untrusted issuer from other handshake failures; with native-tls, OpenSSL's
/// verification failure says so.
#[cfg(any(feature = "rustls", feature = "native-tls"))]
#[tokio::test]
async fn an_untrusted_certificate_is_not_retried() {
    use crate::https_server::{serve_counting, server_config};

    let (root, seen, connections) = serve_counting(server_config(None)).await;
    let client = Client::builder(&API)
        .root_url(&root)
        .http_client(HttpClient::builder().no_proxy().build())
        .retry(fast_retries(4))
        .build();
    let err = thing_1(&client)
        .send_empty()
        .await
        .expect_err("the certificate is not trusted");
    let Error::Transport { source, .. } = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert!(source.is_untrusted_certificate(), "{err:?}");
    assert!(!err.is_retryable(), "{err:?}");
    assert_eq!(connections.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert!(seen.lock().expect("not poisoned").is_empty());
}

/// A handshake that fails for another reason (the server answers plain HTTP) is not an untrusted
/// certificate, and is retried as a refused connection is.
#[cfg(any(feature = "rustls", feature = "native-tls"))]
#[tokio::test]
async fn a_handshake_that_fails_otherwise_is_not_an_untrusted_certificate() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use tokio::io::AsyncWriteExt;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("address").port();
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
            let _ = stream
                .write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
                .await;
            let _ = stream.shutdown().await;
        }
    });
    let client = Client::builder(&API)
        .root_url(format!("https://localhost:{port}/"))
        .http_client(HttpClient::builder().no_proxy().build())
        .retry(fast_retries(3))
        .build();
    let err = thing_1(&client)
        .send_empty()
        .await
        .expect_err("no TLS server there");
    let Error::Transport { source, .. } = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert!(source.is_connect(), "{err:?}");
    assert!(!source.is_untrusted_certificate(), "{err:?}");
    assert_eq!(connections.load(Ordering::SeqCst), 3, "{err:?}");
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
