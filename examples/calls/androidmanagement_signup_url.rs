//! Android Management API: create the URL where an IT admin signs up an enterprise.
//!
//! ```sh
//! export GOOGLE_OAUTH_TOKEN="$(gcloud auth print-access-token)"
//! cargo run -p integration-tests --example androidmanagement_signup_url -- \
//!     my-project https://example.com/signup-done [--admin-email admin@example.com] \
//!     [example.com '*.example.com' ...]
//! ```
//!
//! The trailing arguments are the domains allowed for the admin's email address, sent as one
//! `allowedDomains` parameter each; none means any domain. After signing up, the admin is sent
//! to the callback URL with an `enterpriseToken` parameter for `enterprises.create`.

mod common;

use std::process::ExitCode;

use google_androidmanagement_v1::Client;

const USAGE: &str = "androidmanagement_signup_url PROJECT_ID CALLBACK_URL \
                     [--admin-email EMAIL] [ALLOWED_DOMAIN...]";
const SCOPE: &str = "https://www.googleapis.com/auth/androidmanagement";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [project_id, callback_url, rest @ ..] = args.as_slice() else {
        return common::usage(USAGE);
    };
    let (admin_email, domains) = match rest {
        [flag, email, domains @ ..] if flag == "--admin-email" => (Some(email), domains),
        domains => (None, domains),
    };
    let client = match common::client_from_env(Client::builder(), SCOPE) {
        Ok(client) => client,
        Err(code) => return code,
    };
    let mut call = client
        .signup_urls()
        .create()
        .project_id(project_id.as_str())
        .callback_url(callback_url.as_str())
        .allowed_domains(domains.iter().map(String::as_str));
    if let Some(email) = admin_email {
        call = call.admin_email(email.as_str());
    }
    match call.send().await {
        Ok(signup) => {
            println!("name: {}", signup.name.as_deref().unwrap_or("(none)"));
            println!(
                "open this URL to sign up: {}",
                signup.url.as_deref().unwrap_or("(none)")
            );
            ExitCode::SUCCESS
        }
        Err(error) => common::report(&error),
    }
}
