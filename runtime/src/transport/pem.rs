//! Certificates in PEM text (roots a caller adds, client certificates), and the error of one
//! that cannot be used.

use std::error::Error as StdError;
use std::fmt;

/// The DER certificates of the `CERTIFICATE` blocks of a PEM text.
pub(crate) fn certificates(pem: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    const END: &str = "-----END CERTIFICATE-----";
    let text = std::str::from_utf8(pem).map_err(|_| "the PEM text is not UTF-8".to_owned())?;
    let mut certificates = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(BEGIN) {
        let body = &rest[start + BEGIN.len()..];
        let end = body
            .find(END)
            .ok_or_else(|| format!("certificate {} has no `{END}`", certificates.len() + 1))?;
        let base64: String = body[..end].split_whitespace().collect();
        let der = crate::wire::Base64::decode(&base64)
            .map_err(|e| format!("certificate {} is not base64: {e}", certificates.len() + 1))?;
        certificates.push(der);
        rest = &body[end + END.len()..];
    }
    if certificates.is_empty() {
        return Err(format!("no `{BEGIN}` block in the PEM text"));
    }
    Ok(certificates)
}

/// A certificate that cannot be used: a root given to
/// [`HttpClientBuilder::add_root_certificates_pem`](super::HttpClientBuilder::add_root_certificates_pem), or a [`ClientCertificate`](super::ClientCertificate) (whose key it
/// never shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateError(pub(super) String);

impl fmt::Display for CertificateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl StdError for CertificateError {}
