//! What goes on the wire: method, path, query, headers and body.

use google_api_runtime::auth::ApiKey;
use google_api_runtime::Call;
use serde::Serialize;
use serde_json::json;
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

#[tokio::test]
async fn get_sends_path_query_and_standard_headers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/example/v1/users/me/things/a%20b%2Fc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "1"})))
        .expect(1)
        .mount(&server)
        .await;

    let mut call = Call::new(&client(&server), &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "a b/c");
    call.query("fields", "id,name");
    call.query_repeated("labelIds", ["INBOX".to_owned(), "a&b=c".to_owned()]);
    call.query("q", "from:x@y.com is:unread");
    let _: serde_json::Value = call.send().await.expect("call succeeds");

    let requests = received(&server).await;
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, http::Method::GET);
    assert_eq!(
        request.url.query(),
        Some("fields=id%2Cname&labelIds=INBOX&labelIds=a%26b%3Dc&q=from%3Ax%40y.com%20is%3Aunread&prettyPrint=false")
    );
    let labels: Vec<String> = request
        .url
        .query_pairs()
        .filter(|(k, _)| k == "labelIds")
        .map(|(_, v)| v.into_owned())
        .collect();
    assert_eq!(labels, ["INBOX", "a&b=c"]);
    assert_eq!(
        header(request, "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(
        header(request, "user-agent"),
        Some(
            format!(
                "google-example-v1/0.4.2 google-api-runtime/{} (gzip)",
                env!("CARGO_PKG_VERSION")
            )
            .as_str()
        )
    );
    let api_client = header(request, "x-goog-api-client").expect("x-goog-api-client");
    // After the tags of the attempt (see tests/operations): `gccl-invocation-id/<uuid>
    // gccl-attempt-count/1`.
    let rustc = api_client
        .split_once(" gccl-attempt-count/1 ")
        .and_then(|(tag, rest)| tag.starts_with("gccl-invocation-id/").then_some(rest))
        .and_then(|rest| rest.strip_prefix("gl-rust/"))
        .and_then(|rest| rest.strip_suffix(" gdcl/0.4.2"))
        .unwrap_or_else(|| panic!("{api_client}"));
    assert!(rustc.starts_with("1."), "{api_client}");
    assert_eq!(header(request, "accept-encoding"), Some("gzip"));
    assert_eq!(header(request, "x-goog-user-project"), None);
    assert_eq!(header(request, "x-goog-api-version"), None);
    assert_eq!(header(request, "content-type"), None);
    assert_eq!(
        header(request, "content-length"),
        None,
        "a GET has no body to measure"
    );
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn reserved_expansion_keeps_slashes() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let mut call = Call::new(&client(&server), &GET_NAMED);
    call.path_param("name", "enterprises/e1/devices/d 1?x#y");
    call.send_empty().await.expect("call succeeds");
    let requests = received(&server).await;
    assert_eq!(
        requests[0].url.path(),
        "/example/v1/v1/enterprises/e1/devices/d%201%3Fx%23y"
    );
    assert_eq!(requests[0].url.query(), Some("prettyPrint=false"));
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NewThing {
    display_name: String,
    size: u32,
}

#[tokio::test]
async fn post_sends_json_body_with_content_type() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/example/v1/users/me/things"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "t1"})))
        .expect(1)
        .mount(&server)
        .await;
    let mut call = Call::new(&client(&server), &CREATE_THING);
    call.path_param("userId", "me");
    call.json_body(&NewThing {
        display_name: "Zoë".into(),
        size: 3,
    });
    let created: serde_json::Value = call.send().await.expect("call succeeds");
    assert_eq!(created, json!({"id": "t1"}));

    let requests = received(&server).await;
    let request = &requests[0];
    assert_eq!(header(request, "content-type"), Some("application/json"));
    let body: serde_json::Value = request.body_json().expect("JSON body");
    assert_eq!(body, json!({"displayName": "Zoë", "size": 3}));
}

#[tokio::test]
async fn post_without_body_sends_zero_content_length() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let mut call = Call::new(&client(&server), &CREATE_THING);
    call.path_param("userId", "me");
    call.send_empty().await.expect("call succeeds");
    let requests = received(&server).await;
    assert_eq!(header(&requests[0], "content-length"), Some("0"));
    assert_eq!(
        requests[0].headers.get_all("content-length").iter().count(),
        1
    );
    assert_eq!(header(&requests[0], "content-type"), None);
}

#[tokio::test]
async fn api_key_is_sent_as_key_parameter() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = builder(&server).auth(ApiKey::new("AIza key/+")).build();
    let mut call = Call::new(&client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    call.query("alt", "json");
    call.send_empty().await.expect("call succeeds");

    // A `key` set on the call itself wins over the credential.
    let mut explicit = Call::new(&client, &GET_THING);
    explicit.path_param("userId", "me");
    explicit.path_param("thingId", "2");
    explicit.query("key", "explicit");
    explicit.send_empty().await.expect("call succeeds");

    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    let pairs: Vec<(String, String)> = requests[0]
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("alt".to_owned(), "json".to_owned()),
            ("prettyPrint".to_owned(), "false".to_owned()),
            ("key".to_owned(), "AIza key/+".to_owned())
        ]
    );
    assert_eq!(header(&requests[0], "authorization"), None);
    assert_eq!(
        requests[1].url.query(),
        Some("key=explicit&prettyPrint=false")
    );
}

#[tokio::test]
async fn no_auth_sends_no_credentials() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = builder(&server).user_agent("my-tool/9").build();
    let mut call = Call::new(&client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    call.send_empty().await.expect("call succeeds");
    let requests = received(&server).await;
    assert_eq!(header(&requests[0], "authorization"), None);
    assert_eq!(requests[0].url.query(), Some("prettyPrint=false"));
    assert_eq!(header(&requests[0], "user-agent"), Some("my-tool/9 (gzip)"));
}

#[tokio::test]
async fn provider_is_told_the_method_scopes() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let (provider, client) = counting_client(&server.uri(), fast_retries(3));
    let mut call = Call::new(&client, &DELETE_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    call.send_empty().await.expect("call succeeds");
    assert_eq!(provider.count(), 1);
    let scopes = provider
        .scopes
        .lock()
        .map(|s| s.clone())
        .unwrap_or_default();
    assert_eq!(scopes, [SCOPE]);
    assert_eq!(received(&server).await[0].method, http::Method::DELETE);
}

#[tokio::test]
async fn calls_can_be_spawned() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"n": 1})))
        .mount(&server)
        .await;
    let mut call = Call::new(&client(&server), &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    // `tokio::spawn` needs a `Send + 'static` future.
    let value = tokio::spawn(call.clone().send::<serde_json::Value>())
        .await
        .expect("task completes")
        .expect("call succeeds");
    assert_eq!(value, json!({"n": 1}));
    tokio::spawn(call.send_empty())
        .await
        .expect("task completes")
        .expect("call succeeds");
}

/// A time limit too long to be an instant is no limit: `Duration::MAX` panicked on the first
/// request (the deadline overflowed).
#[tokio::test]
async fn the_longest_timeout_is_no_timeout() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"n": 2})))
        .mount(&server)
        .await;
    for stream in [false, true] {
        let client = builder(&server)
            .auth(google_api_runtime::auth::StaticToken::new(TOKEN))
            .timeout(std::time::Duration::MAX)
            .build();
        let mut call = Call::new(&client, &GET_THING);
        call.path_param("userId", "me");
        call.path_param("thingId", "1");
        if stream {
            let response = call.send_raw().await.expect("call succeeds");
            assert_eq!(response.bytes().await.expect("body"), r#"{"n":2}"#);
        } else {
            assert_eq!(
                call.send::<serde_json::Value>().await.unwrap(),
                json!({"n": 2})
            );
        }
    }
}
