//! The seed tasks as commands, each against a local server: the exact request (method, path,
//! query, headers, body) and what the command prints.

use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::*;

/// Directory: `users.aliases.insert`, the body from `--json`, answered 201 Created.
#[tokio::test]
async fn directory_aliases_insert_posts_the_alias_and_prints_the_201_answer() {
    let answer = json!({"kind": "admin#directory#alias", "alias": "al@example.com", "primaryEmail": "alice@example.com"});
    let server = server(201, Some(answer.clone())).await;
    let run = gapi_at(
        &server,
        &[
            "admin",
            "users",
            "aliases",
            "insert",
            "alice@example.com",
            "--json",
            r#"{"alias": "al@example.com"}"#,
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let request = single(&server).await;
    assert_eq!(
        line(&request),
        "POST /admin/directory/v1/users/alice%40example.com/aliases?prettyPrint=false"
    );
    assert_standard_headers(&request);
    assert_eq!(header(&request, "content-type"), Some("application/json"));
    assert_eq!(json_body(&request), json!({"alias": "al@example.com"}));
    assert_eq!(
        serde_json::from_str::<Value>(&run.stdout).expect("JSON out"),
        answer
    );
}

/// Directory: `users.aliases.list`, printed as a table.
#[tokio::test]
async fn directory_aliases_list_prints_a_table() {
    let server = server(
        200,
        Some(json!({"kind": "admin#directory#aliases", "aliases": [
            {"alias": "a@example.com", "primaryEmail": "alice@example.com"},
            {"alias": "second@example.com", "primaryEmail": "alice@example.com"}
        ]})),
    )
    .await;
    let run = gapi_at(
        &server,
        &[
            "directory",
            "users",
            "aliases",
            "list",
            "alice@example.com",
            "--format",
            "table",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        line(&single(&server).await),
        "GET /admin/directory/v1/users/alice%40example.com/aliases?prettyPrint=false"
    );
    assert_eq!(
        run.stdout,
        "alias               primaryEmail\n\
         a@example.com       alice@example.com\n\
         second@example.com  alice@example.com\n"
    );
}

/// Directory: `users.aliases.delete`, answered 204 No Content: nothing printed, exit 0.
#[tokio::test]
async fn directory_aliases_delete_accepts_204() {
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
    let request = single(&server).await;
    assert_eq!(
        line(&request),
        "DELETE /admin/directory/v1/users/alice%40example.com/aliases/al%40example.com?prettyPrint=false"
    );
    assert!(request.body.is_empty());
}

/// Gmail: `users.settings.cse.keypairs.create`, the body from standard input (`--json -`), an
/// enum query parameter, printed as YAML.
#[tokio::test]
async fn gmail_keypairs_create_reads_the_body_from_standard_input() {
    let server = server(
        200,
        Some(json!({"keyPairId": "kp-1", "enablementState": "enabled"})),
    )
    .await;
    let body = r#"{"pkcs7": "-----BEGIN PKCS7-----", "privateKeyMetadata": [{"kaclsKeyMetadata": {"kaclsUri": "https://kacls.example.com"}}]}"#;
    let run = gapi_at(
        &server,
        &[
            "gmail",
            "users",
            "settings",
            "cse",
            "keypairs",
            "create",
            "me",
            "--chain-validation",
            "none",
            "--format",
            "yaml",
            "--json",
            "-",
        ],
        Some(body),
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let request = single(&server).await;
    assert_eq!(
        line(&request),
        "POST /gmail/v1/users/me/settings/cse/keypairs?chainValidation=none&prettyPrint=false"
    );
    assert_standard_headers(&request);
    assert_eq!(
        json_body(&request),
        serde_json::from_str::<Value>(body).expect("JSON")
    );
    assert_eq!(
        run.stdout,
        "\"enablementState\": \"enabled\"\n\"keyPairId\": \"kp-1\"\n"
    );
}

/// Gmail: `users.settings.cse.keypairs.obliterate`, a custom verb with an empty request body
/// (sent as `{}`, as a generated crate sends `Default::default()`), no response schema.
#[tokio::test]
async fn gmail_keypairs_obliterate_posts_to_the_custom_verb() {
    let server = server(204, None).await;
    let run = gapi_at(
        &server,
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
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout, "");
    let request = single(&server).await;
    assert_eq!(
        line(&request),
        "POST /gmail/v1/users/me/settings/cse/keypairs/kp-1:obliterate?prettyPrint=false"
    );
    assert_eq!(json_body(&request), json!({}));
}

/// Gmail: `users.getProfile`, with an API key instead of a token and a quota project.
#[tokio::test]
async fn gmail_get_profile_with_an_api_key_and_quota_project() {
    let server = server(
        200,
        Some(json!({"emailAddress": "me@example.com", "historyId": "18446744073709551615"})),
    )
    .await;
    let uri = server.uri();
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--root-url",
            &uri,
            "--api-key",
            "AIza-key",
            "--quota-project",
            "billing-1",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let request = single(&server).await;
    assert_eq!(
        line(&request),
        "GET /gmail/v1/users/me/profile?prettyPrint=false&key=AIza-key"
    );
    assert_eq!(header(&request, "authorization"), None);
    assert_eq!(header(&request, "x-goog-user-project"), Some("billing-1"));
    // int64 values are printed exactly as received.
    assert!(
        run.stdout.contains("\"18446744073709551615\""),
        "{}",
        run.stdout
    );
}

/// Play EMM: `enrollmentTokens.create`, the body from a file, an enum, a duration and a nested
/// object on the wire.
#[tokio::test]
async fn androidenterprise_enrollment_tokens_create_sends_the_file_body() {
    let server = server(
        200,
        Some(json!({"token": "EnrollmentTokenABC123", "enrollmentTokenType": "userDevice"})),
    )
    .await;
    let body = json!({
        "enrollmentTokenType": "userDevice",
        "duration": "2592000s",
        "googleAuthenticationOptions": {"authenticationRequirement": "required", "requiredAccountEmail": "user@example.com"}
    });
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("enrollment-token.json");
    std::fs::write(&file, body.to_string()).expect("written");
    let run = gapi_at(
        &server,
        &[
            "androidenterprise",
            "enrollmentTokens",
            "create",
            "LC0123abcd",
            "--json-file",
            file.to_str().expect("UTF-8"),
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let request = single(&server).await;
    assert_eq!(
        line(&request),
        "POST /androidenterprise/v1/enterprises/LC0123abcd/enrollmentTokens?prettyPrint=false"
    );
    assert_eq!(json_body(&request), body);
}

/// Android Management: `signupUrls.create`, query parameters only, `allowedDomains` repeated
/// (once with its kebab-case flag, once with its wire name), a body-less POST with
/// `Content-Length: 0`.
#[tokio::test]
async fn androidmanagement_signup_urls_create_repeats_allowed_domains() {
    let server = server(200, Some(json!({"name": "signupUrls/C97", "url": "https://play.google.com/work/adminsignup?token=C97"}))).await;
    let run = gapi_at(
        &server,
        &[
            "androidmanagement",
            "signupUrls",
            "create",
            "--project-id",
            "my-project",
            "--callback-url",
            "https://example.com/done?step=2",
            "--admin-email",
            "admin@example.com",
            "--allowed-domains",
            "example.com",
            "--allowedDomains",
            "*.example.org",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let request = single(&server).await;
    assert_eq!(
        line(&request),
        "POST /v1/signupUrls?adminEmail=admin%40example.com\
         &allowedDomains=example.com&allowedDomains=%2A.example.org\
         &callbackUrl=https%3A%2F%2Fexample.com%2Fdone%3Fstep%3D2\
         &projectId=my-project&prettyPrint=false"
    );
    assert_standard_headers(&request);
    assert_eq!(header(&request, "content-length"), Some("0"));
    assert!(request.body.is_empty());
}

/// `--params` gives parameters as JSON, a list for a repeated one; a flag given as well wins.
#[tokio::test]
async fn params_json_gives_parameters_and_flags_win() {
    let server = server(200, Some(json!({}))).await;
    let run = gapi_at(
        &server,
        &[
            "androidmanagement", "signupUrls", "create",
            "--params", r#"{"projectId": "from-json", "allowedDomains": ["a.example", "b.example"], "adminEmail": "x@a.example"}"#,
            "--project-id", "from-flag",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        line(&single(&server).await),
        "POST /v1/signupUrls?adminEmail=x%40a.example&allowedDomains=a.example&allowedDomains=b.example\
         &projectId=from-flag&prettyPrint=false"
    );
}

/// `--page-all` follows `nextPageToken` and prints every item of every page as a JSON line.
#[tokio::test]
async fn page_all_streams_every_item_as_json_lines() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(query_param_is_missing("pageToken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "cseKeyPairs": [{"keyPairId": "kp-1"}, {"keyPairId": "kp-2"}],
            "nextPageToken": "page-2"
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(query_param("pageToken", "page-2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"cseKeyPairs": [{"keyPairId": "kp-3"}]})),
        )
        .mount(&server)
        .await;
    let run = gapi_at(
        &server,
        &[
            "gmail",
            "users",
            "settings",
            "cse",
            "keypairs",
            "list",
            "me",
            "--page-size",
            "2",
            "--page-all",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        run.stdout,
        "{\"keyPairId\":\"kp-1\"}\n{\"keyPairId\":\"kp-2\"}\n{\"keyPairId\":\"kp-3\"}\n"
    );
    let lines: Vec<String> = requests(&server).await.iter().map(line).collect();
    assert_eq!(
        lines,
        [
            "GET /gmail/v1/users/me/settings/cse/keypairs?pageSize=2&prettyPrint=false",
            "GET /gmail/v1/users/me/settings/cse/keypairs?pageSize=2&pageToken=page-2&prettyPrint=false",
        ]
    );
}

/// A Google error answer: exit code 3, its status, reason and message on standard error as
/// JSON (the output is JSON), nothing on standard output.
#[tokio::test]
async fn an_api_error_exits_3_with_the_reason_as_json() {
    let server = server(
        404,
        Some(json!({"error": {"code": 404, "message": "Resource Not Found: userKey", "status": "NOT_FOUND",
            "errors": [{"domain": "global", "reason": "notFound", "message": "Resource Not Found: userKey"}]}})),
    )
    .await;
    let run = gapi_at(
        &server,
        &["admin", "users", "aliases", "list", "nobody@example.com"],
        None,
    )
    .await;
    assert_eq!(run.code, 3, "{run:#?}");
    assert_eq!(run.stdout, "");
    let error: Value = serde_json::from_str(run.stderr.trim()).expect("JSON on stderr");
    assert_eq!(
        error,
        json!({"error": {"method": "admin.users.aliases.list", "code": 404, "status": "NOT_FOUND",
            "reason": "notFound", "message": "Resource Not Found: userKey"}})
    );
    // As text when the output is not JSON.
    let run = gapi_at(
        &server,
        &[
            "admin",
            "users",
            "aliases",
            "list",
            "nobody@example.com",
            "--format",
            "table",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 3);
    assert!(
        run.stderr
            .starts_with("gapi: admin.users.aliases.list: HTTP 404"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("[reason: notFound]"), "{}", run.stderr);
}

/// No server listening: exit code 4.
#[tokio::test]
async fn a_connection_failure_exits_4() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        listener.local_addr().expect("address").port()
    };
    let root = format!("http://127.0.0.1:{port}/");
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--root-url",
            &root,
            "--access-token",
            TOKEN,
            "--max-attempts",
            "1",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 4, "{run:#?}");
    assert_eq!(run.stderr.lines().count(), 1, "{run:#?}");
    assert!(run.stderr.contains("gmail.users.getProfile"), "{run:#?}");
}

/// `--upload FILE` sends the media with the JSON metadata as multipart/related to the upload
/// path; `-o FILE` downloads media with `alt=media`.
#[tokio::test]
async fn upload_and_download_media() {
    let server = server(200, Some(json!({"id": "m-1"}))).await;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let mail = dir.join("message.eml");
    std::fs::write(&mail, "Subject: hi\r\n\r\nhello\r\n").expect("written");
    let run = gapi_at(
        &server,
        &[
            "gmail",
            "users",
            "messages",
            "insert",
            "me",
            "--upload",
            mail.to_str().expect("UTF-8"),
            "--json",
            r#"{"labelIds": ["INBOX"]}"#,
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let request = single(&server).await;
    assert_eq!(
        line(&request),
        "POST /upload/gmail/v1/users/me/messages?uploadType=multipart&prettyPrint=false"
    );
    let content_type = header(&request, "content-type").expect("a content type");
    assert!(
        content_type.starts_with("multipart/related; boundary="),
        "{content_type}"
    );
    let body = String::from_utf8_lossy(&request.body);
    assert!(body.contains(r#"{"labelIds":["INBOX"]}"#), "{body}");
    assert!(body.contains("Content-Type: message/rfc822"), "{body}");
    assert!(body.contains("Subject: hi\r\n\r\nhello\r\n"), "{body}");

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(b"object bytes".to_vec()))
        .mount(&server)
        .await;
    let folder = tempfile::tempdir().expect("a folder");
    let out = folder.path().join("downloaded.bin");
    let run = gapi_at(
        &server,
        &[
            "storage",
            "objects",
            "get",
            "my-bucket",
            "dir/file.txt",
            "-o",
            out.to_str().expect("UTF-8"),
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        line(&single(&server).await),
        "GET /storage/v1/b/my-bucket/o/dir%2Ffile.txt?alt=media&prettyPrint=false"
    );
    assert_eq!(std::fs::read(&out).expect("downloaded"), b"object bytes");
}

/// Above 5 MiB, `--upload` uses the resumable protocol: a session is started on the simple
/// upload path with the metadata, then the media goes to the session URL.
#[tokio::test]
async fn a_large_upload_is_resumable() {
    let server = MockServer::start().await;
    let session = format!("{}/upload-session/1", server.uri());
    Mock::given(method("POST"))
        .and(path("/upload/storage/v1/b/my-bucket/o"))
        .and(query_param("uploadType", "resumable"))
        .respond_with(ResponseTemplate::new(200).insert_header("Location", session.as_str()))
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/upload-session/1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"name": "big.bin", "size": "6291456"})),
        )
        .mount(&server)
        .await;
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("big.bin");
    std::fs::write(&file, vec![7u8; 6 << 20]).expect("written");
    let run = gapi_at(
        &server,
        &[
            "storage",
            "objects",
            "insert",
            "my-bucket",
            "--name",
            "big.bin",
            "--upload",
            file.to_str().expect("UTF-8"),
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let all = requests(&server).await;
    let start = &all[0];
    assert_eq!(
        line(start),
        "POST /upload/storage/v1/b/my-bucket/o?name=big.bin&uploadType=resumable&prettyPrint=false"
    );
    assert_eq!(
        header(start, "x-upload-content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(header(start, "x-upload-content-length"), Some("6291456"));
    let sent: usize = all[1..].iter().map(|r| r.body.len()).sum();
    assert_eq!(sent, 6 << 20, "every byte sent once");
    assert!(run.stdout.contains("\"big.bin\""), "{}", run.stdout);
}

/// `--credentials FILE` with an authorized user file: the refresh token is traded at the file's
/// token endpoint, the call carries the token, and the file's quota project is billed.
#[tokio::test]
async fn a_credentials_file_gives_the_token_and_quota_project() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "ya29.from-refresh-token", "expires_in": 3600, "token_type": "Bearer"
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"emailAddress": "me@example.com"})),
        )
        .mount(&server)
        .await;
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("authorized-user.json");
    let credentials = json!({
        "type": "authorized_user", "client_id": "client-1", "client_secret": "secret-1",
        "refresh_token": "refresh-1", "token_uri": format!("{}/token", server.uri()),
        "quota_project_id": "billing-from-file"
    });
    std::fs::write(&file, credentials.to_string()).expect("written");
    let uri = server.uri();
    let file = file.to_str().expect("UTF-8");
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--root-url",
            &uri,
            "--credentials",
            file,
            "--max-attempts",
            "1",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let all = requests(&server).await;
    assert_eq!(all.len(), 2, "{all:#?}");
    let token = String::from_utf8_lossy(&all[0].body);
    assert!(
        token.contains("grant_type=refresh_token") && token.contains("refresh_token=refresh-1"),
        "{token}"
    );
    assert_eq!(
        line(&all[1]),
        "GET /gmail/v1/users/me/profile?prettyPrint=false"
    );
    assert_eq!(
        header(&all[1], "authorization"),
        Some("Bearer ya29.from-refresh-token")
    );
    assert_eq!(
        header(&all[1], "x-goog-user-project"),
        Some("billing-from-file")
    );
    // --quota-project wins over the file's.
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--root-url",
            &uri,
            "--credentials",
            file,
            "--quota-project",
            "flag-wins",
            "--dry-run",
        ],
        None,
    )
    .await;
    assert!(
        run.stdout.contains("x-goog-user-project: flag-wins"),
        "{run:#?}"
    );
    // A file that cannot be read: bad input, exit code 2, named by its flag, nothing sent.
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--root-url",
            &uri,
            "--credentials",
            "/nonexistent/key.json",
        ],
        None,
    )
    .await;
    run.assert_usage_error("--credentials /nonexistent/key.json");
    assert_eq!(requests(&server).await.len(), 2);
}
