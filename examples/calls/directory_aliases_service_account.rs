//! Admin SDK Directory: list a user's email aliases with a service account that acts as an
//! administrator of the domain (domain-wide delegation), found through Application Default
//! Credentials.
//!
//! ```sh
//! export GOOGLE_APPLICATION_CREDENTIALS=/path/to/service-account-key.json
//! export DIRECTORY_ADMIN=admin@example.com
//! cargo run -p integration-tests --example directory_aliases_service_account -- alice@example.com
//! ```
//!
//! The Directory API only answers administrators, so the service account acts as one
//! (`DIRECTORY_ADMIN`). Its client ID needs the scope
//! `https://www.googleapis.com/auth/admin.directory.user.alias.readonly` in the Admin console
//! (Security, Access and data control, API controls, Manage domain-wide delegation). The client asks
//! for that read-only scope rather than the first one the method lists
//! (`admin.directory.user`, which allows changing users). `GOOGLE_API_ROOT_URL`, when set, sends
//! the API requests to another server, such as a local mock.

use std::process::ExitCode;

use google_admin_directory_v1::runtime::auth::ApplicationDefaultCredentials;
use google_admin_directory_v1::schemas::Alias;
use google_admin_directory_v1::Client;

const ADMIN_VARIABLE: &str = "DIRECTORY_ADMIN";
const KEY_VARIABLE: &str = "GOOGLE_APPLICATION_CREDENTIALS";
const ROOT_URL_VARIABLE: &str = "GOOGLE_API_ROOT_URL";
const SCOPE: &str = "https://www.googleapis.com/auth/admin.directory.user.alias.readonly";

/// The value of `name`, if set and not blank.
fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn help() -> ExitCode {
    eprintln!(
        "usage: directory_aliases_service_account USER_KEY\n\n\
         Set {KEY_VARIABLE} to a service account's JSON key file and {ADMIN_VARIABLE} to the\n\
         e-mail address of an administrator the service account acts as:\n\
         \x20   export {KEY_VARIABLE}=/path/to/service-account-key.json\n\
         \x20   export {ADMIN_VARIABLE}=admin@example.com\n\
         The service account's client ID needs the scope\n\
         \x20   {SCOPE}\n\
         in the Admin console (Security > API controls > Manage domain-wide delegation)."
    );
    ExitCode::from(2)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [user_key] = args.as_slice() else {
        return help();
    };
    let Some(admin) = env(ADMIN_VARIABLE) else {
        eprintln!("{ADMIN_VARIABLE} is not set.\n");
        return help();
    };
    // GOOGLE_APPLICATION_CREDENTIALS first, then gcloud's file; only a service account key can
    // act as another user, so anything else is refused with an explanation.
    let credentials = match ApplicationDefaultCredentials::builder()
        .subject(admin.as_str())
        .build()
    {
        Ok(credentials) => credentials,
        Err(e) => {
            eprintln!("error: {e}\n");
            return help();
        }
    };
    eprintln!(
        "acting as {admin} with credentials from {:?}",
        credentials.source()
    );
    let mut builder = Client::builder().auth(credentials).scopes([SCOPE]);
    if let Some(root) = env(ROOT_URL_VARIABLE) {
        builder = builder.root_url(root);
    }
    let client = builder.build();
    match client
        .users()
        .aliases()
        .list(user_key.as_str())
        .send()
        .await
    {
        Ok(list) => {
            let items = list.aliases.unwrap_or_default();
            println!("{} alias(es) of {user_key}:", items.len());
            // The document types the items as `any`; each one is an `Alias` object.
            for item in items {
                match serde_json::from_value::<Alias>(item.clone()) {
                    Ok(alias) => println!("  {}", alias.alias.as_deref().unwrap_or("?")),
                    Err(_) => println!("  {item}"),
                }
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            let mut cause = std::error::Error::source(&error);
            while let Some(inner) = cause {
                eprintln!("  caused by: {inner}");
                cause = inner.source();
            }
            ExitCode::FAILURE
        }
    }
}
