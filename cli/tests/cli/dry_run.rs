//! `--dry-run` prints the exact request and sends nothing. Its output for each seed task is
//! compared with a committed snapshot in `tests/snapshots/`; `UPDATE_SNAPSHOTS=1` rewrites them.
//! The compiler's version in `x-goog-api-client` and the runtime's in `user-agent` are the only
//! parts replaced before comparing.

use crate::support::*;

/// Compares `run`'s output with `tests/snapshots/{name}.txt`.
fn assert_snapshot(name: &str, run: &Run) {
    assert_eq!(run.code, 0, "{run:#?}");
    // Standard error names the credentials and scopes, never a secret.
    assert_eq!(run.stderr.lines().count(), 1, "{run:#?}");
    assert!(
        run.stderr
            .starts_with("gapi: dry run: credentials: an access token given as it is"),
        "{run:#?}"
    );
    assert!(!run.stderr.contains(TOKEN), "{run:#?}");
    let shown: String = run
        .stdout
        .lines()
        .map(
            |line| match line.strip_prefix("x-goog-api-client: gl-rust/") {
                Some(rest) => format!(
                    "x-goog-api-client: gl-rust/RUSTC_VERSION {}",
                    rest.split_once(' ').map_or("", |(_, gdcl)| gdcl)
                ),
                None => runtime_version_replaced(line),
            },
        )
        .map(|line| line + "\n")
        .collect();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &shown).expect("snapshot written");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}; run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    assert_eq!(
        shown, expected,
        "dry run of {name} differs from its snapshot"
    );
}

/// `line` with the runtime's version in a `user-agent` replaced by `RUNTIME_VERSION`.
fn runtime_version_replaced(line: &str) -> String {
    const RUNTIME: &str = "google-api-runtime/";
    match (line.strip_prefix("user-agent: "), line.find(RUNTIME)) {
        (Some(_), Some(at)) => {
            let rest = &line[at + RUNTIME.len()..];
            let end = rest.find(' ').unwrap_or(rest.len());
            format!(
                "{}RUNTIME_VERSION{}",
                &line[..at + RUNTIME.len()],
                &rest[end..]
            )
        }
        _ => line.to_owned(),
    }
}

/// Runs a dry run against a server that must receive nothing.
async fn dry_run(args: &[&str], stdin: Option<&str>) -> Run {
    let server = server(500, None).await;
    let mut all = args.to_vec();
    all.push("--dry-run");
    let run = gapi_at(&server, &all, stdin).await;
    assert!(
        requests(&server).await.is_empty(),
        "a dry run sends nothing"
    );
    // The server's address changes from run to run: shown as ROOT.
    Run {
        stdout: run.stdout.replace(&format!("{}/", server.uri()), "ROOT/"),
        ..run
    }
}

#[tokio::test]
async fn directory_aliases_insert() {
    let run = dry_run(
        &[
            "admin",
            "users",
            "aliases",
            "insert",
            "alice@example.com",
            "--json",
            r#"{"alias":"al@example.com"}"#,
        ],
        None,
    )
    .await;
    assert_snapshot("directory_aliases_insert", &run);
}

#[tokio::test]
async fn directory_aliases_list() {
    let run = dry_run(
        &[
            "admin",
            "users",
            "aliases",
            "list",
            "alice@example.com",
            "--quota-project",
            "billing-1",
        ],
        None,
    )
    .await;
    assert_snapshot("directory_aliases_list", &run);
}

#[tokio::test]
async fn directory_aliases_delete() {
    let run = dry_run(
        &[
            "admin",
            "users",
            "aliases",
            "delete",
            "alice@example.com",
            "al@example.com",
        ],
        None,
    )
    .await;
    assert_snapshot("directory_aliases_delete", &run);
}

#[tokio::test]
async fn gmail_keypairs_create() {
    let run = dry_run(
        &["gmail", "users", "settings", "cse", "keypairs", "create", "me", "--chain-validation", "none", "--json", "-"],
        Some(r#"{"pkcs7": "-----BEGIN PKCS7-----", "privateKeyMetadata": [{"kaclsKeyMetadata": {"kaclsUri": "https://kacls.example.com"}}]}"#),
    )
    .await;
    assert_snapshot("gmail_keypairs_create", &run);
}

#[tokio::test]
async fn gmail_keypairs_obliterate() {
    let run = dry_run(
        &[
            "gmail",
            "users",
            "settings",
            "cse",
            "keypairs",
            "obliterate",
            "me",
            "kp-1",
        ],
        None,
    )
    .await;
    assert_snapshot("gmail_keypairs_obliterate", &run);
}

#[tokio::test]
async fn androidenterprise_enrollment_tokens_create() {
    let run = dry_run(
        &[
            "androidenterprise",
            "enrollmentTokens",
            "create",
            "LC0123abcd",
            "--json",
            r#"{"enrollmentTokenType": "userDevice", "duration": "2592000s"}"#,
        ],
        None,
    )
    .await;
    assert_snapshot("androidenterprise_enrollment_tokens_create", &run);
}

#[tokio::test]
async fn androidmanagement_signup_urls_create() {
    let run = dry_run(
        &[
            "androidmanagement",
            "signupUrls",
            "create",
            "--project-id",
            "my-project",
            "--callback-url",
            "https://example.com/done",
            "--allowed-domains",
            "example.com",
            "--allowed-domains",
            "*.example.org",
        ],
        None,
    )
    .await;
    assert_snapshot("androidmanagement_signup_urls_create", &run);
}

/// An int64 in the body keeps every digit (2^53 + 1 would become ...992 through a float).
#[tokio::test]
async fn an_int64_in_the_body_keeps_every_digit() {
    let run = dry_run(
        &[
            "gmail",
            "users",
            "messages",
            "modify",
            "me",
            "m-1",
            "--json",
            r#"{"addLabelIds": ["INBOX"]}"#,
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let run = dry_run(
        &[
            "gmail",
            "users",
            "messages",
            "insert",
            "me",
            "--json",
            r#"{"historyId": 9007199254740993, "raw": "aGk="}"#,
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout.contains("\"historyId\": 9007199254740993"),
        "{}",
        run.stdout
    );
}

/// gws's form, every parameter in `--params`, works too: the request is the same as with
/// positional arguments.
#[tokio::test]
async fn gws_style_params_give_the_same_request() {
    let positional = dry_run(
        &[
            "admin",
            "users",
            "aliases",
            "insert",
            "alice@example.com",
            "--json",
            r#"{"alias":"al@example.com"}"#,
        ],
        None,
    )
    .await;
    let params = dry_run(
        &[
            "admin",
            "users",
            "aliases",
            "insert",
            "--params",
            r#"{"userKey":"alice@example.com"}"#,
            "--json",
            r#"{"alias":"al@example.com"}"#,
        ],
        None,
    )
    .await;
    assert_eq!(params.code, 0, "{params:#?}");
    assert_eq!(params.stdout, positional.stdout);
}
