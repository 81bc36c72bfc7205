//! `add_alias` tested as a downstream crate tests its code: offline, three ways.
//!
//! - With the runtime's fake transport (`FakeHttp`): the test says which request it expects and
//!   what the API answers; a request that differs fails the test with a diff.
//! - With a recording replayed (`tests/recordings/add_alias.json`): exchanges recorded once with
//!   the `Recorder`, credentials scrubbed, played back. The committed recording was made by
//!   `UPDATE_RECORDINGS=1 cargo test -p directory-aliases-example` against a local stand-in of the
//!   Directory API (no test here reaches Google); pointed at the real API with real credentials,
//!   the same test records the real thing.
//! - Through the service's own reqwest client to a local server, as in production.

use directory_aliases_example::{add_alias, builder_over, Added};
use google_admin_directory_v1::runtime::auth::StaticToken;
use google_admin_directory_v1::runtime::testing::{Answer, Expect, FakeHttp, Recorder, Replay};
use google_admin_directory_v1::runtime::transport::HttpClient;
use google_admin_directory_v1::Client;
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const USER: &str = "ada@example.com";
const ALIAS: &str = "countess@example.com";
const ALIASES_PATH: &str = "/admin/directory/v1/users/ada@example.com/aliases";
/// The same path as it goes on the wire (`@` percent-encoded), for the stand-in server.
const ALIASES_WIRE_PATH: &str = "/admin/directory/v1/users/ada%40example.com/aliases";
const TOKEN: &str = "ya29.a-token-that-must-not-be-recorded";

fn client_over(http: HttpClient, root: &str) -> Client {
    Client::builder()
        .http_client(http)
        .root_url(root)
        .auth(StaticToken::new(TOKEN))
        .build()
}

fn created() -> serde_json::Value {
    json!({ "kind": "admin#directory#alias", "primaryEmail": USER, "alias": ALIAS })
}

#[tokio::test]
async fn a_new_alias_is_created() {
    let fake = FakeHttp::new();
    fake.expect(
        Expect::post(ALIASES_PATH)
            .no_query()
            .header("authorization", format!("Bearer {TOKEN}"))
            .json(json!({ "alias": ALIAS }))
            .answer(Answer::json(200, created())),
    );
    let client = client_over(fake.http_client(), "https://admin.googleapis.com/");
    let added = add_alias(&client, USER, ALIAS).await.unwrap();
    assert_eq!(added, Added::Created(ALIAS.to_owned()));
    fake.verify();
}

#[tokio::test]
async fn an_alias_the_user_has_is_not_an_error_but_a_refusal_is() {
    let fake = FakeHttp::new();
    fake.expect(Expect::post(ALIASES_PATH).answer(Answer::error(
        409,
        "duplicate",
        "Entity already exists.",
    )))
    .expect(Expect::post(ALIASES_PATH).answer(Answer::error(
        403,
        "forbidden",
        "Not Authorized to access this resource/api",
    )));
    let client = client_over(fake.http_client(), "https://admin.googleapis.com/");
    assert_eq!(
        add_alias(&client, USER, ALIAS).await.unwrap(),
        Added::AlreadyThere
    );
    let refused = add_alias(&client, USER, ALIAS).await.unwrap_err();
    assert!(refused.to_string().contains("403"), "{refused}");
    fake.verify();
}

#[tokio::test]
async fn a_request_other_than_the_expected_one_fails_with_a_diff() {
    let fake = FakeHttp::new();
    fake.expect(Expect::post(ALIASES_PATH).json(json!({ "alias": "someone-else@example.com" })));
    let client = client_over(fake.http_client(), "https://admin.googleapis.com/");
    let error = add_alias(&client, USER, ALIAS).await.unwrap_err();
    let shown = format!("{:?}", std::error::Error::source(&error));
    assert!(shown.contains("someone-else@example.com"), "{shown}");
    let report = std::panic::catch_unwind(|| fake.verify()).unwrap_err();
    let report = report.downcast_ref::<String>().unwrap();
    assert!(
        report.contains("-   \"alias\": \"someone-else@example.com\""),
        "{report}"
    );
    assert!(
        report.contains("+   \"alias\": \"countess@example.com\""),
        "{report}"
    );
}

/// Adds the alias twice: the first call creates it, the second finds it there (the Directory's
/// `409 duplicate`), as the stand-in server and the recordings answer.
async fn adds_the_alias_then_finds_it_there(client: &Client) {
    assert_eq!(
        add_alias(client, USER, ALIAS).await.unwrap(),
        Added::Created(ALIAS.to_owned())
    );
    assert_eq!(
        add_alias(client, USER, ALIAS).await.unwrap(),
        Added::AlreadyThere
    );
}

/// The recording the replay test plays back.
fn recording_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/recordings/add_alias.json")
}

/// A local stand-in of the Directory API for the recorder: creates the alias once, then answers
/// `409 duplicate` as the API does.
async fn directory_stand_in() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(ALIASES_WIRE_PATH))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(body_json(json!({ "alias": ALIAS })))
        .respond_with(ResponseTemplate::new(200).set_body_json(created()))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(ALIASES_WIRE_PATH))
        .respond_with(ResponseTemplate::new(409).set_body_json(json!({
            "error": { "code": 409, "message": "Entity already exists.",
                       "errors": [{ "message": "Entity already exists.", "domain": "global", "reason": "duplicate" }] }
        })))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_recording_keeps_no_credential_and_replays_offline() {
    let server = directory_stand_in().await;
    let recorder = Recorder::new(HttpClient::new());
    let client = client_over(recorder.http_client(), &server.uri());
    adds_the_alias_then_finds_it_there(&client).await;
    assert_eq!(recorder.len(), 2);
    let text = recorder.to_json();
    assert!(!text.contains(TOKEN), "{text}");
    assert!(text.contains("\"REDACTED\""), "{text}");
    if std::env::var_os("UPDATE_RECORDINGS").is_some() {
        // Recorded against the stand-in: its address is replaced by the real API's.
        let text = text.replace(&server.uri(), "https://admin.googleapis.com");
        std::fs::write(recording_path(), text).unwrap();
    }

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("recording.json");
    recorder.save(&file).unwrap();
    drop(server);
    let replay = Replay::load(&file).unwrap();
    let client = client_over(replay.http_client(), "https://admin.googleapis.com/");
    adds_the_alias_then_finds_it_there(&client).await;
    replay.verify();
}

#[tokio::test]
async fn the_committed_recording_replays() {
    let replay = Replay::load(recording_path()).unwrap();
    let client = client_over(replay.http_client(), "https://admin.googleapis.com/");
    adds_the_alias_then_finds_it_there(&client).await;
    replay.verify();
}

#[tokio::test]
async fn the_service_reqwest_client_carries_the_calls() {
    let server = directory_stand_in().await;
    let client = builder_over(reqwest::Client::builder())
        .expect("a reqwest client")
        .root_url(server.uri())
        .auth(StaticToken::new(TOKEN))
        .build();
    adds_the_alias_then_finds_it_there(&client).await;
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}
