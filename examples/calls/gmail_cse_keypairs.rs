//! Gmail client-side encryption key pairs: upload one, or delete one for good.
//!
//! ```sh
//! export GOOGLE_OAUTH_TOKEN="$(gcloud auth print-access-token)"
//! cargo run -p integration-tests --example gmail_cse_keypairs -- \
//!     create chain.p7pem https://kacls.example.com/api "$WRAPPED_KEY" [--no-chain-validation]
//! cargo run -p integration-tests --example gmail_cse_keypairs -- obliterate KEY_PAIR_ID
//! ```
//!
//! The calls act on the account of the token (`me`); set `GMAIL_USER_ID` to another address when
//! the token is a service account's with domain-wide delegation. Obliterating is permanent and only
//! accepted for a key pair turned off more than 30 days ago.

mod common;

use std::process::ExitCode;

use google_gmail_v1::resources::users::settings::cse::keypairs::ChainValidation;
use google_gmail_v1::schemas::{CseKeyPair, CsePrivateKeyMetadata, KaclsKeyMetadata};
use google_gmail_v1::Client;

const USAGE: &str =
    "gmail_cse_keypairs create PKCS7_PEM_FILE KACLS_URI KACLS_DATA [--no-chain-validation]\n\
                     \x20      gmail_cse_keypairs obliterate KEY_PAIR_ID";
const SCOPE: &str = "https://www.googleapis.com/auth/gmail.settings.basic";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let user_id = std::env::var("GMAIL_USER_ID").unwrap_or_else(|_| "me".to_owned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["create", pkcs7_file, kacls_uri, kacls_data, rest @ ..] => {
            let no_validation = match rest {
                [] => false,
                ["--no-chain-validation"] => true,
                _ => return common::usage(USAGE),
            };
            let pkcs7 = match std::fs::read_to_string(pkcs7_file) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("cannot read {pkcs7_file}: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let client = match common::client_from_env(Client::builder(), SCOPE) {
                Ok(client) => client,
                Err(code) => return code,
            };
            let key_pair = CseKeyPair::default()
                .set_pkcs7(pkcs7)
                .set_private_key_metadata([CsePrivateKeyMetadata::default()
                    .set_kacls_key_metadata(
                        KaclsKeyMetadata::default()
                            .set_kacls_uri(*kacls_uri)
                            .set_kacls_data(*kacls_data),
                    )]);
            let mut call = client
                .users()
                .settings()
                .cse()
                .keypairs()
                .create(user_id, key_pair);
            if no_validation {
                call = call.chain_validation(ChainValidation::None);
            }
            match call.send().await {
                Ok(stored) => {
                    println!(
                        "created key pair {}",
                        stored.key_pair_id.as_deref().unwrap_or("(no id)")
                    );
                    println!("{stored:#?}");
                    ExitCode::SUCCESS
                }
                Err(error) => common::report(&error),
            }
        }
        ["obliterate", key_pair_id] => {
            let client = match common::client_from_env(Client::builder(), SCOPE) {
                Ok(client) => client,
                Err(code) => return code,
            };
            let call = client.users().settings().cse().keypairs().obliterate(
                user_id,
                *key_pair_id,
                Default::default(),
            );
            match call.send().await {
                Ok(()) => {
                    println!("obliterated key pair {key_pair_id}");
                    ExitCode::SUCCESS
                }
                Err(error) => common::report(&error),
            }
        }
        _ => common::usage(USAGE),
    }
}
