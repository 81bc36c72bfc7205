//! `cargo xtask fetch` against a local server: a new revision, the same one, an older one, a
//! broken document, a title with control characters, and no server at all.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tempfile::TempDir;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use xtask::fetch::{check_generates, check_manifest, fetch, Options, Status};

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

fn bytes(relative: &str) -> Vec<u8> {
    fs::read(fixture(relative)).expect("fixture exists")
}

/// A `discovery-json/` folder holding the given fixtures under their own file names.
fn pinned(fixtures: &[&str]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for relative in fixtures {
        let name = Path::new(relative).file_name().unwrap();
        fs::copy(fixture(relative), dir.path().join(name)).unwrap();
    }
    dir
}

/// Every file under `dir` with its bytes, to show that nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            out.extend(snapshot(&p));
        } else {
            out.push((p.clone(), fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

async fn serve(server: &MockServer, api: &str, body: Vec<u8>) {
    Mock::given(method("GET"))
        .and(path(format!("/discovery/v1/apis/{api}/rest")))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(body))
        .mount(server)
        .await;
}

fn options(server: &MockServer) -> Options {
    Options {
        root_url: server.uri(),
        ..Options::default()
    }
}

#[tokio::test]
async fn a_new_revision_replaces_the_document_and_records_the_diff() {
    let dir = pinned(&[
        "history/2023-09/androidenterprise.v1.json",
        "pinned/gmail.v1.json",
    ]);
    let server = MockServer::start().await;
    serve(
        &server,
        "androidenterprise/v1",
        bytes("pinned/androidenterprise.v1.json"),
    )
    .await;
    serve(&server, "gmail/v1", bytes("pinned/gmail.v1.json")).await;

    let outcomes = fetch(dir.path(), &options(&server)).await.unwrap();

    assert_eq!(outcomes.len(), 2);
    let enterprise = &outcomes[0];
    assert_eq!(enterprise.file, "androidenterprise.v1.json");
    assert_eq!(
        (
            enterprise.old_revision.as_str(),
            enterprise.new_revision.as_str()
        ),
        ("20230914", "20260729")
    );
    let Status::Replaced(Some(summary)) = &enterprise.status else {
        panic!(
            "expected a replacement with a diff, got {:?}",
            enterprise.status
        );
    };
    assert_eq!(summary.breaking, 5);
    assert_eq!(
        enterprise.line(),
        "androidenterprise v1: revision 20230914 -> 20260729 (5 breaking, 0 behaviour, 23 compatible)"
    );
    assert_eq!(outcomes[1].status, Status::Unchanged);
    assert_eq!(outcomes[1].line(), "gmail v1: revision 20261005, unchanged");

    // The bytes exactly as served, and no temporary file left behind.
    assert_eq!(
        fs::read(dir.path().join("androidenterprise.v1.json")).unwrap(),
        bytes("pinned/androidenterprise.v1.json")
    );
    let history = fs::read_to_string(dir.path().join("changes/androidenterprise.v1.md")).unwrap();
    assert!(history
        .starts_with("## Revision 20260729 (was 20230914)\n\nVerdict: breaking.\n\n5 breaking"));
    // The crate's public API after the step, which regen checks the generator against.
    let listing = fs::read_to_string(dir.path().join("changes/androidenterprise.v1.api")).unwrap();
    assert!(
        listing.contains("\nfn resources::enrollment_tokens::"),
        "{listing}"
    );
    assert!(history.contains("`client.enterprises().create_enrollment_token()`"));
    assert!(!dir.path().join("changes/gmail.v1.md").exists());
    let leftovers: Vec<_> = snapshot(dir.path())
        .into_iter()
        .filter(|(p, _)| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[tokio::test]
async fn each_revision_change_adds_an_entry_on_top_of_the_history() {
    let dir = pinned(&["history/2023-09/androidenterprise.v1.json"]);
    for step in ["history/2024-07", "pinned"] {
        let server = MockServer::start().await;
        let body = bytes(&format!("{step}/androidenterprise.v1.json"));
        serve(&server, "androidenterprise/v1", body).await;
        fetch(dir.path(), &options(&server)).await.unwrap();
    }
    let history = fs::read_to_string(dir.path().join("changes/androidenterprise.v1.md")).unwrap();
    let headings: Vec<&str> = history.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        headings,
        [
            "## Revision 20260729 (was 20240820)",
            "## Revision 20240820 (was 20230914)"
        ]
    );
}

#[tokio::test]
async fn the_same_revision_leaves_everything_as_it_was() {
    let dir = pinned(&["pinned/androidenterprise.v1.json"]);
    let before = snapshot(dir.path());
    let server = MockServer::start().await;
    let mut other_bytes = bytes("pinned/androidenterprise.v1.json");
    other_bytes.extend_from_slice(b"\n");
    serve(&server, "androidenterprise/v1", other_bytes.clone()).await;

    let outcomes = fetch(dir.path(), &options(&server)).await.unwrap();
    assert_eq!(outcomes[0].status, Status::KeptSameRevision);
    assert_eq!(snapshot(dir.path()), before);

    // --force takes the other bytes, and records no entry: the revision did not change.
    let forced = Options {
        force: true,
        ..options(&server)
    };
    let outcomes = fetch(dir.path(), &forced).await.unwrap();
    assert_eq!(outcomes[0].status, Status::Replaced(None));
    assert_eq!(
        fs::read(dir.path().join("androidenterprise.v1.json")).unwrap(),
        other_bytes
    );
    assert!(!dir.path().join("changes").exists());
}

#[tokio::test]
async fn an_older_revision_is_refused_unless_forced() {
    let dir = pinned(&["pinned/androidenterprise.v1.json", "pinned/gmail.v1.json"]);
    let before = snapshot(dir.path());
    let server = MockServer::start().await;
    serve(
        &server,
        "androidenterprise/v1",
        bytes("history/2023-09/androidenterprise.v1.json"),
    )
    .await;
    serve(&server, "gmail/v1", bytes("history/2023-09/gmail.v1.json")).await;

    let error = fetch(dir.path(), &options(&server)).await.unwrap_err();
    assert!(
        error.contains("revision 20230914 is older than the pinned 20260729"),
        "{error}"
    );
    assert!(error.contains("--force"), "{error}");
    assert!(error.ends_with("nothing was changed"), "{error}");
    assert_eq!(snapshot(dir.path()), before);

    let forced = Options {
        force: true,
        apis: vec!["androidenterprise".to_owned()],
        ..options(&server)
    };
    let outcomes = fetch(dir.path(), &forced).await.unwrap();
    assert_eq!(outcomes.len(), 1);
    assert!(
        outcomes[0].line().starts_with(
            "androidenterprise v1: revision 20260729 -> 20230914 (older, forced) (19 breaking"
        ),
        "{}",
        outcomes[0].line()
    );
}

#[tokio::test]
async fn a_broken_document_stops_every_write() {
    let dir = pinned(&[
        "history/2023-09/androidenterprise.v1.json",
        "history/2023-09/gmail.v1.json",
    ]);
    let before = snapshot(dir.path());
    let server = MockServer::start().await;
    // gmail is fine and newer; androidenterprise names a schema it does not define.
    serve(&server, "gmail/v1", bytes("pinned/gmail.v1.json")).await;
    let broken = String::from_utf8(bytes("pinned/androidenterprise.v1.json"))
        .unwrap()
        .replacen("\"$ref\": \"Enterprise\"", "\"$ref\": \"NoSuchSchema\"", 1);
    serve(&server, "androidenterprise/v1", broken.into_bytes()).await;

    let error = fetch(dir.path(), &options(&server)).await.unwrap_err();
    let url = format!(
        "{}/discovery/v1/apis/androidenterprise/v1/rest",
        server.uri()
    );
    assert!(
        error.starts_with(&format!("{url}: not a valid discovery document")),
        "{error}"
    );
    assert!(error.contains("NoSuchSchema"), "{error}");
    assert_eq!(snapshot(dir.path()), before, "gmail was not written either");

    // A page that is not JSON at all: the same.
    let dir = pinned(&["history/2023-09/gmail.v1.json"]);
    let before = snapshot(dir.path());
    let server = MockServer::start().await;
    serve(&server, "gmail/v1", b"<html>rate limited</html>".to_vec()).await;
    let error = fetch(dir.path(), &options(&server)).await.unwrap_err();
    assert!(
        error.contains("gmail/v1/rest: not a valid discovery document: gmail.v1.json: $"),
        "{error}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

#[tokio::test]
async fn a_server_without_the_document_is_an_error_naming_the_url() {
    let dir = pinned(&["pinned/gmail.v1.json"]);
    let server = MockServer::start().await;
    let error = fetch(dir.path(), &options(&server)).await.unwrap_err();
    assert!(
        error.contains("/discovery/v1/apis/gmail/v1/rest: the server answered 404 Not Found"),
        "{error}"
    );
}

#[tokio::test]
async fn another_api_under_the_url_is_refused() {
    let dir = pinned(&["pinned/gmail.v1.json"]);
    let server = MockServer::start().await;
    serve(
        &server,
        "gmail/v1",
        bytes("pinned/androidenterprise.v1.json"),
    )
    .await;
    let error = fetch(dir.path(), &options(&server)).await.unwrap_err();
    assert!(
        error.contains("served androidenterprise v1; expected gmail v1"),
        "{error}"
    );
}

#[tokio::test]
async fn with_no_server_it_fails_fast_and_changes_nothing() {
    let dir = pinned(&["history/2023-09/gmail.v1.json"]);
    let before = snapshot(dir.path());
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let options = Options {
        root_url: format!("http://127.0.0.1:{port}"),
        ..Options::default()
    };
    let started = Instant::now();
    let error = fetch(dir.path(), &options).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(10));
    let url = format!("http://127.0.0.1:{port}/discovery/v1/apis/gmail/v1/rest");
    assert!(error.starts_with(&format!("cannot reach {url}")), "{error}");
    assert!(error.contains("is the network up?"), "{error}");
    assert!(error.ends_with("nothing was changed"), "{error}");
    assert_eq!(snapshot(dir.path()), before);
}

#[tokio::test]
async fn only_the_named_apis_are_fetched() {
    let dir = pinned(&[
        "history/2023-09/gmail.v1.json",
        "history/2023-09/androidenterprise.v1.json",
    ]);
    let server = MockServer::start().await;
    serve(&server, "gmail/v1", bytes("pinned/gmail.v1.json")).await;
    let only_gmail = Options {
        apis: vec!["gmail.v1".to_owned()],
        ..options(&server)
    };
    let outcomes = fetch(dir.path(), &only_gmail).await.unwrap();
    assert_eq!(outcomes.len(), 1);
    assert_eq!(outcomes[0].file, "gmail.v1.json");

    let unknown = Options {
        apis: vec!["drive".to_owned()],
        ..options(&server)
    };
    let error = fetch(dir.path(), &unknown).await.unwrap_err();
    assert!(
        error.contains("`drive` is not a pinned API; pinned: androidenterprise.v1, gmail.v1"),
        "{error}"
    );
}

#[tokio::test]
async fn a_title_with_control_characters_is_taken_only_because_its_crate_is_sound() {
    let dir = pinned(&["history/2023-09/gmail.v1.json"]);
    let server = MockServer::start().await;
    // ESC and NUL pass the model; the whole generator must turn them into a manifest TOML reads.
    let hostile = String::from_utf8(bytes("pinned/gmail.v1.json"))
        .unwrap()
        .replacen(
            "\"title\": \"Gmail API\"",
            "\"title\": \"Gmail\\u001b[31m\\u0000 API\\n```rust\"",
            1,
        );
    serve(&server, "gmail/v1", hostile.clone().into_bytes()).await;

    let outcomes = fetch(dir.path(), &options(&server)).await.unwrap();

    assert!(matches!(outcomes[0].status, Status::Replaced(_)));
    let written = fs::read_to_string(dir.path().join("gmail.v1.json")).unwrap();
    assert_eq!(written, hostile);
    assert!(check_generates("gmail.v1.json", &written).is_ok());
    let manifest = &codegen::generate("gmail.v1.json", &written).unwrap().files["Cargo.toml"];
    assert!(
        manifest
            .contains("description = \"Typed async client for the Gmail [31m  API ```rust (v1),"),
        "{manifest}"
    );
    assert_eq!(check_manifest(manifest), Ok(()));
}
