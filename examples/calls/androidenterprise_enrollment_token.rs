//! Google Play EMM API: create a device enrollment token.
//!
//! ```sh
//! export GOOGLE_OAUTH_TOKEN="$(gcloud auth print-access-token)"
//! cargo run -p integration-tests --example androidenterprise_enrollment_token -- \
//!     ENTERPRISE_ID [--userless] [--duration 3600s] [--require-account user@example.com]
//! ```
//!
//! By default the token is for a user device and lives one hour (the server's default). With
//! `--require-account`, the user must sign in with that managed Google account during enrollment.

mod common;

use std::process::ExitCode;

use google_androidenterprise_v1::runtime::Duration;
use google_androidenterprise_v1::schemas::{
    EnrollmentToken, EnrollmentTokenEnrollmentTokenType as TokenType,
    EnrollmentTokenGoogleAuthenticationOptions as AuthOptions,
    EnrollmentTokenGoogleAuthenticationOptionsAuthenticationRequirement as Requirement,
};
use google_androidenterprise_v1::Client;

const USAGE: &str = "androidenterprise_enrollment_token ENTERPRISE_ID [--userless] \
                     [--duration SECONDSs] [--require-account EMAIL]";
const SCOPE: &str = "https://www.googleapis.com/auth/androidenterprise";

/// The token to ask for, read from the command line.
fn parse(args: &[String]) -> Option<(String, EnrollmentToken)> {
    let (enterprise_id, mut rest) = args.split_first()?;
    let mut token = EnrollmentToken::default().set_enrollment_token_type(TokenType::UserDevice);
    while let Some((flag, tail)) = rest.split_first() {
        rest = tail;
        match flag.as_str() {
            "--userless" => {
                token = token.set_enrollment_token_type(TokenType::UserlessDevice);
            }
            "--duration" | "--require-account" => {
                let (value, tail) = rest.split_first()?;
                rest = tail;
                token = if flag == "--duration" {
                    // The wire form: seconds with an `s`, such as `3600s` or `90.5s`.
                    token.set_duration(value.parse::<Duration>().ok()?)
                } else {
                    token.set_google_authentication_options(
                        AuthOptions::default()
                            .set_authentication_requirement(Requirement::Required)
                            .set_required_account_email(value.as_str()),
                    )
                };
            }
            _ => return None,
        }
    }
    Some((enterprise_id.clone(), token))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((enterprise_id, token)) = parse(&args) else {
        return common::usage(USAGE);
    };
    let client = match common::client_from_env(Client::builder(), SCOPE) {
        Ok(client) => client,
        Err(code) => return code,
    };
    match client
        .enrollment_tokens()
        .create(enterprise_id, token)
        .send()
        .await
    {
        Ok(created) => {
            println!(
                "enrollment token: {}",
                created.token.as_deref().unwrap_or("(none)")
            );
            if let Some(duration) = created.duration {
                println!("valid for: {duration}");
            }
            ExitCode::SUCCESS
        }
        Err(error) => common::report(&error),
    }
}
