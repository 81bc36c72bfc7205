//! [`ClientCertificate`]: the certificate and private key a client shows the server in a TLS
//! handshake (mutual TLS), checked once when it is made, with errors that never show the key.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use super::pem::CertificateError;

/// A client certificate (with the chain up to its authority, if any) and its private key, for
/// Google's mutual-TLS endpoints (`mtlsRootUrl`) or any server that asks for one.
///
/// Give it to [`ClientBuilder::client_certificate`](crate::ClientBuilder::client_certificate) or
/// [`HttpClientBuilder::client_certificate`](super::HttpClientBuilder::client_certificate). Both
/// parts are PEM text: the certificates as `CERTIFICATE` blocks, the leaf first; the key as
/// PKCS#8 (`PRIVATE KEY`), or with `rustls` also PKCS#1 (`RSA PRIVATE KEY`) or SEC1
/// (`EC PRIVATE KEY`). The platform's library (`native-tls`) takes PKCS#8 only; convert another
/// key with `openssl pkcs8 -topk8 -nocrypt`.
///
/// Cheap to clone. Its `Debug` output and its errors never show the key.
#[derive(Clone)]
pub struct ClientCertificate {
    inner: Arc<Inner>,
}

struct Inner {
    /// How many certificates the chain holds, for `Debug`.
    certificates: usize,
    #[cfg(feature = "rustls")]
    chain: Vec<rustls::pki_types::CertificateDer<'static>>,
    #[cfg(feature = "rustls")]
    key: rustls::pki_types::PrivateKeyDer<'static>,
    #[cfg(all(feature = "native-tls", not(feature = "rustls")))]
    identity: native_tls::Identity,
}

impl ClientCertificate {
    /// A certificate chain and its key, both PEM text.
    ///
    /// # Errors
    ///
    /// When `certificates` holds no certificate, when `key` holds no private key of a kind the
    /// TLS backend takes, when the key does not belong to the first certificate (`rustls`), or
    /// when the build has no TLS backend.
    pub fn from_pem(certificates: &[u8], key: &[u8]) -> Result<Self, CertificateError> {
        let count = super::pem::certificates(certificates)
            .map_err(|e| CertificateError(format!("the client certificate: {e}")))?
            .len();
        backend::inner(count, certificates, key).map(|inner| ClientCertificate {
            inner: Arc::new(inner),
        })
    }

    /// Reads the certificate chain and the key from two PEM files (they may be the same file).
    ///
    /// # Errors
    ///
    /// As [`from_pem`](Self::from_pem), and when a file cannot be read; errors name the file.
    pub fn from_files(
        certificates: impl AsRef<Path>,
        key: impl AsRef<Path>,
    ) -> Result<Self, CertificateError> {
        let read = |path: &Path, what: &str| {
            std::fs::read(path).map_err(|e| {
                CertificateError(format!(
                    "could not read the client {what} file `{}`: {e}",
                    path.display()
                ))
            })
        };
        let (certificates, key) = (certificates.as_ref(), key.as_ref());
        let chain = read(certificates, "certificate")?;
        let secret = read(key, "key")?;
        Self::from_pem(&chain, &secret).map_err(|e| {
            CertificateError(format!(
                "{e} (files `{}` and `{}`)",
                certificates.display(),
                key.display()
            ))
        })
    }

    /// The TLS configuration of rustls with this certificate presented.
    #[cfg(feature = "rustls")]
    pub(crate) fn rustls_parts(
        &self,
    ) -> (
        Vec<rustls::pki_types::CertificateDer<'static>>,
        rustls::pki_types::PrivateKeyDer<'static>,
    ) {
        (self.inner.chain.clone(), self.inner.key.clone_key())
    }

    /// The identity native-tls presents.
    #[cfg(all(feature = "native-tls", not(feature = "rustls")))]
    pub(crate) fn native_identity(&self) -> native_tls::Identity {
        self.inner.identity.clone()
    }
}

impl fmt::Debug for ClientCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCertificate")
            .field("certificates", &self.inner.certificates)
            .field("key", &"<redacted>")
            .finish()
    }
}

#[cfg(feature = "rustls")]
mod backend {
    use rustls::crypto::ring::sign::any_supported_type;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    use rustls::sign::CertifiedKey;

    use super::{CertificateError, Inner};

    pub(super) fn inner(
        count: usize,
        certificates: &[u8],
        key: &[u8],
    ) -> Result<Inner, CertificateError> {
        let chain = CertificateDer::pem_slice_iter(certificates)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| {
                CertificateError("the client certificate is not valid PEM text".to_owned())
            })?;
        // The PEM parser's own message is not shown: it may quote part of the key.
        let key = PrivateKeyDer::from_pem_slice(key).map_err(|_| {
            CertificateError(
                "the client key holds no PEM private key block (`PRIVATE KEY`, \
                 `RSA PRIVATE KEY` or `EC PRIVATE KEY`)"
                    .to_owned(),
            )
        })?;
        let signer = any_supported_type(&key).map_err(|_| {
            CertificateError(
                "the client key is not a usable RSA, ECDSA or Ed25519 private key".to_owned(),
            )
        })?;
        CertifiedKey::new(chain.clone(), signer)
            .keys_match()
            .map_err(|_| {
                CertificateError(
                    "the client key does not belong to the first client certificate".to_owned(),
                )
            })?;
        Ok(Inner {
            certificates: count,
            chain,
            key,
        })
    }
}

#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
mod backend {
    use super::{CertificateError, Inner};

    pub(super) fn inner(
        count: usize,
        certificates: &[u8],
        key: &[u8],
    ) -> Result<Inner, CertificateError> {
        if !key
            .trim_ascii_start()
            .starts_with(b"-----BEGIN PRIVATE KEY-----")
        {
            return Err(CertificateError(
                "the client key is not a PKCS#8 PEM key (`BEGIN PRIVATE KEY`), the only kind the \
                 platform's TLS library takes; convert it with `openssl pkcs8 -topk8 -nocrypt`"
                    .to_owned(),
            ));
        }
        // OpenSSL's messages name what failed, never the key's contents.
        let refused = |e: native_tls::Error| {
            CertificateError(format!(
                "the platform's TLS library refused the client certificate or key: {e}"
            ))
        };
        let identity = native_tls::Identity::from_pkcs8(certificates, key.trim_ascii_start())
            .map_err(refused)?;
        // A key that does not belong to the certificate is only found out by a connector.
        native_tls::TlsConnector::builder()
            .identity(identity.clone())
            .build()
            .map_err(refused)?;
        Ok(Inner {
            certificates: count,
            identity,
        })
    }
}

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
mod backend {
    use super::{CertificateError, Inner};

    pub(super) fn inner(_: usize, _: &[u8], _: &[u8]) -> Result<Inner, CertificateError> {
        Err(CertificateError(
            "this build has no TLS: enable the `rustls` or `native-tls` feature".to_owned(),
        ))
    }
}
