//! Any API by name: the discovery directory of a local server (`--discovery-root`), its
//! documents kept between runs, revisions, versions, and the copy used when the network fails.

use std::time::{Duration, SystemTime};

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::*;

/// A small discovery document: one resource with a `list` method, at `root_url`.
pub fn document(
    name: &str,
    version: &str,
    revision: &str,
    resource: &str,
    root_url: &str,
) -> Value {
    json!({
        "kind": "discovery#restDescription",
        "discoveryVersion": "v1",
        "id": format!("{name}:{version}"),
        "name": name,
        "version": version,
        "revision": revision,
        "title": format!("{name} API"),
        "description": "A test document.",
        "documentationLink": "https://example.test/",
        "protocol": "rest",
        "rootUrl": root_url,
        "servicePath": format!("{name}/{version}/"),
        "batchPath": "batch",
        "parameters": {},
        "auth": {"oauth2": {"scopes": {"https://www.googleapis.com/auth/test": {"description": "Test"}}}},
        "schemas": {
            "Page": {
                "id": "Page",
                "type": "object",
                "properties": {
                    "nextPageToken": {"type": "string"},
                    "items": {"type": "array", "items": {"type": "string"}}
                }
            }
        },
        "resources": {
            resource: {
                "methods": {
                    "list": {
                        "id": format!("{name}.{resource}.list"),
                        "path": resource,
                        "httpMethod": "GET",
                        "description": "Lists them.",
                        "parameters": {"pageToken": {"type": "string", "location": "query"}},
                        "response": {"$ref": "Page"},
                        "scopes": ["https://www.googleapis.com/auth/test"]
                    }
                }
            }
        }
    })
}

/// A directory entry, its document at `/docs/NAME.VERSION.json` of `server`.
pub fn entry(server: &MockServer, name: &str, version: &str, preferred: bool) -> Value {
    json!({
        "kind": "discovery#directoryItem",
        "id": format!("{name}:{version}"),
        "name": name,
        "version": version,
        "title": format!("{name} API"),
        "discoveryRestUrl": format!("{}/docs/{name}.{version}.json", server.uri()),
        "preferred": preferred
    })
}

/// Serves `items` as the directory, and each document of `docs` at its path.
pub async fn serve(server: &MockServer, items: Vec<Value>, docs: &[Value]) {
    server.reset().await;
    Mock::given(method("GET"))
        .and(path("/discovery/v1/apis"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "kind": "discovery#directoryList",
            "discoveryVersion": "v1",
            "items": items
        })))
        .mount(server)
        .await;
    for doc in docs {
        let file = format!(
            "/docs/{}.{}.json",
            doc["name"].as_str().unwrap(),
            doc["version"].as_str().unwrap()
        );
        Mock::given(method("GET"))
            .and(path(file))
            .respond_with(ResponseTemplate::new(200).set_body_json(doc))
            .mount(server)
            .await;
    }
}

/// The drive directory of most tests: v2 and v3, v3 preferred.
async fn drive_server(revision: &str) -> MockServer {
    let server = MockServer::start().await;
    let items = vec![
        entry(&server, "drive", "v2", false),
        entry(&server, "drive", "v3", true),
    ];
    let docs = [
        document(
            "drive",
            "v2",
            revision,
            "files",
            "https://www.googleapis.com/",
        ),
        document(
            "drive",
            "v3",
            revision,
            "files",
            "https://www.googleapis.com/",
        ),
    ];
    serve(&server, items, &docs).await;
    server
}

/// `gapi args... --discovery-root SERVER` with the test token, a dry run, in `folder`.
async fn dry_run(folder: &tempfile::TempDir, server_uri: &str, args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend([
        "--discovery-root",
        server_uri,
        "--access-token",
        TOKEN,
        "--dry-run",
    ]);
    gapi_in(
        folder,
        &all,
        None,
        &[("GOOGLE_CLOUD_QUOTA_PROJECT", "my-project")],
    )
    .await
}

/// The paths the server was asked for, in order.
async fn asked(server: &MockServer) -> Vec<String> {
    requests(server)
        .await
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect()
}

/// Makes the copy `file` of the discovery folder `age` old.
fn age(folder: &tempfile::TempDir, server: &MockServer, file: &str, age: Duration) {
    let host = server.uri().trim_start_matches("http://").replace(':', "_");
    let copy = folder.path().join("discovery").join(host).join(file);
    let handle = std::fs::File::options()
        .write(true)
        .open(&copy)
        .unwrap_or_else(|e| panic!("{}: {e}", copy.display()));
    handle
        .set_modified(SystemTime::now() - age)
        .expect("mtime set");
}

/// Asserts that a dry run of `args` shows `line` (`GET URL`).
async fn assert_sends(folder: &tempfile::TempDir, server: &MockServer, args: &[&str], line: &str) {
    let run = dry_run(folder, &server.uri(), args).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains(line), "{line:?} in {}", run.stdout);
}

/// Asserts that `gapi WORD --help` lists its methods as `line`.
async fn assert_help_names(
    folder: &tempfile::TempDir,
    server: &MockServer,
    word: &str,
    line: &str,
) {
    let uri = server.uri();
    let run = gapi_in(
        folder,
        &[word, "--help", "--discovery-root", &uri],
        None,
        &[] as &[(&str, &str)],
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains(line), "{line:?} in {}", run.stdout);
}

#[tokio::test]
async fn an_api_not_built_in_is_found_by_name_in_its_preferred_version() {
    let server = drive_server("20260101").await;
    let folder = tempfile::tempdir().expect("a folder");
    let run = dry_run(&folder, &server.uri(), &["drive", "files", "list"]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout
            .contains("GET https://www.googleapis.com/drive/v3/files"),
        "{}",
        run.stdout
    );
    assert_eq!(
        asked(&server).await,
        ["/discovery/v1/apis", "/docs/drive.v3.json"]
    );
    // Neither the directory nor the document learns the user's project or token.
    for request in requests(&server).await {
        assert_eq!(header(&request, "x-goog-user-project"), None, "{request:?}");
        assert_eq!(header(&request, "authorization"), None, "{request:?}");
    }
    // The copies are whole JSON files in the discovery folder of that host.
    let host = server.uri().trim_start_matches("http://").replace(':', "_");
    let kept = folder.path().join("discovery").join(host);
    let doc: Value = serde_json::from_slice(&std::fs::read(kept.join("drive.v3.json")).unwrap())
        .expect("the document kept");
    assert_eq!(doc["revision"], "20260101");
    assert!(kept.join("directory.json").is_file());
}

#[tokio::test]
async fn schema_and_help_reach_an_api_of_the_directory() {
    let server = drive_server("20260101").await;
    let folder = tempfile::tempdir().expect("a folder");
    let uri = server.uri();
    let run = gapi_in(
        &folder,
        &["schema", "drive.files.list", "--discovery-root", &uri],
        None,
        &[] as &[(&str, &str)],
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout.starts_with("drive.files.list\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("pageToken"), "{}", run.stdout);
    assert_help_names(&folder, &server, "drive", "gapi drive files list").await;
    // Both from the copies fetched by the first.
    assert_eq!(requests(&server).await.len(), 2);
    let run = gapi(&["--help"], None).await;
    assert!(
        run.stdout
            .contains("Any other API by its name in Google's discovery directory"),
        "{}",
        run.stdout
    );
}

#[tokio::test]
async fn api_version_and_name_colon_version_pick_another_version() {
    let server = drive_server("20260101").await;
    let folder = tempfile::tempdir().expect("a folder");
    assert_sends(
        &folder,
        &server,
        &["drive", "files", "list", "--api-version", "v2"],
        "GET https://www.googleapis.com/drive/v2/files",
    )
    .await;
    // Help calls that version by the word that reaches it.
    assert_help_names(&folder, &server, "drive:v2", "gapi drive:v2 files list").await;
    let run = dry_run(
        &folder,
        &server.uri(),
        &["drive", "files", "list", "--api-version", "v9"],
    )
    .await;
    run.assert_usage_error(
        "the API `drive` has no version `v9` in the discovery directory; it has v2, v3",
    );
}

#[tokio::test]
async fn a_second_run_uses_the_copies_and_asks_nothing() {
    let server = drive_server("20260101").await;
    let folder = tempfile::tempdir().expect("a folder");
    for _ in 0..3 {
        let run = dry_run(&folder, &server.uri(), &["drive", "files", "list"]).await;
        assert_eq!(run.code, 0, "{run:#?}");
        assert!(
            run.stderr.lines().all(|l| !l.contains("offline")),
            "{}",
            run.stderr
        );
    }
    assert_eq!(
        requests(&server).await.len(),
        2,
        "{:?}",
        asked(&server).await
    );
}

/// Serves `items` and `doc`, makes the copy `file` `by` old, and runs `resource list`: the run
/// and the paths the server was asked for.
async fn after_aging(
    folder: &tempfile::TempDir,
    server: &MockServer,
    (items, doc): (Vec<Value>, Value),
    (file, by): (&str, Duration),
    resource: &str,
) -> (Run, Vec<String>) {
    serve(server, items, &[doc]).await;
    age(folder, server, file, by);
    let run = dry_run(folder, &server.uri(), &["drive", resource, "list"]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    (run, asked(server).await)
}

#[tokio::test]
async fn a_newer_revision_in_the_directory_fetches_the_document_again() {
    let server = drive_server("20260101").await;
    let folder = tempfile::tempdir().expect("a folder");
    let run = dry_run(&folder, &server.uri(), &["drive", "files", "list"]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    let listing = |revision: Option<&str>| {
        let mut v3 = entry(&server, "drive", "v3", true);
        if let Some(revision) = revision {
            v3["revision"] = json!(revision);
        }
        vec![entry(&server, "drive", "v2", false), v3]
    };
    let v3 = |revision: &str, resource: &str| {
        document(
            "drive",
            "v3",
            revision,
            resource,
            "https://www.googleapis.com/",
        )
    };
    let two_hours = ("directory.json", Duration::from_secs(2 * 3600));

    // The directory's copy has aged; the directory lists the same revision: only it is read.
    let served = (listing(Some("20260101")), v3("20260101", "files"));
    let (_, paths) = after_aging(&folder, &server, served, two_hours, "files").await;
    assert_eq!(paths, ["/discovery/v1/apis"]);

    // A newer revision: the document is fetched again, and the new one is used.
    let served = (listing(Some("20260202")), v3("20260202", "drives"));
    let (run, paths) = after_aging(&folder, &server, served, two_hours, "drives").await;
    assert_eq!(paths, ["/discovery/v1/apis", "/docs/drive.v3.json"]);
    assert!(
        run.stdout
            .contains("GET https://www.googleapis.com/drive/v3/drives"),
        "{}",
        run.stdout
    );

    // A document older than a day is fetched again even when no revision is listed.
    let served = (listing(None), v3("20260203", "files"));
    let a_day = ("drive.v3.json", Duration::from_secs(25 * 3600));
    let (_, paths) = after_aging(&folder, &server, served, a_day, "files").await;
    assert_eq!(paths, ["/docs/drive.v3.json"]);
}

#[tokio::test]
async fn an_unknown_api_is_refused_with_a_suggestion() {
    let server = drive_server("20260101").await;
    let folder = tempfile::tempdir().expect("a folder");
    let run = dry_run(&folder, &server.uri(), &["driv", "files", "list"]).await;
    run.assert_usage_error("unknown API `driv`: neither built in nor in the discovery directory");
    assert!(
        run.stderr.contains("did you mean `drive`?"),
        "{}",
        run.stderr
    );
    // Built-in names are suggested too.
    let run = dry_run(&folder, &server.uri(), &["gmial", "users", "getProfile"]).await;
    run.assert_usage_error("did you mean `gmail`?");
}

#[tokio::test]
async fn without_the_network_the_copies_serve_and_stderr_says_so() {
    let server = drive_server("20260101").await;
    let uri = server.uri();
    let folder = tempfile::tempdir().expect("a folder");
    let run = dry_run(&folder, &uri, &["drive", "files", "list"]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    age(
        &folder,
        &server,
        "directory.json",
        Duration::from_secs(3 * 86400),
    );
    age(
        &folder,
        &server,
        "drive.v3.json",
        Duration::from_secs(3 * 86400),
    );
    // The directory's root no longer answers (a closed port, with the copies moved to its name),
    // and the documents' server answers nothing but errors.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = closed.local_addr().expect("an address").port();
    drop(closed);
    let copies = folder.path().join("discovery");
    let host = uri.trim_start_matches("http://").replace(':', "_");
    std::fs::rename(copies.join(host), copies.join(format!("127.0.0.1_{port}"))).expect("moved");
    let uri = format!("http://127.0.0.1:{port}");
    server.reset().await;
    let run = dry_run(&folder, &uri, &["drive", "files", "list"]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout
            .contains("GET https://www.googleapis.com/drive/v3/files"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("gapi: offline: cannot read the discovery directory")
            && run.stderr.contains("using its copy from 3 days ago")
            && run
                .stderr
                .contains("gapi: offline: cannot fetch http://127.0.0.1:"),
        "{}",
        run.stderr
    );
    // Nothing kept and no network: a clear error, exit 4.
    let empty = tempfile::tempdir().expect("a folder");
    let run = dry_run(&empty, &uri, &["drive", "files", "list"]).await;
    assert_eq!(run.code, 4, "{run:#?}");
    assert!(
        run.stderr
            .contains("the API is not built in, and the discovery directory cannot be read"),
        "{}",
        run.stderr
    );
}

#[tokio::test]
async fn built_in_documents_win_and_another_version_comes_from_the_directory() {
    let server = MockServer::start().await;
    let reports = document(
        "admin",
        "reports_v1",
        "20260101",
        "activities",
        "https://admin.googleapis.com/",
    );
    let gmail_impostor = document(
        "gmail",
        "v1",
        "20990101",
        "fake",
        "https://www.googleapis.com/",
    );
    serve(
        &server,
        vec![
            entry(&server, "admin", "directory_v1", true),
            entry(&server, "admin", "reports_v1", true),
            entry(&server, "gmail", "v1", true),
        ],
        &[reports, gmail_impostor],
    )
    .await;
    let folder = tempfile::tempdir().expect("a folder");
    // The built-in documents answer offline: the directory is not asked.
    let run = dry_run(
        &folder,
        &server.uri(),
        &["gmail", "users", "getProfile", "me"],
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let run = dry_run(&folder, &server.uri(), &["admin", "users", "get", "alice"]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        requests(&server).await.is_empty(),
        "{:?}",
        asked(&server).await
    );
    // Another version of a built-in API's name comes from the directory, called by its own word.
    assert_sends(
        &folder,
        &server,
        &["admin", "activities", "list", "--api-version", "reports_v1"],
        "GET https://admin.googleapis.com/admin/reports_v1/activities",
    )
    .await;
    assert_help_names(
        &folder,
        &server,
        "admin:reports_v1",
        "gapi admin:reports_v1 activities list",
    )
    .await;
    // `gapi --help` names the built-in Directory API `admin`, once.
    let run = gapi(&["--help"], None).await;
    assert!(run.stdout.contains("\n  admin "), "{}", run.stdout);
    assert!(!run.stdout.contains("\n  directory "), "{}", run.stdout);
}

#[tokio::test]
async fn a_directory_document_does_not_decide_where_credentials_go() {
    let server = MockServer::start().await;
    let doc = document(
        "drive",
        "v3",
        "20260101",
        "files",
        "https://drive.example.test/",
    );
    serve(&server, vec![entry(&server, "drive", "v3", true)], &[doc]).await;
    let folder = tempfile::tempdir().expect("a folder");
    let run = gapi_in(
        &folder,
        &[
            "drive",
            "files",
            "list",
            "--discovery-root",
            &server.uri(),
            "--access-token",
            TOKEN,
        ],
        None,
        &[] as &[(&str, &str)],
    )
    .await;
    run.assert_usage_error("sends requests to drive.example.test, outside googleapis.com");
    // A document that is not what the directory says it is, is refused and not kept.
    serve(&server, vec![entry(&server, "drive", "v2", true)], &[]).await;
    let photos = document(
        "photos",
        "v2",
        "20260101",
        "files",
        "https://www.googleapis.com/",
    );
    Mock::given(method("GET"))
        .and(path("/docs/drive.v2.json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(photos))
        .mount(&server)
        .await;
    let empty = tempfile::tempdir().expect("a folder");
    let run = dry_run(&empty, &server.uri(), &["drive", "files", "list"]).await;
    run.assert_usage_error("describes `photos` v2, not `drive` v2 as the discovery directory says");
    let host = server.uri().trim_start_matches("http://").replace(':', "_");
    assert!(!empty
        .path()
        .join("discovery")
        .join(host)
        .join("drive.v2.json")
        .exists());
}
