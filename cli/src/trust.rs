//! The certificate authorities `gapi` trusts besides the system's (or those `SSL_CERT_FILE` and
//! `SSL_CERT_DIR` name): `--ca-certs FILE` or `GAPI_CA_CERTS`, for every connection it makes (the
//! API, token exchanges, discovery documents), through the one HTTP client they all share.

use google_api_runtime::transport::HttpClient;

use crate::failure::Failure;
use crate::globals;

/// The environment variable of the same meaning as `--ca-certs` (the flag wins).
pub const ENV: &str = "GAPI_CA_CERTS";

/// The HTTP client of every request of this run, trusting the authorities `args` or the
/// environment add. An unreadable file, or one without a usable certificate, is a usage error
/// naming it.
pub fn http_client(args: &[String]) -> Result<HttpClient, Failure> {
    let given = globals::early_value(args, "ca-certs")
        .map(|file| ("--ca-certs", file))
        .or_else(|| {
            std::env::var(ENV)
                .ok()
                .filter(|file| !file.is_empty())
                .map(|file| (ENV, file))
        });
    let mut builder = HttpClient::builder();
    if let Some((source, file)) = given {
        let bad = |why: String| Failure::usage(format!("{source} {file}: {why}"));
        let pem = std::fs::read(&file).map_err(|e| bad(e.to_string()))?;
        builder = builder
            .add_root_certificates_pem(&pem)
            .map_err(|e| bad(e.to_string()))?;
    }
    Ok(builder.build())
}
