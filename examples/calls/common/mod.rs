//! What the examples share: reading the access token from the environment, building a client with
//! it, and reporting a failed call.
//!
//! Every example calls Google's real API. It needs an OAuth 2.0 access token in
//! `GOOGLE_OAUTH_TOKEN` (for example from `gcloud auth print-access-token`, or from the OAuth 2.0
//! Playground) carrying one of the method's scopes. `GOOGLE_API_ROOT_URL`, when set, sends the
//! requests to another server instead, such as a local mock.

use std::process::ExitCode;

use google_api_runtime::{auth::StaticToken, ClientBuilder, Error};

/// The environment variable that holds the access token.
pub const TOKEN_VARIABLE: &str = "GOOGLE_OAUTH_TOKEN";

/// The environment variable that, when set, replaces the API's root URL.
pub const ROOT_URL_VARIABLE: &str = "GOOGLE_API_ROOT_URL";

/// The exit status for a missing token or wrong arguments: the call was never attempted.
pub const USAGE_ERROR: u8 = 2;

/// Finishes a generated crate's `Client::builder()` with the token from the environment (and the
/// root URL, when overridden). Without a token, explains how to get one, naming `scope`, and
/// returns the exit code to end with.
pub fn client_from_env<C: From<google_api_runtime::Client>>(
    builder: ClientBuilder<C>,
    scope: &str,
) -> Result<C, ExitCode> {
    let token = match std::env::var(TOKEN_VARIABLE) {
        Ok(token) if !token.trim().is_empty() => token.trim().to_owned(),
        _ => {
            eprintln!(
                "{TOKEN_VARIABLE} is not set.\n\n\
                 This example calls Google's API and needs an OAuth 2.0 access token with the scope\n\
                 \x20   {scope}\n\
                 for an account allowed to use it. For example:\n\
                 \x20   export {TOKEN_VARIABLE}=\"$(gcloud auth print-access-token)\"\n\
                 or create one in the OAuth 2.0 Playground: https://developers.google.com/oauthplayground\n\n\
                 Set {ROOT_URL_VARIABLE} to send the requests to another server, such as a local mock."
            );
            return Err(ExitCode::from(USAGE_ERROR));
        }
    };
    let mut builder = builder.auth(StaticToken::new(token));
    if let Ok(root) = std::env::var(ROOT_URL_VARIABLE) {
        builder = builder.root_url(root);
    }
    Ok(builder.build())
}

/// Prints `usage` and returns the exit code for wrong arguments.
pub fn usage(usage: &str) -> ExitCode {
    eprintln!("usage: {usage}\n\nThe token is read from {TOKEN_VARIABLE}.");
    ExitCode::from(USAGE_ERROR)
}

/// Prints a failed call: the one-line summary, and for a Google API error the details Google sent.
pub fn report(error: &Error) -> ExitCode {
    eprintln!("error: {error}");
    if let Some(api) = error.as_api_error() {
        if let Some(reason) = api.reason() {
            eprintln!("  reason: {reason}");
        }
        for detail in &api.details {
            eprintln!("  detail: {detail}");
        }
    }
    ExitCode::FAILURE
}
