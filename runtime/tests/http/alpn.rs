//! Which protocols the client offers in its TLS handshake: none by default (a server then speaks
//! HTTP/1.1), `h2` and `http/1.1` with the `http2` feature (rustls). The server offers both, as Google's front ends do, and
//! records what was negotiated.

use std::sync::{Arc, Mutex};

use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use crate::https_server::server_config;
use crate::tls::{thing_1, trusting_client};

/// A TLS server offering `h2` and `http/1.1` that records the protocol each handshake settled on
/// (`None`: the client offered none) and then closes the connection.
async fn recording_server() -> (String, Arc<Mutex<Vec<Option<Vec<u8>>>>>) {
    let mut config = server_config(None);
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("address").port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            if let Ok(tls) = acceptor.accept(socket).await {
                let negotiated = tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec);
                record.lock().expect("not poisoned").push(negotiated);
            }
        }
    });
    (format!("https://localhost:{port}/"), seen)
}

#[tokio::test]
async fn h2_is_offered_only_with_the_http2_feature() {
    let (root, seen) = recording_server().await;
    // The server closes every connection after the handshake: only the handshake matters here.
    let _ = thing_1(&trusting_client(&root)).send_empty().await;
    let seen = seen.lock().expect("not poisoned").clone();
    let expected: Option<&[u8]> = if cfg!(all(feature = "http2", feature = "rustls")) {
        Some(b"h2")
    } else {
        None
    };
    // (A connection closed before the request went out may be tried again: every handshake counts.)
    assert!(!seen.is_empty(), "no handshake completed");
    assert!(seen.iter().all(|p| p.as_deref() == expected), "{seen:?}");
}
