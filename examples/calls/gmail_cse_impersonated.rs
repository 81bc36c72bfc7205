//! Gmail client-side encryption key pairs of one user, managed by an administrator's service
//! account that acts as the user (domain-wide delegation).
//!
//! ```sh
//! export GOOGLE_APPLICATION_CREDENTIALS=/path/to/service-account-key.json
//! export GMAIL_USER=alice@example.com
//! cargo run -p integration-tests --example gmail_cse_impersonated -- list
//! cargo run -p integration-tests --example gmail_cse_impersonated -- get KEY_PAIR_ID
//! cargo run -p integration-tests --example gmail_cse_impersonated -- \
//!     create chain.p7pem https://kacls.example.com/api "$WRAPPED_KEY"
//! cargo run -p integration-tests --example gmail_cse_impersonated -- enable KEY_PAIR_ID
//! cargo run -p integration-tests --example gmail_cse_impersonated -- disable KEY_PAIR_ID
//! ```
//!
//! Before this works, a super administrator allows the service account's client ID the scope
//! `https://www.googleapis.com/auth/gmail.settings.basic` (Admin console: Security, Access and
//! data control, API controls, Manage domain-wide delegation).
//!
//! Every call asks for that one scope: `list` and `get` also accept broader ones, and by default a
//! token is requested for the first scope a method lists (`https://mail.google.com/`), which the
//! administrator has no reason to delegate. `GOOGLE_API_ROOT_URL`, when set, sends the API requests
//! to another server, such as a local mock.

use std::process::ExitCode;

use google_gmail_v1::runtime::auth::ServiceAccount;
use google_gmail_v1::runtime::Error;
use google_gmail_v1::schemas::{
    CseKeyPair, CsePrivateKeyMetadata, DisableCseKeyPairRequest, EnableCseKeyPairRequest,
    KaclsKeyMetadata,
};
use google_gmail_v1::Client;

const KEY_VARIABLE: &str = "GOOGLE_APPLICATION_CREDENTIALS";
const USER_VARIABLE: &str = "GMAIL_USER";
const ROOT_URL_VARIABLE: &str = "GOOGLE_API_ROOT_URL";
const SCOPE: &str = "https://www.googleapis.com/auth/gmail.settings.basic";
const USAGE: &str = "gmail_cse_impersonated list\n\
                     \x20      gmail_cse_impersonated get KEY_PAIR_ID\n\
                     \x20      gmail_cse_impersonated create PKCS7_PEM_FILE KACLS_URI KACLS_DATA\n\
                     \x20      gmail_cse_impersonated enable KEY_PAIR_ID\n\
                     \x20      gmail_cse_impersonated disable KEY_PAIR_ID";

/// The value of `name`, if set and not blank.
fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// A client that acts as `GMAIL_USER` through the service account key named by
/// `GOOGLE_APPLICATION_CREDENTIALS`, or an explanation of what is missing.
fn client() -> Result<(Client, String), ExitCode> {
    let (Some(key_file), Some(user)) = (env(KEY_VARIABLE), env(USER_VARIABLE)) else {
        eprintln!(
            "{KEY_VARIABLE} and {USER_VARIABLE} must be set.\n\n\
             This example manages a user's Gmail CSE key pairs as an administrator does: with a\n\
             service account that acts as the user (domain-wide delegation).\n\
             \x20   export {KEY_VARIABLE}=/path/to/service-account-key.json\n\
             \x20   export {USER_VARIABLE}=alice@example.com\n\
             The service account's client ID needs the scope\n\
             \x20   {SCOPE}\n\
             in the Admin console (Security > API controls > Manage domain-wide delegation)."
        );
        return Err(ExitCode::from(2));
    };
    let account = match ServiceAccount::from_file(&key_file) {
        Ok(account) => account.subject(user.as_str()),
        Err(e) => {
            eprintln!("error: {e}");
            return Err(ExitCode::FAILURE);
        }
    };
    eprintln!("acting as {user} through {}", account.client_email());
    let mut builder = Client::builder().auth(account).scopes([SCOPE]);
    if let Some(root) = env(ROOT_URL_VARIABLE) {
        builder = builder.root_url(root);
    }
    Ok((builder.build(), user))
}

/// Prints a failed call, with the details Google sent for an API error.
fn report(error: &Error) -> ExitCode {
    eprintln!("error: {error}");
    let mut cause = std::error::Error::source(error);
    while let Some(inner) = cause {
        eprintln!("  caused by: {inner}");
        cause = inner.source();
    }
    if let Some(api) = error.as_api_error() {
        for detail in &api.details {
            eprintln!("  detail: {detail}");
        }
    }
    ExitCode::FAILURE
}

/// One line about a key pair.
fn describe(key_pair: &CseKeyPair) -> String {
    format!(
        "{} ({:?}), {} address(es)",
        key_pair.key_pair_id.as_deref().unwrap_or("(no id)"),
        key_pair.enablement_state,
        key_pair
            .subject_email_addresses
            .as_ref()
            .map_or(0, Vec::len),
    )
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let known = matches!(
        args.as_slice(),
        ["list"] | ["get" | "enable" | "disable", _] | ["create", _, _, _]
    );
    if !known {
        eprintln!("usage: {USAGE}");
        return ExitCode::from(2);
    }
    let (client, user) = match client() {
        Ok(found) => found,
        Err(code) => return code,
    };
    let keypairs = client.users().settings().cse().keypairs();
    let outcome = match args.as_slice() {
        ["list"] => keypairs.list(&user).send().await.map(|list| {
            let pairs = list.cse_key_pairs.unwrap_or_default();
            println!("{} key pair(s) of {user}:", pairs.len());
            for pair in &pairs {
                println!("  {}", describe(pair));
            }
        }),
        ["get", id] => keypairs
            .get(&user, *id)
            .send()
            .await
            .map(|pair| println!("{}\n{pair:#?}", describe(&pair))),
        ["enable", id] => keypairs
            .enable(&user, *id, EnableCseKeyPairRequest::default())
            .send()
            .await
            .map(|pair| println!("enabled {}", describe(&pair))),
        ["disable", id] => keypairs
            .disable(&user, *id, DisableCseKeyPairRequest::default())
            .send()
            .await
            .map(|pair| println!("disabled {}", describe(&pair))),
        ["create", pkcs7_file, kacls_uri, kacls_data] => {
            let pkcs7 = match std::fs::read_to_string(pkcs7_file) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("cannot read {pkcs7_file}: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let key_pair = CseKeyPair::default()
                .set_pkcs7(pkcs7)
                .set_private_key_metadata([CsePrivateKeyMetadata::default()
                    .set_kacls_key_metadata(
                        KaclsKeyMetadata::default()
                            .set_kacls_uri(*kacls_uri)
                            .set_kacls_data(*kacls_data),
                    )]);
            keypairs
                .create(&user, key_pair)
                .send()
                .await
                .map(|pair| println!("created {}", describe(&pair)))
        }
        _ => unreachable!("checked above"),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => report(&error),
    }
}
