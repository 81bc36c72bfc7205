//! Token requests through the caller's stack, and the `testing` feature's recorder on real
//! exchanges: a token exchange and a gzip-compressed answer.

use std::io::Write as _;

use google_api_runtime::auth::AuthorizedUser;
use google_api_runtime::testing::{Recorder, Replay};
use google_api_runtime::{Call, Client, HttpClient};
use serde_json::{json, Value};
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{API, GET_THING};

const REFRESH_TOKEN: &str = "1//refresh-token-secret";
const CLIENT_SECRET: &str = "client-secret-value";
const ACCESS_TOKEN: &str = "ya29.fresh-access-token";

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// A token endpoint and an API method that wants its token, answering gzip-compressed.
async fn token_endpoint_and_api() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(body_string_contains("grant_type=refresh_token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "access_token": ACCESS_TOKEN, "expires_in": 3599 })),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/example/v1/users/me/things/t1"))
        .and(header(
            "authorization",
            format!("Bearer {ACCESS_TOKEN}").as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-encoding", "gzip")
                .set_body_raw(gzip(br#"{"id": "t1", "size": "12"}"#), "application/json"),
        )
        .mount(&server)
        .await;
    server
}

fn client_of(http: HttpClient, root: &str) -> Client {
    let user = AuthorizedUser::new("client-id", CLIENT_SECRET, REFRESH_TOKEN)
        .token_uri(format!("{root}/token"))
        .http_client(http.clone());
    Client::builder(&API)
        .http_client(http)
        .root_url(root)
        .auth(user)
        .build()
}

async fn get_thing(client: &Client) -> Value {
    let mut call = Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call.send().await.unwrap()
}

#[tokio::test]
async fn tokens_are_fetched_through_the_caller_stack() {
    let server = token_endpoint_and_api().await;
    let client = client_of(crate::http_client(), &server.uri());
    assert_eq!(
        get_thing(&client).await,
        json!({ "id": "t1", "size": "12" })
    );
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2, "a token request, then the call");
    assert_eq!(requests[0].url.path(), "/token");
}

#[tokio::test]
async fn a_recording_scrubs_every_credential_and_stores_answers_decoded() {
    let server = token_endpoint_and_api().await;
    let recorder = Recorder::new(crate::http_client());
    assert!(recorder.is_empty());
    let client = client_of(recorder.http_client(), &server.uri());
    assert_eq!(get_thing(&client).await["id"], "t1");
    assert_eq!(recorder.len(), 2);
    assert!(!recorder.is_empty());
    assert!(
        format!("{recorder:?}").contains("exchanges: 2"),
        "{recorder:?}"
    );
    let text = recorder.to_json();
    for secret in [
        REFRESH_TOKEN,
        "refresh-token-secret",
        CLIENT_SECRET,
        ACCESS_TOKEN,
    ] {
        assert!(
            !text.contains(secret),
            "{secret} is in the recording:\n{text}"
        );
    }
    let recording: Value = serde_json::from_str(&text).unwrap();
    let exchanges = recording["exchanges"].as_array().unwrap();
    assert_eq!(exchanges.len(), 2);
    let form = exchanges[0]["request"]["text"].as_str().unwrap();
    assert!(form.contains("refresh_token=REDACTED"), "{form}");
    assert!(form.contains("client_secret=REDACTED"), "{form}");
    assert_eq!(exchanges[0]["response"]["json"]["access_token"], "REDACTED");
    assert_eq!(
        exchanges[1]["request"]["headers"]["authorization"],
        "REDACTED"
    );
    assert_eq!(
        exchanges[1]["response"]["json"],
        json!({ "id": "t1", "size": "12" }),
        "stored decoded"
    );
    assert!(exchanges[1]["response"]["headers"]
        .get("content-encoding")
        .is_none());

    // Saved, then played back offline: the token exchange and the call, in order.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("recording.json");
    recorder.save(&file).unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    let root = server.uri();
    drop(server);
    let replay = Replay::load(&file).unwrap();
    let client = client_of(replay.http_client(), &root);
    assert_eq!(
        get_thing(&client).await,
        json!({ "id": "t1", "size": "12" })
    );
    replay.verify();

    // A replay whose requests were not all made fails its test.
    let unfinished = Replay::from_json(&text).unwrap();
    let report = std::panic::catch_unwind(|| unfinished.verify()).unwrap_err();
    let report = report.downcast_ref::<String>().unwrap();
    assert!(
        report.contains("request 1 never came: POST /token"),
        "{report}"
    );
    assert!(report.contains("request 2 never came: GET"), "{report}");
}
