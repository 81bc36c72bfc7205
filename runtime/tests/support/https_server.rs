//! An HTTPS server on `localhost` whose certificate only the test authority `http/tls/ca.pem`
//! vouches for, answering `{}` to every request; optionally asking clients for a certificate
//! (the mTLS tests).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

const SERVER_CERTIFICATE: &[u8] = include_bytes!("../http/tls/localhost.pem");
const SERVER_KEY: &[u8] = include_bytes!("../http/tls/localhost.key.pem");

/// The configuration of a server on `localhost`; with `client_roots`, it asks every client for a
/// certificate that one of these authorities signed, and refuses the handshake without one.
pub fn server_config(client_roots: Option<&[u8]>) -> rustls::ServerConfig {
    let certificates = CertificateDer::pem_slice_iter(SERVER_CERTIFICATE)
        .collect::<Result<Vec<_>, _>>()
        .expect("test certificate");
    let key = PrivateKeyDer::from_pem_slice(SERVER_KEY).expect("test key");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("protocol versions");
    let builder = match client_roots {
        None => builder.with_no_client_auth(),
        Some(pem) => {
            let mut roots = rustls::RootCertStore::empty();
            for root in CertificateDer::pem_slice_iter(pem) {
                roots.add(root.expect("test root")).expect("usable root");
            }
            let verifier =
                rustls::server::WebPkiClientVerifier::builder_with_provider(roots.into(), provider)
                    .build()
                    .expect("client verifier");
            builder.with_client_cert_verifier(verifier)
        }
    };
    builder
        .with_single_cert(certificates, key)
        .expect("server configuration")
}

/// An HTTPS server on `localhost` answering `{}` to every request; returns its root URL and the
/// request lines it has read (after a completed handshake only).
pub async fn https_server() -> (String, Arc<Mutex<Vec<String>>>) {
    serve(server_config(None)).await
}

/// A server with `config` answering `{}` to every request; returns its root URL and the request
/// lines it has read (after a completed handshake only).
pub async fn serve(config: rustls::ServerConfig) -> (String, Arc<Mutex<Vec<String>>>) {
    let (root, seen, _) = serve_counting(config).await;
    (root, seen)
}

/// [`serve`], also counting the connections accepted (handshakes begun, completed or not).
#[allow(dead_code)] // not every test binary that includes this file counts connections
pub async fn serve_counting(
    config: rustls::ServerConfig,
) -> (String, Arc<Mutex<Vec<String>>>, Arc<AtomicUsize>) {
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("address").port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let connections = Arc::new(AtomicUsize::new(0));
    let accepted = connections.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            accepted.fetch_add(1, Ordering::SeqCst);
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
    (format!("https://localhost:{port}/"), seen, connections)
}
