//! Which credentials a command sends: an access token or API key given on the command line, a
//! credentials file, or application default credentials.

use google_api_runtime::auth::{
    ApiKey, ApplicationDefaultCredentials, ImpersonatedServiceAccount, StaticToken, TokenProvider,
};

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
    if let Some(chain) = &options.impersonate_service_account {
        return impersonated(options, chain, dry_run, http);
    }
    if options.subject.is_some() && (options.access_token.is_some() || options.api_key.is_some()) {
        return Err(Failure::usage(
            "--subject needs a service account key (--credentials FILE or application default credentials) or --impersonate-service-account",
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

/// `--impersonate-service-account A,B,TARGET`: the credentials the other options name (an access
/// token, a file, application default credentials) act as TARGET through the IAM Credentials
/// API, by way of the chain A, B, as gcloud reads the flag; with `--subject`, as a Workspace user
/// (keyless domain-wide delegation). gcloud's endpoint overrides are honoured:
/// `CLOUDSDK_API_ENDPOINT_OVERRIDES_IAMCREDENTIALS` and `CLOUDSDK_AUTH_TOKEN_HOST`.
fn impersonated(
    options: &Options,
    chain: &str,
    dry_run: bool,
    http: &HttpClient,
) -> Result<Option<Arc<dyn TokenProvider>>, Failure> {
    let mut accounts: Vec<String> = chain
        .split(',')
        .map(|account| account.trim().to_owned())
        .collect();
    if options.api_key.is_some() {
        return Err(Failure::usage(
            "--impersonate-service-account cannot be combined with --api-key",
        ));
    }
    if accounts.iter().any(String::is_empty) {
        return Err(Failure::usage(format!(
            "--impersonate-service-account `{chain}`: expected service account e-mail addresses, comma-separated"
        )));
    }
    let target = accounts.pop().unwrap_or_default();
    let source = Options {
        impersonate_service_account: None,
        subject: None,
        ..options.clone()
    };
    let Some(source) = provider(&source, dry_run, http)? else {
        return Ok(None);
    };
    let mut account = ImpersonatedServiceAccount::new(source, target)
        .delegates(accounts)
        .http_client(http.clone());
    let overridden = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(root) = overridden("CLOUDSDK_API_ENDPOINT_OVERRIDES_IAMCREDENTIALS") {
        account = account.iam_endpoint(root);
    }
    if let Some(uri) = overridden("CLOUDSDK_AUTH_TOKEN_HOST") {
        account = account.token_uri(uri);
    }
    if let Some(subject) = &options.subject {
        account = account.subject(subject.clone());
    }
    Ok(Some(Arc::new(account)))
}
