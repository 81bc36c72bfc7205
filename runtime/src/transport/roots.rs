//! Which certificate authorities TLS trusts: the system's store (read once per process, honouring
//! `SSL_CERT_FILE` and `SSL_CERT_DIR`), Mozilla's bundled roots as a fallback (feature
//! `webpki-roots`), and those a builder adds; and the errors that say what to do when a server's
//! authority is not among them, or when there is none to trust at all.

use std::error::Error as StdError;
use std::fmt;
#[cfg(any(feature = "rustls", feature = "native-tls"))]
use std::sync::OnceLock;

/// No certificate authority to trust: the system's store is empty or unreadable, the build has no
/// bundled roots, and the client was given none. Every `https` connection is refused with it,
/// rather than made by a client that could trust no server.
#[derive(Debug, Clone)]
pub(crate) struct NoTrustedRoots(String);

impl fmt::Display for NoTrustedRoots {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no certificate authority to trust: {}; point SSL_CERT_FILE at a PEM file of the \
             authorities to trust (or SSL_CERT_DIR at a directory of them), or build \
             google-api-runtime with its `webpki-roots` feature for Mozilla's roots",
            self.0
        )
    }
}

impl NoTrustedRoots {
    #[cfg_attr(
        not(all(feature = "native-tls", not(feature = "rustls"))),
        allow(dead_code)
    )]
    pub(crate) fn new(why: String) -> Self {
        NoTrustedRoots(why)
    }
}

impl StdError for NoTrustedRoots {}

/// A server whose certificate no trusted authority vouches for: names the host and the issuer
/// the server presented (both public: they travel in the clear in the handshake).
#[derive(Clone)]
#[cfg_attr(not(feature = "rustls"), allow(dead_code))]
pub(crate) struct UntrustedCertificate {
    host: String,
    issuer: String,
}

impl fmt::Display for UntrustedCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the certificate of {} is issued by `{}`, an authority this machine's trusted \
             certificates do not include; if a proxy or your company's network inspects TLS, \
             point SSL_CERT_FILE at a PEM file holding its authority's certificate (with the \
             other authorities to trust: the file replaces the system's store)",
            self.host, self.issuer
        )
    }
}

// rustls shows a custom certificate error with `Debug`: the same words as `Display`.
impl fmt::Debug for UntrustedCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl StdError for UntrustedCertificate {}

/// The first cause of type `T` in `error`'s chain, looking inside `io::Error`s too (whose
/// `source` skips the error they carry).
pub(crate) fn find_cause<'a, T: StdError + 'static>(
    error: &'a (dyn StdError + 'static),
) -> Option<&'a T> {
    let mut cause = Some(error);
    while let Some(inner) = cause {
        if let Some(found) = inner.downcast_ref::<T>() {
            return Some(found);
        }
        if let Some(carried) = inner
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            let carried: &'a (dyn StdError + 'static) = carried;
            return find_cause(carried);
        }
        cause = inner.source();
    }
    None
}

/// The [`UntrustedCertificate`] somewhere in `error`'s chain of causes, if there is one (rustls
/// carries it inside its own error, itself inside an `io::Error`).
pub(crate) fn untrusted_certificate(
    error: &(dyn StdError + 'static),
) -> Option<UntrustedCertificate> {
    if let Some(found) = find_cause::<UntrustedCertificate>(error) {
        return Some(found.clone());
    }
    #[cfg(feature = "rustls")]
    if let Some(rustls::Error::InvalidCertificate(rustls::CertificateError::Other(other))) =
        find_cause::<rustls::Error>(error)
    {
        return other.0.downcast_ref::<UntrustedCertificate>().cloned();
    }
    None
}

/// What the platform TLS libraries say when a server's certificate does not verify: OpenSSL's
/// reason, and the Windows and macOS messages for an untrusted chain.
#[cfg(feature = "native-tls")]
const NOT_VERIFIED: [&str; 2] = ["certificate verify failed", "not trusted"];

/// Whether `error`'s chain holds a native-tls handshake failure because the server's certificate
/// did not verify (untrusted issuer, wrong host name, expired): trying again meets the same
/// certificate. native-tls exposes no kind for it, only the platform library's text.
#[cfg(feature = "native-tls")]
pub(crate) fn did_not_verify(error: &(dyn StdError + 'static)) -> bool {
    find_cause::<native_tls::Error>(error).is_some_and(|error| {
        let text = error.to_string();
        NOT_VERIFIED.iter().any(|words| text.contains(words))
    })
}

/// Without native-tls, rustls's own error says it ([`untrusted_certificate`]).
#[cfg(not(feature = "native-tls"))]
pub(crate) fn did_not_verify(_error: &(dyn StdError + 'static)) -> bool {
    false
}

/// Whether `error`'s chain holds a [`NoTrustedRoots`].
pub(crate) fn is_no_trusted_roots(error: &(dyn StdError + 'static)) -> bool {
    find_cause::<NoTrustedRoots>(error).is_some()
}

/// The system's trusted authorities as rustls reads them, once per process: `SSL_CERT_FILE` and
/// `SSL_CERT_DIR` when either is set (instead of the platform's store), else the platform's store;
/// Mozilla's roots when that gives none and the `webpki-roots` feature is on. `Err` says why
/// there is none.
#[cfg(feature = "rustls")]
fn system_roots() -> &'static Result<rustls::RootCertStore, String> {
    static ROOTS: OnceLock<Result<rustls::RootCertStore, String>> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let found = rustls_native_certs::load_native_certs();
        let mut roots = rustls::RootCertStore::empty();
        let (_, unusable) = roots.add_parsable_certificates(found.certs);
        if !roots.is_empty() {
            return Ok(roots);
        }
        #[cfg(feature = "webpki-roots")]
        {
            // Why the system's store gave none does not matter once Mozilla's roots stand in.
            let _ = unusable;
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            Ok(roots)
        }
        #[cfg(not(feature = "webpki-roots"))]
        {
            let mut why: Vec<String> = found.errors.iter().map(ToString::to_string).collect();
            if unusable > 0 {
                why.push(format!("{unusable} certificates are not usable as roots"));
            }
            if why.is_empty() {
                why.push("it holds no certificate".to_owned());
            }
            Err(format!(
                "the system's certificate store gave none ({})",
                why.join("; ")
            ))
        }
    })
}

/// How rustls checks servers: against the system's roots and `extra` (DER certificates already
/// checked), naming the issuer when none of them vouches for a server.
#[cfg(feature = "rustls")]
pub(crate) fn verifier(
    provider: &std::sync::Arc<rustls::crypto::CryptoProvider>,
    extra: &[Vec<u8>],
) -> Result<std::sync::Arc<dyn rustls::client::danger::ServerCertVerifier>, NoTrustedRoots> {
    let (mut roots, why_none) = match system_roots() {
        Ok(roots) => (roots.clone(), None),
        Err(why) => (rustls::RootCertStore::empty(), Some(why)),
    };
    for der in extra {
        // Checked when it was added.
        let _ = roots.add(rustls::pki_types::CertificateDer::from(der.clone()));
    }
    if roots.is_empty() {
        return Err(NoTrustedRoots(
            why_none.cloned().unwrap_or_else(|| "none".to_owned()),
        ));
    }
    let inner = rustls::client::WebPkiServerVerifier::builder_with_provider(
        std::sync::Arc::new(roots),
        provider.clone(),
    )
    .build()
    .map_err(|e| NoTrustedRoots(e.to_string()))?;
    Ok(std::sync::Arc::new(NamingVerifier { inner }))
}

/// The webpki verifier, whose unknown-issuer failure it turns into an [`UntrustedCertificate`].
#[cfg(feature = "rustls")]
#[derive(Debug)]
struct NamingVerifier {
    inner: std::sync::Arc<rustls::client::WebPkiServerVerifier>,
}

#[cfg(feature = "rustls")]
impl rustls::client::danger::ServerCertVerifier for NamingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &rustls::pki_types::CertificateDer<'_>,
        intermediates: &[rustls::pki_types::CertificateDer<'_>],
        server_name: &rustls::pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        use rustls::{CertificateError, Error, OtherError};
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            .map_err(|e| match e {
                Error::InvalidCertificate(CertificateError::UnknownIssuer) => {
                    // The authority that would have to be trusted issued the top of the chain.
                    let top = intermediates.last().unwrap_or(end_entity);
                    let issuer = super::der_name::issuer(top)
                        .unwrap_or_else(|| "(an issuer whose name cannot be read)".to_owned());
                    let untrusted = UntrustedCertificate {
                        host: server_name.to_str().into_owned(),
                        issuer,
                    };
                    Error::InvalidCertificate(CertificateError::Other(OtherError(
                        std::sync::Arc::new(untrusted),
                    )))
                }
                other => other,
            })
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// The DER certificates of `SSL_CERT_FILE` and of the files in the directories of `SSL_CERT_DIR`
/// (`:`-separated; `;` on Windows), read once per process, for the platform's TLS library (which
/// does not read them on every platform). `Err` names a file that cannot be read.
#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
pub(crate) fn environment_roots() -> &'static Result<Vec<Vec<u8>>, String> {
    static ROOTS: OnceLock<Result<Vec<Vec<u8>>, String>> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let mut roots = Vec::new();
        if let Some(file) = std::env::var_os("SSL_CERT_FILE").filter(|f| !f.is_empty()) {
            let pem = std::fs::read(&file).map_err(|e| {
                format!(
                    "SSL_CERT_FILE {}: {e}",
                    std::path::Path::new(&file).display()
                )
            })?;
            let found = super::pem::certificates(&pem).map_err(|e| {
                format!(
                    "SSL_CERT_FILE {}: {e}",
                    std::path::Path::new(&file).display()
                )
            })?;
            roots.extend(found);
        }
        if let Some(dirs) = std::env::var_os("SSL_CERT_DIR") {
            for dir in std::env::split_paths(&dirs).filter(|d| !d.as_os_str().is_empty()) {
                let entries = std::fs::read_dir(&dir)
                    .map_err(|e| format!("SSL_CERT_DIR {}: {e}", dir.display()))?;
                let mut files: Vec<_> = entries.flatten().map(|entry| entry.path()).collect();
                files.sort();
                for file in files {
                    // A directory of hashed links also holds revocation lists and other files:
                    // only what holds certificates counts.
                    if let Ok(found) = std::fs::read(&file)
                        .map_err(|_| String::new())
                        .and_then(|pem| super::pem::certificates(&pem))
                    {
                        roots.extend(found);
                    }
                }
            }
        }
        Ok(roots)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_untrusted_certificate_is_found_inside_io_errors() {
        let untrusted = UntrustedCertificate {
            host: "oauth2.googleapis.com".to_owned(),
            issuer: "CN=Inspecting CA".to_owned(),
        };
        let wrapped = std::io::Error::other(untrusted.clone());
        let found = untrusted_certificate(&wrapped).expect("found");
        assert_eq!(found.to_string(), untrusted.to_string());
        assert!(found.to_string().contains("oauth2.googleapis.com"));
        assert!(found.to_string().contains("`CN=Inspecting CA`"));
        assert!(found.to_string().contains("SSL_CERT_FILE"));
        assert!(untrusted_certificate(&std::io::Error::other("no")).is_none());
    }

    #[test]
    fn no_trusted_roots_says_what_to_set() {
        let error = std::io::Error::other(NoTrustedRoots("it holds no certificate".to_owned()));
        let shown = error.to_string();
        assert!(shown.contains("SSL_CERT_FILE"), "{shown}");
        assert!(shown.contains("webpki-roots"), "{shown}");
        assert!(shown.contains("it holds no certificate"), "{shown}");
        assert!(is_no_trusted_roots(&error));
        assert!(!is_no_trusted_roots(&std::io::Error::other("no")));
    }
}
