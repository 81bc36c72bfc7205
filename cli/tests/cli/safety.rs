//! Nothing unsafe: where credentials may go, what a server's text can do to a terminal, what
//! `--upload` reads and what `-o` writes; and the output formats.

use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::*;

fn kitchensink() -> String {
    format!(
        "{}/../tests/golden/kitchensink.v1.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[tokio::test]
async fn credentials_go_only_over_https() {
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--root-url",
            "http://api.example.com/",
            "--access-token",
            TOKEN,
        ],
        None,
    )
    .await;
    run.assert_usage_error("not an https address");
    assert!(!run.stderr.contains(TOKEN));
}

#[tokio::test]
async fn a_given_document_does_not_decide_where_the_token_goes() {
    let doc = kitchensink();
    let run = gapi(
        &[
            "kitchensink",
            "--discovery",
            &doc,
            "ping",
            "--access-token",
            TOKEN,
        ],
        None,
    )
    .await;
    run.assert_usage_error("outside googleapis.com");
    // Named with --root-url, the address gets the token.
    let server = server(200, Some(json!({}))).await;
    let run = gapi_at(&server, &["kitchensink", "--discovery", &doc, "ping"], None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        header(&single(&server).await, "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
}

#[tokio::test]
async fn the_discovery_fetch_is_capped_and_sends_no_quota_project() {
    let doc = std::fs::read_to_string(kitchensink()).expect("doc");
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/doc"))
        .respond_with(ResponseTemplate::new(200).set_body_string(doc))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/huge"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(vec![b' '; 51 << 20]))
        .mount(&server)
        .await;
    let url = format!("{}/doc", server.uri());
    let env = [("GOOGLE_CLOUD_QUOTA_PROJECT", "my-billing")];
    let run = gapi_with(
        &["kitchensink", "--discovery-url", &url, "--help"],
        None,
        &env,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let fetch = single(&server).await;
    assert_eq!(header(&fetch, "x-goog-user-project"), None);
    assert_eq!(header(&fetch, "authorization"), None);
    let huge = format!("{}/huge", server.uri());
    let run = gapi(&["kitchensink", "--discovery-url", &huge, "--help"], None).await;
    assert_eq!(run.code, 4, "{run:#?}");
    assert!(run.stderr.contains("larger than"), "{run:#?}");
}

#[tokio::test]
async fn a_servers_control_characters_are_escaped_in_every_format() {
    // An OSC 52 sequence writes to the clipboard; CSI (U+009B) is a one-character escape.
    let evil = "x\u{1b}]52;c;SGVsbG8=\u{7}y\u{9b}31m";
    let server = server(
        200,
        Some(json!({"aliases": [{"alias": evil, "etag": "e"}]})),
    )
    .await;
    for format in ["json", "yaml", "table", "csv"] {
        let run = gapi_at(
            &server,
            &[
                "admin",
                "users",
                "aliases",
                "list",
                "alice@example.com",
                "--format",
                format,
            ],
            None,
        )
        .await;
        assert_eq!(run.code, 0, "{run:#?}");
        assert!(
            !run.stdout
                .chars()
                .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{9b}'),
            "{format}: {:?}",
            run.stdout
        );
        assert!(
            run.stdout.contains("52;c;SGVsbG8="),
            "{format}: {:?}",
            run.stdout
        );
    }
    let error = json!({"error": {"code": 400, "message": evil, "status": "INVALID_ARGUMENT"}});
    let server = server_failing(error).await;
    for format in ["json", "table"] {
        let run = gapi_at(
            &server,
            &["gmail", "users", "getProfile", "me", "--format", format],
            None,
        )
        .await;
        assert_eq!(run.code, 3, "{run:#?}");
        assert!(
            !run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{9b}'),
            "{:?}",
            run.stderr
        );
    }
}

async fn server_failing(body: serde_json::Value) -> MockServer {
    server(400, Some(body)).await
}

#[tokio::test]
async fn csv_and_tables_flatten_nested_fields() {
    let answer = json!({"users": [
        {"primaryEmail": "a@example.com", "name": {"givenName": "Ann, Jr.", "familyName": "Lee"}},
        {"primaryEmail": "b@example.com", "name": {"givenName": "Bo"}, "suspended": true},
    ]});
    let server = server(200, Some(answer)).await;
    let list = ["admin", "users", "list", "--customer", "my_customer"];
    let run = gapi_at(&server, &[&list[..], &["--format", "csv"]].concat(), None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        run.stdout,
        "name.familyName,name.givenName,primaryEmail,suspended\r\n\
         Lee,\"Ann, Jr.\",a@example.com,\r\n\
         ,Bo,b@example.com,true\r\n"
    );
    let run = gapi_at(&server, &[&list[..], &["--format", "table"]].concat(), None).await;
    assert!(
        run.stdout
            .starts_with("name.familyName  name.givenName  primaryEmail   suspended\n"),
        "{:?}",
        run.stdout
    );
}

#[tokio::test]
async fn output_files_are_not_clobbered_nor_followed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(b"new bytes".to_vec()))
        .mount(&server)
        .await;
    let folder = tempfile::tempdir().expect("a folder");
    let target = folder.path().join("file.bin");
    std::fs::write(&target, "old").expect("written");
    let file = target.to_str().expect("UTF-8");
    let get = ["storage", "objects", "get", "b", "o", "-o", file];
    let run = gapi_at(&server, &get, None).await;
    run.assert_usage_error("add --force");
    assert_eq!(std::fs::read_to_string(&target).expect("kept"), "old");
    let run = gapi_at(&server, &[&get[..], &["--force"]].concat(), None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        std::fs::read_to_string(&target).expect("replaced"),
        "new bytes"
    );
    let names: Vec<_> = std::fs::read_dir(folder.path()).expect("listed").collect();
    assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
    #[cfg(unix)]
    {
        let link = folder.path().join("link.bin");
        std::os::unix::fs::symlink(&target, &link).expect("a link");
        let link = link.to_str().expect("UTF-8");
        let run = gapi_at(
            &server,
            &["storage", "objects", "get", "b", "o", "-o", link, "--force"],
            None,
        )
        .await;
        run.assert_usage_error("symbolic link");
    }
}

#[cfg(unix)]
#[tokio::test]
async fn upload_refuses_what_is_not_a_file_or_a_pipe() {
    let server = server(200, Some(json!({}))).await;
    let run = gapi_at(
        &server,
        &[
            "gmail",
            "users",
            "messages",
            "insert",
            "me",
            "--upload",
            "/dev/zero",
        ],
        None,
    )
    .await;
    run.assert_usage_error("neither a regular file nor a pipe");
    assert!(requests(&server).await.is_empty());
}

#[tokio::test]
async fn schema_as_json_resolves_every_reference() {
    let run = gapi(
        &["schema", "admin.users.aliases.insert", "--format", "json"],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value["method"]["id"], "directory.users.aliases.insert");
    assert_eq!(value["method"]["request"]["$ref"], "Alias");
    assert!(value["schemas"]["Alias"].is_object(), "{value:#}");
}

#[tokio::test]
async fn one_name_for_the_admin_api_and_help_by_word() {
    let run = gapi(&["admn"], None).await;
    run.assert_usage_error("did you mean `admin`?");
    let run = gapi(&["completions", "bash"], None).await;
    assert!(run.stdout.contains("admin"), "{run:#?}");
    assert!(!run.stdout.contains("directory"), "one name in completions");
    let by_word = gapi(&["help", "gmail", "users"], None).await;
    let by_flag = gapi(&["gmail", "users", "--help"], None).await;
    assert_eq!(by_word.code, 0, "{by_word:#?}");
    assert_eq!(by_word.stdout, by_flag.stdout);
}

#[tokio::test]
async fn an_empty_answer_is_told_on_standard_error() {
    let server = server(204, None).await;
    let run = gapi_at(
        &server,
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
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("done (the answer is empty)"),
        "{run:#?}"
    );
}
