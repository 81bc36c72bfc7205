//! Bad input is refused with one clear line on standard error and exit code 2, and nothing is
//! sent: every case runs against a server that records requests, and it must record none.

use crate::support::*;

/// Runs `args` against a fresh server; asserts a usage error containing `needle` and no request.
async fn refused(args: &[&str], stdin: Option<&str>, needle: &str) {
    let server = server(200, Some(serde_json::json!({}))).await;
    let run = gapi_at(&server, args, stdin).await;
    run.assert_usage_error(needle);
    assert!(
        requests(&server).await.is_empty(),
        "nothing sent for {args:?}"
    );
}

#[tokio::test]
async fn an_unknown_flag_is_named_with_the_closest_one() {
    refused(
        &[
            "androidmanagement",
            "signupUrls",
            "create",
            "--projct-id",
            "p",
        ],
        None,
        "unknown flag `--projct-id`; did you mean `--project-id`?",
    )
    .await;
}

#[tokio::test]
async fn a_bad_enum_value_of_a_parameter_gets_a_suggestion() {
    refused(
        &[
            "gmail",
            "users",
            "settings",
            "cse",
            "keypairs",
            "create",
            "me",
            "--chain-validation",
            "nne",
            "--json",
            "-",
        ],
        Some("{}"),
        "`nne` is not a value of `chainValidation`; did you mean `none`?",
    )
    .await;
}

#[tokio::test]
async fn a_bad_enum_value_in_the_body_names_its_path() {
    refused(
        &[
            "androidenterprise",
            "enrollmentTokens",
            "create",
            "LC01",
            "--json",
            r#"{"enrollmentTokenType": "userDevic"}"#,
        ],
        None,
        "$.enrollmentTokenType: `userDevic` is not an allowed value; did you mean `userDevice`?",
    )
    .await;
}

#[tokio::test]
async fn malformed_json_is_refused() {
    refused(
        &[
            "admin",
            "users",
            "aliases",
            "insert",
            "alice@example.com",
            "--json",
            r#"{"alias": "#,
        ],
        None,
        "--json is not valid JSON",
    )
    .await;
    refused(
        &[
            "admin",
            "users",
            "aliases",
            "insert",
            "alice@example.com",
            "--json",
            "-",
        ],
        Some("{not json"),
        "standard input is not valid JSON",
    )
    .await;
}

#[tokio::test]
async fn a_value_of_the_wrong_type_names_its_path() {
    refused(
        &[
            "androidenterprise",
            "enrollmentTokens",
            "create",
            "LC01",
            "--json",
            r#"{"googleAuthenticationOptions": {"requiredAccountEmail": 42}}"#,
        ],
        None,
        "$.googleAuthenticationOptions.requiredAccountEmail: expected a string, got a number",
    )
    .await;
    refused(
        &[
            "gmail",
            "users",
            "settings",
            "cse",
            "keypairs",
            "list",
            "me",
            "--page-size",
            "ten",
        ],
        None,
        "`pageSize` expects a 32-bit integer, got `ten`",
    )
    .await;
}

#[tokio::test]
async fn an_unknown_body_field_gets_a_suggestion() {
    refused(
        &[
            "admin",
            "users",
            "aliases",
            "insert",
            "alice@example.com",
            "--json",
            r#"{"aliass": "al@example.com"}"#,
        ],
        None,
        "$.aliass: unknown field `aliass` of Alias; did you mean `alias`?",
    )
    .await;
}

#[tokio::test]
async fn a_missing_required_argument_is_named() {
    refused(
        &[
            "gmail",
            "users",
            "settings",
            "cse",
            "keypairs",
            "obliterate",
            "me",
        ],
        None,
        "missing required argument <keyPairId>",
    )
    .await;
}

#[tokio::test]
async fn a_value_outside_its_pattern_is_refused() {
    refused(
        &[
            "androidmanagement",
            "enterprises",
            "get",
            "enterprises/LC01/devices/1",
        ],
        None,
        "does not match the pattern `^enterprises/[^/]+$`",
    )
    .await;
}

#[tokio::test]
async fn unknown_apis_resources_and_methods_get_suggestions() {
    refused(
        &["gmial", "users", "getProfile", "me"],
        None,
        "did you mean `gmail`?",
    )
    .await;
    refused(
        &["gmail", "usres", "getProfile", "me"],
        None,
        "did you mean `users`?",
    )
    .await;
    refused(
        &["gmail", "users", "getProfil", "me"],
        None,
        "did you mean `getProfile`?",
    )
    .await;
    refused(
        &["gmail", "users", "getProfile", "me", "extra"],
        None,
        "unexpected argument `extra`",
    )
    .await;
}

#[tokio::test]
async fn options_a_method_cannot_take_are_refused() {
    refused(
        &["gmail", "users", "getProfile", "me", "--page-all"],
        None,
        "gmail.users.getProfile is not a list in pages",
    )
    .await;
    refused(
        &["gmail", "users", "getProfile", "me", "--json", "{}"],
        None,
        "takes no request body",
    )
    .await;
    refused(
        &["gmail", "users", "getProfile", "me", "--format", "xml"],
        None,
        "--format `xml` is not one of json, yaml, table",
    )
    .await;
    refused(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--params",
            r#"{"userld": "me"}"#,
        ],
        None,
        "has no parameter `userld`; did you mean `userId`?",
    )
    .await;
}

#[tokio::test]
async fn int64_values_are_checked_without_losing_digits() {
    refused(
        &[
            "gmail",
            "users",
            "history",
            "list",
            "me",
            "--start-history-id",
            "18446744073709551616",
        ],
        None,
        "`startHistoryId` expects an unsigned 64-bit integer, got `18446744073709551616`",
    )
    .await;
    // The largest uint64 passes as written.
    let run = gapi(
        &[
            "gmail",
            "users",
            "history",
            "list",
            "me",
            "--start-history-id",
            "18446744073709551615",
            "--dry-run",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout.contains("startHistoryId=18446744073709551615&"),
        "{}",
        run.stdout
    );
}

#[tokio::test]
async fn usage_lines_show_the_required_arguments_as_required() {
    let run = gapi(&["gmail", "users", "messages", "get", "--help"], None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout
            .contains("Usage: gapi gmail users messages get [OPTIONS] <userId> <id>\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\n  <id>  "), "{}", run.stdout);
    // They may still come from --params.
    let params = r#"{"userId": "me", "id": "m1"}"#;
    let shown = dry_run(&["gmail", "users", "messages", "get", "--params", params]).await;
    assert!(shown.contains("/users/me/messages/m1?"), "{shown}");
}

/// The request a dry run of `args` shows (with a token given as it is).
async fn dry_run(args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend(["--access-token", "t", "--dry-run"]);
    let run = gapi(&all, None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    run.stdout
}

#[tokio::test]
async fn a_methods_own_format_points_to_the_output_flag() {
    let run = gapi(
        &[
            "gmail", "users", "messages", "get", "me", "m1", "--format", "yaml",
        ],
        None,
    )
    .await;
    run.assert_usage_error(
        "`yaml` is not a value of `format` (one of: minimal, full, raw, metadata); `--format` is \
         this method's own parameter: the output's format is --gapi-format (or --output-format) here",
    );
    // A method without one has no such note.
    let run = gapi(
        &["gmail", "users", "getProfile", "me", "--format", "yml"],
        None,
    )
    .await;
    run.assert_usage_error("did you mean `yaml`?");
    assert!(!run.stderr.contains("own parameter"), "{}", run.stderr);
}

#[tokio::test]
async fn boolean_flags_take_false_and_say_so() {
    let run = gapi(&["gmail", "users", "messages", "list", "--help"], None).await;
    assert!(
        run.stdout
            .contains("[alone: true; --include-spam-trash=false for false]"),
        "{}",
        run.stdout
    );
    for (given, sent) in [
        ("--include-spam-trash=false", "includeSpamTrash=false"),
        ("--include-spam-trash", "includeSpamTrash=true"),
        ("--includeSpamTrash=FALSE", "includeSpamTrash=false"),
    ] {
        let shown = dry_run(&["gmail", "users", "messages", "list", "me", given]).await;
        assert!(shown.contains(sent), "{given}: {shown}");
    }
    let run = gapi(
        &[
            "gmail",
            "users",
            "messages",
            "list",
            "me",
            "--include-spam-trash=maybe",
        ],
        None,
    )
    .await;
    run.assert_usage_error("`includeSpamTrash` expects true or false, got `maybe`");
}

#[tokio::test]
async fn errors_call_the_admin_api_admin() {
    let run = gapi(&["admin", "users", "get"], None).await;
    run.assert_usage_error("gapi: admin.users.get: missing required argument <userKey>");
    let run = gapi(
        &["directory", "users", "get", "alice", "--view-type", "x"],
        None,
    )
    .await;
    run.assert_usage_error("gapi: admin.users.get: `x` is not a value of `viewType`");
    let run = gapi(&["schema", "admin.users.get"], None).await;
    assert!(run.stdout.starts_with("admin.users.get\n"), "{run:#?}");
    let run = gapi(&["schema", "admin.users.get", "--format", "json"], None).await;
    assert!(
        run.stdout.contains("\"directory.users.get\""),
        "the document's own id: {run:#?}"
    );
}
