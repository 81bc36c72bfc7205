//! Daily work with `gapi`: errors that say what to do, standard input read only when asked,
//! paging that stops when told (or when the reader goes away), tokens kept between runs.

use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::*;

/// A file in a fresh temporary folder (kept alive by the returned guard).
fn temp_file(name: &str, contents: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join(name);
    std::fs::write(&file, contents).expect("written");
    let file = file.to_str().expect("UTF-8").to_owned();
    (dir, file)
}

/// An authorized-user file whose token endpoint is `server`.
fn user_file(server: &MockServer) -> (tempfile::TempDir, String) {
    let credentials = json!({
        "type": "authorized_user", "client_id": "client-1", "client_secret": "very-secret-1",
        "refresh_token": "refresh-secret-1", "token_uri": format!("{}/token", server.uri()),
    });
    temp_file("user.json", &credentials.to_string())
}

/// A service account key file (a key made for these tests only) whose token endpoint is `server`.
fn service_account_file(server: &MockServer) -> (tempfile::TempDir, String) {
    let key = include_str!("../fixtures/test-only-service-account.pem");
    let credentials = json!({
        "type": "service_account", "client_email": "robot@project.iam.gserviceaccount.com",
        "client_id": "1234567890", "private_key_id": "k1", "private_key": key,
        "token_uri": format!("{}/token", server.uri()),
    });
    temp_file("key.json", &credentials.to_string())
}

/// A token endpoint that hands out `ya29.cached` for an hour.
async fn mount_token_endpoint(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"access_token": "ya29.cached", "expires_in": 3600, "token_type": "Bearer"}),
        ))
        .mount(server)
        .await;
}

/// Directory: the users of the customer (a method that takes `--subject` for real).
const USERS_LIST: [&str; 5] = ["admin", "users", "list", "--customer", "my_customer"];

const GET_PROFILE: [&str; 4] = ["gmail", "users", "getProfile", "me"];

#[tokio::test]
async fn without_credentials_the_error_says_how_to_get_some() {
    // A metadata server that refuses connections stands for a machine off Google Cloud.
    let run = gapi_with(
        &["gmail", "users", "getProfile", "me", "--max-attempts", "1"],
        None,
        &[("GCE_METADATA_HOST", "127.0.0.1:1")],
    )
    .await;
    assert_eq!(run.code, 4, "{run:#?}");
    assert_eq!(run.stderr.lines().count(), 1, "{run:#?}");
    for needle in [
        "gapi auth login",
        "--credentials",
        "gcloud auth application-default login",
    ] {
        assert!(run.stderr.contains(needle), "{needle:?} in {run:#?}");
    }
}

#[tokio::test]
async fn a_bad_credentials_file_is_named_by_its_flag() {
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--credentials",
            "no-such-key.json",
        ],
        None,
    )
    .await;
    run.assert_usage_error("--credentials no-such-key.json: cannot read the file");
    assert!(
        !run.stderr.contains("GOOGLE_APPLICATION_CREDENTIALS"),
        "{run:#?}"
    );
    // The same file named by the variable is blamed on the variable.
    let run = gapi_with(
        &["gmail", "users", "getProfile", "me"],
        None,
        &[("GOOGLE_APPLICATION_CREDENTIALS", "no-such-key.json")],
    )
    .await;
    run.assert_usage_error("GOOGLE_APPLICATION_CREDENTIALS=no-such-key.json: cannot read");
    let (_dir, not_json) = temp_file("bad.json", "{\"private_key\": \"secret-part");
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--credentials",
            &not_json,
        ],
        None,
    )
    .await;
    run.assert_usage_error("not a JSON credentials file");
    assert!(!run.stderr.contains("secret-part"), "{run:#?}");
}

#[tokio::test]
async fn subject_with_a_user_file_is_a_usage_error() {
    let server = MockServer::start().await;
    let (_dir, file) = user_file(&server);
    let run = gapi(
        &[
            &USERS_LIST[..],
            &["--credentials", &file, "--subject", "admin@example.com"],
        ]
        .concat(),
        None,
    )
    .await;
    run.assert_usage_error("cannot act as admin@example.com");
    assert!(requests(&server).await.is_empty());
}

#[tokio::test]
async fn a_dry_run_checks_the_credentials_and_names_identity_subject_and_scopes() {
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--credentials",
            "missing.json",
            "--dry-run",
        ],
        None,
    )
    .await;
    run.assert_usage_error("--credentials missing.json");

    let server = MockServer::start().await;
    let (_dir, key) = service_account_file(&server);
    let run = gapi(
        &[
            &USERS_LIST[..],
            &[
                "--credentials",
                &key,
                "--subject",
                "admin@example.com",
                "--dry-run",
            ],
        ]
        .concat(),
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let told = run.stderr.trim();
    assert!(
        told.contains("service account robot@project.iam.gserviceaccount.com"),
        "{told}"
    );
    assert!(told.contains("acting as admin@example.com"), "{told}");
    assert!(
        told.contains("scopes: https://www.googleapis.com/auth/admin.directory.user"),
        "{told}"
    );
    assert!(!told.contains("PRIVATE KEY"), "{told}");
    assert!(
        requests(&server).await.is_empty(),
        "a dry run sends nothing"
    );
}

#[tokio::test]
async fn a_refused_delegation_points_to_the_admin_console() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": "unauthorized_client",
            "error_description": "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."
        })))
        .mount(&server)
        .await;
    let (_dir, key) = service_account_file(&server);
    let uri = server.uri();
    let run = gapi(
        &[
            &USERS_LIST[..],
            &[
                "--credentials",
                &key,
                "--subject",
                "admin@example.com",
                "--root-url",
                &uri,
                "--max-attempts",
                "1",
            ],
        ]
        .concat(),
        None,
    )
    .await;
    assert_eq!(run.code, 4, "{run:#?}");
    assert!(run.stderr.contains("unauthorized_client"), "{run:#?}");
    assert!(run.stderr.contains("domain-wide delegation"), "{run:#?}");
    assert!(run.stderr.contains("client ID 1234567890"), "{run:#?}");
    // The JWT went to the token endpoint, and no API call was made.
    let all = requests(&server).await;
    assert_eq!(all.len(), 1, "{all:#?}");
    let form = String::from_utf8_lossy(&all[0].body);
    assert!(
        form.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"),
        "{form}"
    );
}

#[tokio::test]
async fn standard_input_is_read_only_when_asked() {
    let server = server(200, Some(json!({"alias": "x@example.com"}))).await;
    let insert = ["admin", "users", "aliases", "insert", "alice@example.com"];
    // Not asked: the body is empty, and the list a loop reads from standard input is kept.
    let run = gapi_at(
        &server,
        &insert,
        Some(r#"{"alias": "from-stdin@example.com"}"#),
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(json_body(&single(&server).await), json!({}));
    server.reset().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    for flag in ["--json", "--json-file"] {
        let mut args = insert.to_vec();
        args.extend([flag, "-"]);
        let run = gapi_at(
            &server,
            &args,
            Some(r#"{"alias": "from-stdin@example.com"}"#),
        )
        .await;
        assert_eq!(run.code, 0, "{run:#?}");
    }
    let all = requests(&server).await;
    assert_eq!(all.len(), 2);
    for request in &all {
        assert_eq!(
            json_body(request),
            json!({"alias": "from-stdin@example.com"})
        );
    }
}

/// A list of 30 pages of one key pair each.
async fn thirty_pages() -> MockServer {
    let server = MockServer::start().await;
    for page in 0..30 {
        let mut answer = json!({"cseKeyPairs": [{"keyPairId": format!("kp{page}")}]});
        if page < 29 {
            answer["nextPageToken"] = json!(format!("p{}", page + 1));
        }
        let mut mock = Mock::given(method("GET"));
        if page > 0 {
            mock = mock.and(query_param("pageToken", format!("p{page}")));
        }
        mock.respond_with(ResponseTemplate::new(200).set_body_json(answer))
            .with_priority(if page == 0 { 10 } else { 1 })
            .mount(&server)
            .await;
    }
    server
}

const LIST: [&str; 7] = [
    "gmail", "users", "settings", "cse", "keypairs", "list", "me",
];

#[tokio::test]
async fn page_limit_and_max_items_stop_early_and_say_so() {
    let server = thirty_pages().await;
    let mut args = LIST.to_vec();
    args.extend(["--page-all", "--page-limit", "2"]);
    let run = gapi_at(&server, &args, None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout.lines().count(), 2, "{run:#?}");
    assert_eq!(requests(&server).await.len(), 2);
    assert!(run.stderr.contains("--page-limit 2"), "{run:#?}");

    server.reset().await;
    let server = thirty_pages().await;
    let mut args = LIST.to_vec();
    args.extend(["--page-all", "--max-items", "3", "--page-delay", "1ms"]);
    let run = gapi_at(&server, &args, None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        run.stdout,
        "{\"keyPairId\":\"kp0\"}\n{\"keyPairId\":\"kp1\"}\n{\"keyPairId\":\"kp2\"}\n"
    );
    assert_eq!(
        requests(&server).await.len(),
        3,
        "no fourth page is asked for"
    );
    assert!(run.stderr.contains("--max-items 3"), "{run:#?}");

    let run = gapi_at(&server, &[&LIST[..], &["--page-limit", "2"]].concat(), None).await;
    run.assert_usage_error("go with --page-all");
}

#[tokio::test]
async fn a_closed_standard_output_stops_at_once_and_quietly() {
    let server = thirty_pages().await;
    let uri = server.uri();
    let mut args = LIST.to_vec();
    args.extend(["--page-all", "--root-url", &uri, "--access-token", TOKEN]);
    let (reader, writer) = std::io::pipe().expect("a pipe");
    // The reader is gone before the first line is written (as `| head -0` leaves it).
    drop(reader);
    let folder = tempfile::tempdir().expect("a folder");
    // Not `output()`, which would replace standard output with a pipe of its own.
    let out = command(&args, &[] as &[(&str, &str)], &folder)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs")
        .wait_with_output()
        .await
        .expect("finishes");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no error line");
    assert_eq!(requests(&server).await.len(), 1, "no further request");
}

#[tokio::test]
async fn a_table_says_when_a_next_page_was_not_followed() {
    let server = thirty_pages().await;
    let mut args = LIST.to_vec();
    args.extend(["--format", "table"]);
    let run = gapi_at(&server, &args, None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stderr.contains("nextPageToken"), "{run:#?}");
    assert!(run.stderr.contains("--page-all"), "{run:#?}");
    let run = gapi_at(&server, &LIST, None).await;
    assert_eq!(run.stderr, "", "JSON shows the token itself");
}

#[tokio::test]
async fn ten_calls_make_one_token_request() {
    let server = MockServer::start().await;
    mount_token_endpoint(&server).await;
    Mock::given(method("GET"))
        .and(path("/gmail/v1/users/me/profile"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"emailAddress": "me@example.com"})),
        )
        .mount(&server)
        .await;
    let (_dir, file) = user_file(&server);
    let uri = server.uri();
    let folder = tempfile::tempdir().expect("a folder");
    let config = folder.path().to_str().expect("UTF-8").to_owned();
    let args = [
        &GET_PROFILE[..],
        &["--credentials", &file, "--root-url", &uri],
    ]
    .concat();
    for _ in 0..10 {
        let run = gapi_with(&args, None, &[("GAPI_CONFIG_DIR", &config)]).await;
        assert_eq!(run.code, 0, "{run:#?}");
    }
    let tokens =
        |all: &[wiremock::Request]| all.iter().filter(|r| r.url.path() == "/token").count();
    let all = requests(&server).await;
    assert_eq!(tokens(&all), 1, "one token request for ten calls");
    assert_eq!(all.len(), 11);
    for call in all.iter().filter(|r| r.url.path() != "/token") {
        assert_eq!(header(call, "authorization"), Some("Bearer ya29.cached"));
    }
    let cache = folder.path().join("tokens.json");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&cache)
            .expect("a cache file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "only the user reads the cache");
    }
    let text = std::fs::read_to_string(&cache).expect("readable");
    assert!(
        !text.contains("refresh-secret-1") && !text.contains("very-secret-1"),
        "{text}"
    );

    // --no-token-cache asks every time: ten calls, ten token requests (the figure of the issue's
    // closing note: 1 with the cache, 10 without).
    let no_cache = [&args[..], &["--no-token-cache"]].concat();
    for _ in 0..10 {
        let run = gapi_with(&no_cache, None, &[("GAPI_CONFIG_DIR", &config)]).await;
        assert_eq!(run.code, 0, "{run:#?}");
    }
    assert_eq!(tokens(&requests(&server).await), 1 + 10);
}

#[tokio::test]
async fn a_cached_token_the_api_refuses_is_replaced() {
    let server = MockServer::start().await;
    mount_token_endpoint(&server).await;
    let (_dir, file) = user_file(&server);
    let uri = server.uri();
    let folder = tempfile::tempdir().expect("a folder");
    let config = folder.path().to_str().expect("UTF-8").to_owned();
    let args = [
        &GET_PROFILE[..],
        &["--credentials", &file, "--root-url", &uri],
    ]
    .concat();
    let profile =
        ResponseTemplate::new(200).set_body_json(json!({"emailAddress": "me@example.com"}));
    Mock::given(method("GET"))
        .respond_with(profile.clone())
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    let run = gapi_with(&args, None, &[("GAPI_CONFIG_DIR", &config)]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    // The next run's cached token is refused once: the cache forgets it and a new one is asked for.
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).set_body_json(
            json!({"error": {"code": 401, "message": "Invalid Credentials", "status": "UNAUTHENTICATED"}}),
        ))
        .up_to_n_times(1)
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(profile)
        .with_priority(3)
        .mount(&server)
        .await;
    let run = gapi_with(&args, None, &[("GAPI_CONFIG_DIR", &config)]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    let all = requests(&server).await;
    let lines: Vec<String> = all.iter().map(|r| r.url.path().to_owned()).collect();
    assert_eq!(
        lines,
        [
            "/token",
            "/gmail/v1/users/me/profile",
            "/gmail/v1/users/me/profile",
            "/token",
            "/gmail/v1/users/me/profile"
        ]
    );
}
