//! Which credentials a command sends: an access token or API key given on the command line, a
//! credentials file, or application default credentials.

use google_api_runtime::auth::{ApiKey, ApplicationDefaultCredentials, StaticToken, TokenProvider};

use google_api_runtime::transport::HttpClient;
use std::sync::Arc;

use crate::failure::Failure;
use crate::globals::Options;

/// The token provider `options` ask for. `dry_run`: nothing will be sent, so credentials that
/// cannot be found are no error (the request is shown without them either way).
pub fn provider(
    options: &Options,
    dry_run: bool,
    http: &HttpClient,
) -> Result<Option<Arc<dyn TokenProvider>>, Failure> {
    let chosen = [
        options.access_token.is_some(),
        options.api_key.is_some(),
        options.credentials.is_some(),
    ];
    if chosen.iter().filter(|c| **c).count() > 1 && options.credentials.is_some() {
        return Err(Failure::usage(
            "--credentials cannot be combined with --access-token or --api-key",
        ));
    }
    if options.subject.is_some() && (options.access_token.is_some() || options.api_key.is_some()) {
        return Err(Failure::usage(
            "--subject needs a service account key (--credentials FILE or application default credentials)",
        ));
    }
    if let Some(token) = &options.access_token {
        return Ok(Some(Arc::new(StaticToken::new(token.clone()))));
    }
    if let Some(key) = &options.api_key {
        return Ok(Some(Arc::new(ApiKey::new(key.clone()))));
    }
    let mut builder = ApplicationDefaultCredentials::builder().http_client(http.clone());
    if let Some(file) = &options.credentials {
        builder = builder.credentials_file(Some(file.into()));
    }
    if let Some(subject) = &options.subject {
        builder = builder.subject(subject.clone());
    }
    match builder.build() {
        Ok(adc) => Ok(Some(Arc::new(adc))),
        Err(_) if dry_run => Ok(None),
        Err(e) => Err(Failure::Transport(format!(
            "no credentials: {}",
            crate::failure::chain(&e)
        ))),
    }
}
