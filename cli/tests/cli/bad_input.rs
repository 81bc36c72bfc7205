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
