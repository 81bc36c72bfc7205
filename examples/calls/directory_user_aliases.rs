//! Admin SDK Directory: list, add and remove a user's email aliases.
//!
//! ```sh
//! export GOOGLE_OAUTH_TOKEN="$(gcloud auth print-access-token)"
//! cargo run -p integration-tests --example directory_user_aliases -- list alice@example.com
//! cargo run -p integration-tests --example directory_user_aliases -- insert alice@example.com al@example.com
//! cargo run -p integration-tests --example directory_user_aliases -- delete alice@example.com al@example.com
//! ```
//!
//! The user key is the user's primary email address, an alias, or the user's id. The token must
//! belong to an administrator of the domain.

mod common;

use std::process::ExitCode;

use google_admin_directory_v1::schemas::Alias;
use google_admin_directory_v1::Client;

const USAGE: &str = "directory_user_aliases list USER_KEY\n\
                     \x20      directory_user_aliases insert USER_KEY ALIAS_EMAIL\n\
                     \x20      directory_user_aliases delete USER_KEY ALIAS_EMAIL";
const SCOPE: &str = "https://www.googleapis.com/auth/admin.directory.user.alias";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    if !matches!(
        args.as_slice(),
        ["list", _] | ["insert", _, _] | ["delete", _, _]
    ) {
        return common::usage(USAGE);
    }
    let client = match common::client_from_env(Client::builder(), SCOPE) {
        Ok(client) => client,
        Err(code) => return code,
    };
    let aliases = client.users().aliases();
    let outcome = match args.as_slice() {
        ["list", user] => aliases.list(*user).send().await.map(|list| {
            let items = list.aliases.unwrap_or_default();
            println!("{} alias(es) of {user}:", items.len());
            // The document types the items as `any`; each one is an `Alias` object.
            for item in items {
                match serde_json::from_value::<Alias>(item.clone()) {
                    Ok(alias) => println!("  {}", alias.alias.as_deref().unwrap_or("?")),
                    Err(_) => println!("  {item}"),
                }
            }
        }),
        ["insert", user, alias] => aliases
            .insert(*user, Alias::default().set_alias(*alias))
            .send()
            .await
            .map(|created| println!("added {created:#?}")),
        ["delete", user, alias] => aliases
            .delete(*user, *alias)
            .send()
            .await
            .map(|()| println!("removed {alias} from {user}")),
        _ => return common::usage(USAGE),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => common::report(&error),
    }
}
