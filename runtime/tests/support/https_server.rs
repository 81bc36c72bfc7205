//! An HTTPS server on `localhost` whose certificate only the test authority `http/tls/ca.pem`
//! vouches for, answering `{}` to every request.

use std::sync::{Arc, Mutex};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

const SERVER_CERTIFICATE: &[u8] = include_bytes!("../http/tls/localhost.pem");
const SERVER_KEY: &[u8] = include_bytes!("../http/tls/localhost.key.pem");

/// An HTTPS server on `localhost` answering `{}` to every request; returns its root URL and the
/// request lines it has read (after a completed handshake only).
pub async fn https_server() -> (String, Arc<Mutex<Vec<String>>>) {
    let certificates = CertificateDer::pem_slice_iter(SERVER_CERTIFICATE)
        .collect::<Result<Vec<_>, _>>()
        .expect("test certificate");
    let key = PrivateKeyDer::from_pem_slice(SERVER_KEY).expect("test key");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(certificates, key)
        .expect("server configuration");
    let acceptor = TlsAcceptor::from(Arc::new(config));
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
