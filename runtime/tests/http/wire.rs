//! What goes on the wire as Google's own clients send it: compression, `prettyPrint`, the quota
//! project, extra headers, `X-Goog-Api-Version`, and the limits on time and size.

use std::io::Write as _;
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use google_api_runtime::auth::{AuthError, Credential, Secret, TokenProvider};
use google_api_runtime::{Call, Error, MethodInfo};
use http::Method;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).expect("compress");
    encoder.finish().expect("compress")
}

async fn server_answering(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

fn get_thing(client: &google_api_runtime::Client) -> Call {
    let mut call = Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call
}

/// A page of 500 users shaped as the Admin SDK answers `users.list` (the fields of a real
/// answer, with ids, names, dates and etags that vary as real ones do), as JSON text,
/// pretty-printed when `pretty`.
fn users_page(pretty: bool) -> Vec<u8> {
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let users: Vec<serde_json::Value> = (0..500)
        .map(|i| {
            let (given, family) = (format!("G{:x}", next() % 0xfffff), format!("F{:x}", next() % 0xffffff));
            let email = format!("{}.{}@example.com", given.to_lowercase(), family.to_lowercase());
            json!({
                "kind": "admin#directory#user",
                "id": format!("{}", 100_000_000_000_000_000_000u128 + u128::from(next() % 10_u64.pow(18))),
                "etag": format!("\"{:016x}{:016x}/{:016x}\"", next(), next(), next()),
                "primaryEmail": email,
                "name": {"givenName": given, "familyName": family, "fullName": format!("{given} {family}")},
                "isAdmin": i % 50 == 0, "isDelegatedAdmin": false,
                "lastLoginTime": format!("2026-{:02}-{:02}T{:02}:{:02}:{:02}.000Z", next() % 12 + 1, next() % 28 + 1, next() % 24, next() % 60, next() % 60),
                "creationTime": format!("20{:02}-{:02}-{:02}T{:02}:{:02}:{:02}.000Z", next() % 10 + 15, next() % 12 + 1, next() % 28 + 1, next() % 24, next() % 60, next() % 60),
                "agreedToTerms": true, "suspended": false, "archived": false,
                "changePasswordAtNextLogin": false, "ipWhitelisted": false,
                "emails": [{"address": email, "primary": true}, {"address": format!("{:x}@example.test.google.com", next())}],
                "languages": [{"languageCode": "en", "preference": "preferred"}],
                "nonEditableAliases": [format!("{:x}@example.test.google.com", next())],
                "customerId": "C01abc2de", "orgUnitPath": "/Sales",
                "isMailboxSetup": true, "isEnrolledIn2Sv": i % 3 == 0, "isEnforcedIn2Sv": false,
                "includeInGlobalAddressList": true,
                "thumbnailPhotoUrl": format!("https://lh3.googleusercontent.com/a-/{:016x}{:016x}=s96-c", next(), next()),
                "thumbnailPhotoEtag": format!("\"{:016x}\"", next()),
                "recoveryEmail": format!("{:x}@example.org", next())
            })
        })
        .collect();
    let page = json!({"kind": "admin#directory#users", "etag": "\"page\"", "users": users, "nextPageToken": "Q0FFU0FB"});
    if pretty {
        serde_json::to_vec_pretty(&page).expect("json")
    } else {
        serde_json::to_vec(&page).expect("json")
    }
}

#[tokio::test]
async fn gzip_answers_are_asked_for_and_decoded() {
    let pretty = users_page(true);
    let plain = users_page(false);
    let compressed = gzip(&plain);
    // What a 500-user page costs on the wire: before (pretty-printed, uncompressed) and now
    // (`prettyPrint=false`, gzip). Shown with `--nocapture`.
    println!(
        "500-user page: {} bytes pretty-printed, {} compact, {} compact and gzipped ({:.1}x less)",
        pretty.len(),
        plain.len(),
        compressed.len(),
        pretty.len() as f64 / compressed.len() as f64
    );
    assert!(compressed.len() * 4 < pretty.len());
    let server = server_answering(
        ResponseTemplate::new(200)
            .insert_header("content-encoding", "gzip")
            .insert_header("content-type", "application/json")
            .set_body_raw(compressed, "application/json"),
    )
    .await;
    let answer: serde_json::Value = get_thing(&client(&server)).send().await.expect("decoded");
    let expected: serde_json::Value = serde_json::from_slice(&plain).expect("json");
    assert_eq!(answer, expected);
    let requests = received(&server).await;
    assert_eq!(header(&requests[0], "accept-encoding"), Some("gzip"));
    let user_agent = header(&requests[0], "user-agent").expect("user agent");
    assert!(user_agent.ends_with(" (gzip)"), "{user_agent}");
}

#[tokio::test]
async fn a_corrupt_gzip_answer_is_a_transport_error() {
    let mut broken = gzip(br#"{"id": "t1"}"#);
    let middle = broken.len() / 2;
    broken[middle] ^= 0xff;
    broken.truncate(broken.len() - 3);
    let server = server_answering(
        ResponseTemplate::new(200)
            .insert_header("content-encoding", "gzip")
            .set_body_raw(broken, "application/json"),
    )
    .await;
    let client = builder(&server).retry(fast_retries(2)).build();
    let err = get_thing(&client)
        .send::<serde_json::Value>()
        .await
        .expect_err("corrupt");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

#[tokio::test]
async fn an_answer_without_content_encoding_is_read_as_it_is() {
    let server =
        server_answering(ResponseTemplate::new(200).set_body_json(json!({"id": "t1"}))).await;
    let answer: serde_json::Value = get_thing(&client(&server)).send().await.expect("plain");
    assert_eq!(answer, json!({"id": "t1"}));
}

#[tokio::test]
async fn bodies_read_into_memory_are_limited() {
    let server = server_answering(
        ResponseTemplate::new(200).set_body_json(json!({"data": "x".repeat(5000)})),
    )
    .await;
    let client = builder(&server).max_response_size(1000).build();
    let err = get_thing(&client)
        .send::<serde_json::Value>()
        .await
        .expect_err("too large");
    let Error::Transport { source, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(source.is_too_large(), "{source:?}");
    assert!(chain(&err).contains("limit of 1000 bytes"), "{err}");
    assert!(!err.is_retryable());
    assert_eq!(
        received(&server).await.len(),
        1,
        "a size limit is not retried"
    );

    // The limit applies to the decoded body: a small compressed answer that inflates past it
    // is refused too.
    let padding = " ".repeat(1 << 20);
    let bomb = gzip(format!(r#"{{"pad": "{padding}"}}"#).as_bytes());
    assert!(bomb.len() < 4096);
    let server = server_answering(
        ResponseTemplate::new(200)
            .insert_header("content-encoding", "gzip")
            .set_body_raw(bomb, "application/json"),
    )
    .await;
    let client = builder(&server).max_response_size(64 << 10).build();
    let err = get_thing(&client)
        .send::<serde_json::Value>()
        .await
        .expect_err("too large once decoded");
    assert!(chain(&err).contains("limit of 65536 bytes"), "{err}");

    // Without a limit, the same answer is read.
    let client = builder(&server).max_response_size(None).build();
    let answer: serde_json::Value = get_thing(&client).send().await.expect("read whole");
    assert_eq!(answer["pad"].as_str().map(str::len), Some(1 << 20));
}

#[tokio::test]
async fn error_bodies_are_read_only_in_part() {
    let message = "m".repeat(100 << 10);
    let server = server_answering(
        ResponseTemplate::new(400)
            .set_body_json(json!({"error": {"code": 400, "message": message}})),
    )
    .await;
    let err = get_thing(&client(&server))
        .send_empty()
        .await
        .expect_err("400");
    let api = err.as_api_error().expect("an API error");
    assert_eq!(api.status, http::StatusCode::BAD_REQUEST);
    assert!(api.body.len() <= 16 << 10, "{}", api.body.len());
    assert!(!api.body.is_empty());
}

/// A token provider whose credentials name a quota project, as a file with `quota_project_id`.
#[derive(Debug)]
struct ProjectCredentials;

impl TokenProvider for ProjectCredentials {
    fn credential<'a>(
        &'a self,
        _scopes: &'a [&'static str],
    ) -> futures::future::BoxFuture<'a, Result<Credential, AuthError>> {
        Box::pin(async { Ok(Credential::Bearer(Secret::new(TOKEN))) })
    }

    fn quota_project(&self) -> Option<&str> {
        Some("from-credentials")
    }
}

#[tokio::test]
async fn the_quota_project_is_sent_as_x_goog_user_project() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    // From the credentials.
    let client = builder(&server).auth(ProjectCredentials).build();
    get_thing(&client).send_empty().await.expect("sent");
    // Set on the client: it wins.
    let client = builder(&server)
        .auth(ProjectCredentials)
        .quota_project("billing-42")
        .build();
    get_thing(&client).send_empty().await.expect("sent");
    // Set on one call, as any header.
    let mut call = get_thing(&client);
    call.header("X-Goog-User-Project", "this-call-only");
    call.send_empty().await.expect("sent");

    let requests = received(&server).await;
    let projects: Vec<_> = requests
        .iter()
        .map(|r| header(r, "x-goog-user-project"))
        .collect();
    assert_eq!(
        projects,
        [
            Some("from-credentials"),
            Some("billing-42"),
            Some("this-call-only")
        ]
    );
    assert!(requests
        .iter()
        .all(|r| r.headers.get_all("x-goog-user-project").iter().count() == 1));
}

#[tokio::test]
async fn extra_headers_from_the_client_and_the_call() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    let client = builder(&server)
        .header("X-Goog-Request-Reason", "ticket-7")
        .header("If-None-Match", "\"client\"")
        .build();
    let mut call = get_thing(&client);
    call.header("If-None-Match", "\"call\"");
    call.header(
        http::header::IF_MATCH,
        http::HeaderValue::from_static("\"etag-3\""),
    );
    call.send_empty().await.expect("sent");
    let requests = received(&server).await;
    let request = &requests[0];
    assert_eq!(header(request, "x-goog-request-reason"), Some("ticket-7"));
    assert_eq!(header(request, "if-match"), Some("\"etag-3\""));
    // The call's value replaces the client's: one header, never two.
    let none_match: Vec<_> = request.headers.get_all("if-none-match").iter().collect();
    assert_eq!(none_match, ["\"call\""]);
}

#[tokio::test]
async fn headers_the_runtime_owns_are_refused_before_sending() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    for name in ["Authorization", "Content-Length", "Host", "Content-Type"] {
        let mut call = get_thing(&client(&server));
        call.header(name, "x");
        let err = call.send_empty().await.expect_err("refused");
        let Error::InvalidArgument { message, .. } = &err else {
            panic!("{err:?}")
        };
        assert!(message.contains(name), "{message}");

        let client = builder(&server).header(name, "x").build();
        let err = get_thing(&client).send_empty().await.expect_err("refused");
        assert!(err.to_string().contains(name), "{err}");
    }
    let mut call = get_thing(&client(&server));
    call.header("X-Note", "line\r\nX-Injected: yes");
    call.send_empty().await.expect_err("refused");
    assert!(received(&server).await.is_empty(), "nothing was sent");
}

static VERSIONED: MethodInfo = MethodInfo {
    id: "example.things.getVersioned",
    http_method: Method::GET,
    path: "users/{userId}/things/{thingId}",
    scopes: &[SCOPE],
    api_version: Some("v1_20261001"),
};

#[tokio::test]
async fn a_methods_api_version_is_sent_as_x_goog_api_version() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    let mut call = Call::new(&client(&server), &VERSIONED);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call.send_empty().await.expect("sent");
    get_thing(&client(&server))
        .send_empty()
        .await
        .expect("sent");
    let requests = received(&server).await;
    assert_eq!(
        header(&requests[0], "x-goog-api-version"),
        Some("v1_20261001")
    );
    assert_eq!(header(&requests[1], "x-goog-api-version"), None);
}

/// A server that answers every connection with the head of a `length`-byte body, then sends it
/// in `pieces` pieces `gap` apart.
async fn trickling_server(pieces: usize, gap: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {pieces}\r\n\r\n"
                );
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                for _ in 0..pieces {
                    tokio::time::sleep(gap).await;
                    if socket.write_all(b"x").await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{address}/")
}

static DOWNLOAD: MethodInfo = MethodInfo {
    id: "example.things.download",
    http_method: Method::GET,
    path: "users/{userId}/things/{thingId}",
    scopes: &[SCOPE],
    api_version: None,
};

fn download_call(root: &str, timeout: Duration) -> Call {
    let client = google_api_runtime::Client::builder(&API)
        .root_url(root)
        .retry(fast_retries(1))
        .timeout(timeout)
        .build();
    let mut call = Call::new(&client, &DOWNLOAD);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call
}

#[tokio::test]
async fn a_download_is_not_cut_off_while_data_flows() {
    // Ten pieces 150 ms apart take 1.5 s, past the time limit of 1 s, but no wait comes near it.
    let root = trickling_server(10, Duration::from_millis(150)).await;
    let download = download_call(&root, Duration::from_secs(1))
        .download()
        .await
        .expect("head arrives");
    assert_eq!(
        download.bytes().await.expect("whole body"),
        Bytes::from("x".repeat(10))
    );
}

#[tokio::test]
async fn a_download_that_stalls_times_out() {
    let root = trickling_server(3, Duration::from_millis(800)).await;
    let download = download_call(&root, Duration::from_millis(200))
        .download()
        .await
        .expect("head arrives");
    let mut stream = Box::pin(download);
    let err = loop {
        match stream.next().await {
            Some(Ok(_)) => continue,
            Some(Err(e)) => break e,
            None => panic!("the body should have timed out"),
        }
    };
    assert!(err.is_timeout(), "{err:?}");
}

#[tokio::test]
async fn downloads_ask_for_the_bytes_as_stored() {
    let server =
        server_answering(ResponseTemplate::new(200).set_body_bytes(b"media".to_vec())).await;
    let download = get_thing(&client(&server))
        .download()
        .await
        .expect("download");
    assert_eq!(download.bytes().await.expect("body"), Bytes::from("media"));
    let requests = received(&server).await;
    assert_eq!(header(&requests[0], "accept-encoding"), None);
    assert_eq!(requests[0].url.query(), Some("alt=media&prettyPrint=false"));
}
