//! `Call::download`: `alt=media` on the wire, the body as a stream.

use futures::StreamExt;
use google_api_runtime::{Call, Client, Error};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

fn get(client: &Client) -> Call {
    let mut call = Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "t1");
    call.query("acknowledgeAbuse", "true");
    call
}

fn media() -> Vec<u8> {
    (0..3_000_000u32).map(|i| (i % 253) as u8).collect()
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/example/v1/users/me/things/t1"))
        .and(query_param("alt", "media"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(media(), "image/png"))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn streams_the_media() {
    let server = server().await;
    let (_, client) = client(&server.uri());
    let future = get(&client).download();
    assert_send(&future);
    let mut download = future.await.expect("download starts");
    assert_send_unpin(&download);
    assert_eq!(download.content_type(), Some("image/png"));
    assert_eq!(download.content_length(), Some(3_000_000));
    let mut received = Vec::new();
    let mut chunks = 0;
    while let Some(chunk) = download.next().await {
        received.extend_from_slice(&chunk.expect("chunk"));
        chunks += 1;
    }
    assert!(chunks > 1, "the body arrives in pieces");
    assert_eq!(received, media());

    let seen = server.received_requests().await.unwrap_or_default();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].url.query(),
        Some("acknowledgeAbuse=true&alt=media&prettyPrint=false")
    );
}

#[tokio::test]
async fn bytes_reads_it_all() {
    let server = server().await;
    let (_, client) = client(&server.uri());
    let download = get(&client).download().await.expect("download starts");
    assert_eq!(download.bytes().await.expect("body"), media());
}

#[tokio::test]
async fn an_error_status_is_an_api_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({
            "error": {"code": 404, "message": "No such thing.", "status": "NOT_FOUND"}
        })))
        .mount(&server)
        .await;
    let (_, client) = client(&server.uri());
    let err = get(&client).download().await.expect_err("not found");
    let Error::Api(api) = &err else {
        panic!("expected an API error, got {err:?}");
    };
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.message, "No such thing.");
}

/// What the media server of [`media_server`] does to a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Serve {
    /// Answers with the media (or the part `Range` asks for).
    Media,
    /// Like `Media`, but closes the connection after sending this many body bytes.
    CutAfter(usize),
    /// Answers `status` with `Location: {location}` (a path on the same server, or a whole URL
    /// in which `{port}` stands for the server's port).
    Redirect(u16, &'static str),
    /// Answers the whole media with 200 whatever `Range` says.
    IgnoreRange,
    /// Answers 206 from another byte than the one asked for.
    WrongStart,
}

/// One request as the media server saw it: the request target and its headers (lower-case).
#[derive(Clone, Debug)]
struct Seen {
    target: String,
    headers: Vec<(String, String)>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A server of `media()` that does to its requests, in order, what `plan` says (the last step
/// repeats), and records them. Returns its root URL, `http://127.0.0.1:PORT`.
async fn media_server(plan: Vec<Serve>) -> (String, std::sync::Arc<std::sync::Mutex<Vec<Seen>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Seen>::new()));
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let record = record.clone();
            let plan = plan.clone();
            tokio::spawn(async move {
                let mut socket = BufReader::new(socket);
                loop {
                    let mut line = String::new();
                    if socket.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let target = line
                        .split_whitespace()
                        .nth(1)
                        .unwrap_or_default()
                        .to_owned();
                    let mut headers = Vec::new();
                    loop {
                        let mut header = String::new();
                        if socket.read_line(&mut header).await.unwrap_or(0) == 0 {
                            return;
                        }
                        let header = header.trim_end();
                        if header.is_empty() {
                            break;
                        }
                        if let Some((n, v)) = header.split_once(':') {
                            headers.push((n.trim().to_ascii_lowercase(), v.trim().to_owned()));
                        }
                    }
                    let request = Seen { target, headers };
                    let step = {
                        let mut all = record.lock().expect("lock");
                        all.push(request.clone());
                        plan[(all.len() - 1).min(plan.len() - 1)]
                    };
                    let media = media();
                    let total = media.len();
                    let asked = request
                        .header("range")
                        .and_then(|r| r.strip_prefix("bytes="))
                        .and_then(|r| r.split_once('-'))
                        .map(|(a, b)| {
                            let first: usize = a.parse().unwrap_or(0);
                            let last: usize = b.parse().unwrap_or(total - 1).min(total - 1);
                            (first, last)
                        });
                    let (head, body, cut) = match (step, asked) {
                        (Serve::Redirect(status, location), _) => (
                            format!(
                                "HTTP/1.1 {status} Moved\r\nLocation: {}\r\ncontent-length: 0\r\n",
                                location.replace("{port}", &address.port().to_string())
                            ),
                            Vec::new(),
                            None,
                        ),
                        (Serve::IgnoreRange, _) | (_, None) => (
                            format!("HTTP/1.1 200 OK\r\ncontent-type: image/png\r\ncontent-length: {total}\r\n"),
                            media,
                            match step {
                                Serve::CutAfter(n) => Some(n),
                                _ => None,
                            },
                        ),
                        (_, Some((first, last))) => {
                            let first = if step == Serve::WrongStart { first + 1 } else { first };
                            (
                                format!(
                                    "HTTP/1.1 206 Partial Content\r\ncontent-type: image/png\r\ncontent-range: bytes {first}-{last}/{total}\r\ncontent-length: {}\r\n",
                                    last + 1 - first
                                ),
                                media[first..=last].to_vec(),
                                match step {
                                    Serve::CutAfter(n) => Some(n),
                                    _ => None,
                                },
                            )
                        }
                    };
                    let stream = socket.get_mut();
                    if stream.write_all(head.as_bytes()).await.is_err()
                        || stream.write_all(b"\r\n").await.is_err()
                    {
                        return;
                    }
                    match cut {
                        Some(n) => {
                            let _ = stream.write_all(&body[..n.min(body.len())]).await;
                            let _ = stream.flush().await;
                            return;
                        }
                        None => {
                            if stream.write_all(&body).await.is_err() {
                                return;
                            }
                        }
                    }
                }
            });
        }
    });
    (format!("http://{address}"), seen)
}

#[tokio::test]
async fn redirects_are_followed_and_another_host_gets_no_credential() {
    let (root, seen) = media_server(vec![
        Serve::Redirect(302, "/elsewhere/t1?alt=media"),
        // `localhost` reaches the same server under another name: another origin.
        Serve::Redirect(307, "http://localhost:{port}/signed/t1?sig=abc"),
        Serve::Media,
    ])
    .await;
    let (_, client) = crate::common::client(&root);
    let download = get(&client).download().await.expect("followed");
    assert_eq!(download.bytes().await.expect("body").to_vec(), media());
    let seen = seen.lock().expect("lock").clone();
    let targets: Vec<&str> = seen.iter().map(|r| r.target.as_str()).collect();
    assert_eq!(
        targets,
        [
            "/example/v1/users/me/things/t1?acknowledgeAbuse=true&alt=media&prettyPrint=false",
            "/elsewhere/t1?alt=media",
            "/signed/t1?sig=abc",
        ]
    );
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(seen[0].header("authorization"), Some(bearer.as_str()));
    assert_eq!(
        seen[1].header("authorization"),
        Some(bearer.as_str()),
        "same origin"
    );
    assert_eq!(seen[2].header("authorization"), None, "another origin");
}

#[tokio::test]
async fn redirects_are_bounded() {
    let (root, seen) = media_server(vec![Serve::Redirect(301, "/again")]).await;
    let (_, client) = crate::common::client(&root);
    let err = get(&client).download().await.expect_err("a loop");
    assert!(matches!(err, Error::Protocol { .. }), "{err:?}");
    assert!(err.to_string().contains("more than 10 redirects"), "{err}");
    assert_eq!(seen.lock().expect("lock").len(), 11);
}

#[tokio::test]
async fn a_range_asks_for_part_of_the_media() {
    let (root, seen) = media_server(vec![Serve::Media]).await;
    let (_, client) = crate::common::client(&root);
    let mut call = get(&client);
    call.range(1000..2000);
    let part = call
        .download()
        .await
        .expect("206")
        .bytes()
        .await
        .expect("body");
    assert_eq!(part.to_vec(), media()[1000..2000].to_vec());
    let mut call = get(&client);
    call.range(2_999_990..);
    let tail = call
        .download()
        .await
        .expect("206")
        .bytes()
        .await
        .expect("body");
    assert_eq!(tail.to_vec(), media()[2_999_990..].to_vec());
    let ranges: Vec<Option<String>> = seen
        .lock()
        .expect("lock")
        .iter()
        .map(|r| r.header("range").map(str::to_owned))
        .collect();
    assert_eq!(
        ranges,
        [
            Some("bytes=1000-1999".to_owned()),
            Some("bytes=2999990-".to_owned())
        ]
    );

    let mut empty = get(&client);
    empty.range(5..5);
    let err = empty.download().await.expect_err("empty");
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
}

#[tokio::test]
async fn an_answer_to_a_range_must_start_where_asked() {
    for serve in [Serve::IgnoreRange, Serve::WrongStart] {
        let (root, _) = media_server(vec![serve]).await;
        let (_, client) = crate::common::client(&root);
        let mut call = get(&client);
        call.range(10..20);
        let err = call.download().await.expect_err("not the bytes asked for");
        assert!(matches!(err, Error::Protocol { .. }), "{serve:?}: {err:?}");
        assert!(err.to_string().contains("Content-Range"), "{err}");
    }
}

#[tokio::test]
async fn a_body_cut_off_is_resumed_from_the_next_byte() {
    let (root, seen) = media_server(vec![
        Serve::CutAfter(1_000_000),
        Serve::CutAfter(500_000),
        Serve::Media,
    ])
    .await;
    let (_, client) = crate::common::client(&root);
    let download = get(&client).download().await.expect("starts");
    assert_eq!(download.content_length(), Some(3_000_000));
    let body = download.bytes().await.expect("resumed twice");
    assert_eq!(body.len(), 3_000_000);
    assert!(body.to_vec() == media(), "byte-exact");
    let seen = seen.lock().expect("lock").clone();
    let ranges: Vec<Option<&str>> = seen.iter().map(|r| r.header("range")).collect();
    assert_eq!(
        ranges,
        [None, Some("bytes=1000000-"), Some("bytes=1500000-")]
    );
    assert!(seen
        .iter()
        .all(|r| r.target.ends_with("alt=media&prettyPrint=false")));

    // Within a range, the resumed request keeps its end.
    let (root, seen) = media_server(vec![Serve::CutAfter(100), Serve::Media]).await;
    let (_, ranged) = crate::common::client(&root);
    let mut call = get(&ranged);
    call.range(1000..=1999);
    let part = call
        .download()
        .await
        .expect("starts")
        .bytes()
        .await
        .expect("resumed");
    assert_eq!(part.to_vec(), media()[1000..2000].to_vec());
    let ranges: Vec<Option<String>> = seen
        .lock()
        .expect("lock")
        .iter()
        .map(|r| r.header("range").map(str::to_owned))
        .collect();
    assert_eq!(
        ranges,
        [
            Some("bytes=1000-1999".to_owned()),
            Some("bytes=1100-1999".to_owned())
        ]
    );
}

#[tokio::test]
async fn resuming_gives_up_within_the_retry_policy_or_on_a_wrong_answer() {
    // Always cut before any byte: no progress, so the policy's four attempts end it.
    let (root, seen) = media_server(vec![Serve::CutAfter(1_000), Serve::CutAfter(0)]).await;
    let (_, client) = crate::common::client(&root);
    let download = get(&client).download().await.expect("starts");
    let err = download.bytes().await.expect_err("gives up");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(seen.lock().expect("lock").len(), 4);

    // A server that answers the resumed request from byte 0 would repeat bytes: refused.
    let (root, _) = media_server(vec![Serve::CutAfter(1_000), Serve::IgnoreRange]).await;
    let (_, ignoring) = crate::common::client(&root);
    let download = get(&ignoring).download().await.expect("starts");
    let err = download.bytes().await.expect_err("wrong answer");
    assert!(matches!(err, Error::Protocol { .. }), "{err:?}");
}
