//! The five seed calls on three APIs, with an access token from the environment:
//!
//! - gmail `users.getProfile`, `users.settings.cse.keypairs.create` and `.obliterate`;
//! - androidenterprise `enrollmentTokens.create`;
//! - androidmanagement `signupUrls.create`.
//!
//! ```sh
//! export GOOGLE_OAUTH_TOKEN="$(gcloud auth print-access-token)"
//! PKCS7_PEM="$(cat chain.p7pem)" KACLS_URI=https://kacls.example.com/api KACLS_DATA=... \
//! KEY_PAIR_ID=... ENTERPRISE_ID=... PROJECT_ID=... CALLBACK_URL=https://example.com/done \
//!     cargo run --release
//! ```
//!
//! `GOOGLE_API_ROOT_URL` sends every call to another server (a local mock). This program exists to
//! be measured (`cargo xtask bench --builds`, see `docs/performance.md`): its clean build time, its
//! release size and its dependency count are what a downstream application of this size pays. The
//! same five calls through google-apis-rs are the comparison.

use std::process::ExitCode;

use google_androidenterprise_v1::schemas::{
    EnrollmentToken, EnrollmentTokenEnrollmentTokenType as TokenType,
};
use google_androidmanagement_v1::runtime::{auth::StaticToken, ClientBuilder, Error};
use google_gmail_v1::schemas::{CseKeyPair, CsePrivateKeyMetadata, KaclsKeyMetadata};

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_default()
}

/// Finishes a crate's `Client::builder()` with the token and, when set, the root URL.
fn client<C: From<google_androidmanagement_v1::runtime::Client>>(
    builder: ClientBuilder<C>,
    token: &str,
) -> C {
    let builder = builder.auth(StaticToken::new(token));
    match std::env::var("GOOGLE_API_ROOT_URL") {
        Ok(root) => builder.root_url(root).build(),
        Err(_) => builder.build(),
    }
}

fn report(what: &str, error: &Error) -> bool {
    eprintln!("{what}: {error}");
    false
}

#[tokio::main]
async fn main() -> ExitCode {
    let token = match std::env::var("GOOGLE_OAUTH_TOKEN") {
        Ok(token) if !token.trim().is_empty() => token.trim().to_owned(),
        _ => {
            eprintln!("GOOGLE_OAUTH_TOKEN is not set");
            return ExitCode::from(2);
        }
    };
    let gmail = client(google_gmail_v1::Client::builder(), &token);
    let enterprise = client(google_androidenterprise_v1::Client::builder(), &token);
    let management = client(google_androidmanagement_v1::Client::builder(), &token);
    let user = std::env::var("GMAIL_USER_ID").unwrap_or_else(|_| "me".to_owned());
    let mut ok = true;

    match gmail.users().get_profile(user.as_str()).send().await {
        Ok(profile) => println!("profile: {:?}", profile.email_address),
        Err(e) => ok &= report("users.getProfile", &e),
    }
    let key_pair = CseKeyPair::default()
        .set_pkcs7(var("PKCS7_PEM"))
        .set_private_key_metadata([CsePrivateKeyMetadata::default().set_kacls_key_metadata(
            KaclsKeyMetadata::default()
                .set_kacls_uri(var("KACLS_URI"))
                .set_kacls_data(var("KACLS_DATA")),
        )]);
    let keypairs = gmail.users().settings().cse().keypairs();
    match keypairs.create(user.as_str(), key_pair).send().await {
        Ok(stored) => println!("created key pair {:?}", stored.key_pair_id),
        Err(e) => ok &= report("users.settings.cse.keypairs.create", &e),
    }
    match keypairs
        .obliterate(user.as_str(), var("KEY_PAIR_ID"), Default::default())
        .send()
        .await
    {
        Ok(()) => println!("obliterated"),
        Err(e) => ok &= report("users.settings.cse.keypairs.obliterate", &e),
    }
    let enrollment = EnrollmentToken::default().set_enrollment_token_type(TokenType::UserDevice);
    match enterprise
        .enrollment_tokens()
        .create(var("ENTERPRISE_ID"), enrollment)
        .send()
        .await
    {
        Ok(created) => println!("enrollment token: {:?}", created.token),
        Err(e) => ok &= report("enrollmentTokens.create", &e),
    }
    match management
        .signup_urls()
        .create()
        .project_id(var("PROJECT_ID"))
        .callback_url(var("CALLBACK_URL"))
        .allowed_domains(["example.com"])
        .send()
        .await
    {
        Ok(signup) => println!("signup url: {:?}", signup.url),
        Err(e) => ok &= report("signupUrls.create", &e),
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
