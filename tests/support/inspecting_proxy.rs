//! A TLS-inspecting `CONNECT` proxy, as companies run them (Zscaler, Netskope and the like): it
//! accepts `CONNECT host:443`, answers the TLS handshake itself with a certificate for `host`
//! signed by its own certificate authority (made at run time), and forwards the decrypted
//! requests to a local plain-HTTP server that plays Google. It records every `CONNECT` (target
//! and `Proxy-Authorization`) and the plaintext of every request it forwarded.
//!
//! Shared by the integration tests and the command line's tests (`#[path]`).

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DistinguishedName, DnType, IsCa, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

/// The common name of the proxy's certificate authority.
pub const CA_NAME: &str = "Test Inspecting Proxy CA";
/// Its organisation.
pub const CA_ORGANISATION: &str = "Example Corp Security";

/// One `CONNECT` the proxy received.
#[derive(Debug, Clone)]
pub struct Connect {
    /// `host:port`, as the request line gave it.
    pub target: String,
    /// The `Proxy-Authorization` header, if there was one.
    pub proxy_authorization: Option<String>,
}

/// What the proxy saw.
#[derive(Debug, Default)]
pub struct Seen {
    pub connects: Vec<Connect>,
    /// Per tunnel whose handshake completed: its `CONNECT` target and the decrypted bytes the
    /// client sent through it.
    pub tunnels: Vec<(String, Vec<u8>)>,
}

impl Seen {
    /// Asserts that a `CONNECT` asked for each of `targets` (`host:port`).
    pub fn assert_connected_to(&self, targets: &[&str]) {
        let asked: Vec<&str> = self.connects.iter().map(|c| c.target.as_str()).collect();
        for target in targets {
            assert!(asked.contains(target), "{target} in {asked:?}");
        }
    }

    /// The plaintext of every tunnel, one after the other.
    pub fn plaintext(&self) -> String {
        self.tunnels
            .iter()
            .map(|(target, bytes)| format!("== {target}\n{}", String::from_utf8_lossy(bytes)))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The running proxy; it stops when dropped.
pub struct InspectingProxy {
    addr: SocketAddr,
    ca_pem: String,
    seen: Arc<Mutex<Seen>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for InspectingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The certificate authority of a proxy: its PEM certificate and what signs the leaves.
struct Authority {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl Authority {
    fn new() -> Authority {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA parameters");
        // Most general part first, as certificates hold it.
        params.distinguished_name = DistinguishedName::new();
        params
            .distinguished_name
            .push(DnType::OrganizationName, CA_ORGANISATION);
        params.distinguished_name.push(DnType::CommonName, CA_NAME);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let key = KeyPair::generate().expect("CA key");
        Authority {
            issuer: CertifiedIssuer::self_signed(params, key).expect("CA certificate"),
        }
    }

    /// A TLS acceptor presenting a fresh certificate for `host`, signed by this authority.
    fn acceptor_for(&self, host: &str) -> TlsAcceptor {
        let key = KeyPair::generate().expect("leaf key");
        let params = CertificateParams::new(vec![host.to_owned()]).expect("leaf parameters");
        let leaf = params
            .signed_by(&key, &self.issuer)
            .expect("leaf certificate");
        let chain = vec![CertificateDer::from(leaf.der().to_vec())];
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("protocol versions")
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .expect("server configuration");
        TlsAcceptor::from(Arc::new(config))
    }
}

impl InspectingProxy {
    /// Starts a proxy on a free local port that forwards every tunnel's requests to `upstream`.
    pub async fn start(upstream: SocketAddr) -> InspectingProxy {
        let authority = Arc::new(Authority::new());
        let ca_pem = authority.issuer.pem();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let seen = Arc::new(Mutex::new(Seen::default()));
        let record = seen.clone();
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let authority = authority.clone();
                let record = record.clone();
                tokio::spawn(async move {
                    let _ = tunnel(socket, upstream, &authority, &record).await;
                });
            }
        });
        InspectingProxy {
            addr,
            ca_pem,
            seen,
            task,
        }
    }

    /// The proxy's URL, with `userinfo` (`user:password`) when given.
    pub fn url(&self, userinfo: Option<&str>) -> String {
        match userinfo {
            Some(userinfo) => format!("http://{userinfo}@{}", self.addr),
            None => format!("http://{}", self.addr),
        }
    }

    /// The proxy authority's certificate, PEM.
    pub fn ca_pem(&self) -> &str {
        &self.ca_pem
    }

    /// What the proxy has seen so far.
    pub fn seen(&self) -> MutexGuard<'_, Seen> {
        self.seen.lock().expect("not poisoned")
    }
}

/// Serves one client connection: the `CONNECT`, the handshake, then the forwarding.
async fn tunnel(
    socket: TcpStream,
    upstream: SocketAddr,
    authority: &Authority,
    record: &Mutex<Seen>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(socket);
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        if line == "\r\n" {
            break;
        }
        head.push(line.trim_end().to_owned());
    }
    let request_line = head.first().cloned().unwrap_or_default();
    let mut words = request_line.split(' ');
    let (Some("CONNECT"), Some(target)) = (words.next(), words.next()) else {
        reader
            .get_mut()
            .write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
            .await?;
        return Ok(());
    };
    let target = target.to_owned();
    let proxy_authorization = head[1..].iter().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case("proxy-authorization")
            .then(|| value.trim().to_owned())
    });
    record.lock().expect("not poisoned").connects.push(Connect {
        target: target.clone(),
        proxy_authorization,
    });
    let host = target.rsplit_once(':').map_or(&*target, |(host, _)| host);
    let acceptor = authority.acceptor_for(host);
    reader
        .get_mut()
        .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
        .await?;
    let tls = acceptor.accept(reader.into_inner()).await?;
    let index = {
        let mut seen = record.lock().expect("not poisoned");
        seen.tunnels.push((target.clone(), Vec::new()));
        seen.tunnels.len() - 1
    };
    let server = TcpStream::connect(upstream).await?;
    let (mut from_client, mut to_client) = tokio::io::split(tls);
    let (mut from_server, mut to_server) = server.into_split();
    let upward = async {
        let mut buffer = [0u8; 16 * 1024];
        loop {
            let n = from_client.read(&mut buffer).await?;
            if n == 0 {
                return to_server.shutdown().await;
            }
            record.lock().expect("not poisoned").tunnels[index]
                .1
                .extend_from_slice(&buffer[..n]);
            to_server.write_all(&buffer[..n]).await?;
        }
    };
    let downward = async {
        tokio::io::copy(&mut from_server, &mut to_client).await?;
        to_client.shutdown().await
    };
    let _ = tokio::try_join!(upward, downward);
    Ok(())
}
