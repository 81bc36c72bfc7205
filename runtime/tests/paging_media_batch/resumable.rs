//! The resumable upload protocol against a server that injects faults: every byte arrives once
//! (unless the server dropped it and asked for it again), in order, and the upload ends with the
//! method's answer.

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::stream;
use google_api_runtime::{Call, Client, Error, UploadProgress, UploadSource};
use serde_json::{json, Value};

use crate::common::*;
use crate::upload_server::{final_answer, Fault, Sink, UploadServer};

const KIB: usize = 1 << 10;

/// `len` bytes that differ from one 256 KiB chunk to the next.
fn data(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + i / 1000) as u8).collect()
}

async fn server(faults: &[(usize, Fault)]) -> UploadServer {
    UploadServer::start(Sink::Keep(Vec::new()), faults.iter().copied().collect()).await
}

fn insert(client: &Client, source: UploadSource, chunk: usize) -> Call {
    let mut call = Call::new(client, &INSERT_THING);
    call.path_param("userId", "me");
    call.query("visibility", "private");
    call.upload_resumable(&INSERT_UPLOAD, source, "image/png");
    call.upload_chunk_size(chunk);
    call
}

/// Uploads `source` in chunks of `chunk` bytes, and returns the answer and the progress reports.
async fn upload(
    server: &UploadServer,
    source: UploadSource,
    chunk: usize,
    attempts: u32,
) -> (Result<Value, Error>, Vec<UploadProgress>) {
    let (_, client) = client_of(&API, &server.uri(), fast_retries(attempts));
    let mut call = insert(&client, source, chunk);
    let progress = Arc::new(Mutex::new(Vec::new()));
    let seen = progress.clone();
    call.on_progress(move |p| seen.lock().expect("lock").push(p));
    let answer = call.send::<Value>().await;
    let progress = progress.lock().expect("lock").clone();
    (answer, progress)
}

/// The `Content-Range` of every `PUT`, in order.
fn ranges(server: &UploadServer) -> Vec<String> {
    server
        .state()
        .seen
        .iter()
        .filter(|r| r.method == "PUT")
        .map(|r| r.header("content-range").unwrap_or_default().to_owned())
        .collect()
}

fn kept(server: &UploadServer) -> Vec<u8> {
    match &server.state().sink {
        Sink::Keep(bytes) => bytes.clone(),
        Sink::Check { .. } => Vec::new(),
    }
}

#[tokio::test]
async fn uploads_in_chunks_with_metadata_and_progress() {
    let server = server(&[]).await;
    let bytes = data(1024 * KIB + 123);
    let (_, client) = client(&server.uri());
    let mut call = insert(
        &client,
        UploadSource::from_bytes(Bytes::from(bytes.clone())),
        256 * KIB,
    );
    call.json_body(&json!({"name": "photo"}));
    let progress = Arc::new(Mutex::new(Vec::new()));
    let seen = progress.clone();
    call.on_progress(move |p| seen.lock().expect("lock").push(p));
    let future = call.send::<Value>();
    assert_send(&future);
    let answer = future.await.expect("uploaded");
    assert_eq!(
        answer,
        serde_json::from_str::<Value>(&final_answer(1_048_699)).expect("json")
    );
    assert_eq!(kept(&server), bytes);

    let state = server.state();
    let start = &state.seen[0];
    assert_eq!(start.method, "POST");
    assert_eq!(
        start.target,
        "/upload/example/v1/users/me/things?visibility=private&uploadType=resumable&prettyPrint=false",
        "the session starts on the simple upload path, as Google's Go and Python clients start it"
    );
    assert_eq!(start.header("x-upload-content-type"), Some("image/png"));
    assert_eq!(start.header("x-upload-content-length"), Some("1048699"));
    assert_eq!(start.header("content-type"), Some("application/json"));
    assert_eq!(start.body, br#"{"name":"photo"}"#);
    let bearer = format!("Bearer {TOKEN}");
    for request in &state.seen {
        assert_eq!(request.header("authorization"), Some(bearer.as_str()));
    }
    for chunk in &state.seen[1..] {
        assert_eq!(chunk.method, "PUT");
        assert_eq!(chunk.target, "/upload/session?upload_id=u-1");
    }
    assert!(state.violations.is_empty(), "{:?}", state.violations);
    drop(state);
    assert_eq!(
        ranges(&server),
        [
            "bytes 0-262143/1048699",
            "bytes 262144-524287/1048699",
            "bytes 524288-786431/1048699",
            "bytes 786432-1048575/1048699",
            "bytes 1048576-1048698/1048699",
        ]
    );
    let progress = progress.lock().expect("lock").clone();
    let sent: Vec<u64> = progress.iter().map(|p| p.bytes_sent).collect();
    assert_eq!(sent, [262_144, 524_288, 786_432, 1_048_576, 1_048_699]);
    assert!(progress.iter().all(|p| p.total == Some(1_048_699)));
}

#[tokio::test]
async fn resumes_after_503s_a_dropped_connection_and_a_cut_answer() {
    let faults = [
        // The second chunk is refused whole.
        (
            2,
            Fault::Status {
                status: 503,
                keep: 0,
            },
        ),
        // Its second attempt: the connection closes after 100 000 bytes, which the server keeps.
        (4, Fault::Drop { after: 100_000 }),
        // The next chunk arrives whole, but the answer is cut short.
        (6, Fault::Truncate),
        // A 503 after the server kept the first 50 000 bytes of the chunk.
        (
            8,
            Fault::Status {
                status: 503,
                keep: 50_000,
            },
        ),
        // And the status query that follows fails too.
        (
            9,
            Fault::Status {
                status: 500,
                keep: 0,
            },
        ),
    ];
    let server = server(&faults).await;
    let bytes = data(3 * 1024 * KIB + 1000);
    let total = bytes.len() as u64;
    let reader = std::io::Cursor::new(bytes.clone());
    let (answer, progress) = upload(
        &server,
        UploadSource::from_async_read(reader, Some(total)),
        256 * KIB,
        5,
    )
    .await;
    let answer = answer.expect("the upload completes");
    assert_eq!(answer["size"], json!(total.to_string()));
    assert_eq!(kept(&server), bytes, "exactly the right bytes, in order");

    let state = server.state();
    assert!(state.violations.is_empty(), "{:?}", state.violations);
    assert!(state.faults.is_empty(), "every fault was hit");
    // Bytes sent twice are exactly those the server dropped and asked for again.
    assert_eq!(state.bytes_dropped, 262_144 + (262_144 - 50_000));
    assert_eq!(state.bytes_received, total + state.bytes_dropped);
    drop(state);

    let ranges = ranges(&server);
    let tail = format!("/{total}");
    assert_eq!(ranges[1], format!("bytes 262144-524287{tail}"));
    assert_eq!(
        ranges[2],
        format!("bytes */{total}"),
        "a query after the 503"
    );
    assert_eq!(ranges[3], format!("bytes 262144-524287{tail}"));
    assert_eq!(
        ranges[4],
        format!("bytes */{total}"),
        "a query after the drop"
    );
    assert_eq!(
        ranges[5],
        format!("bytes 362144-624287{tail}"),
        "from the kept offset"
    );
    assert_eq!(
        ranges[6],
        format!("bytes */{total}"),
        "a query after the cut answer"
    );
    assert_eq!(ranges[7], format!("bytes 624288-886431{tail}"));
    assert_eq!(ranges[8], format!("bytes */{total}"));
    assert_eq!(
        ranges[9],
        format!("bytes */{total}"),
        "the failed query is asked again"
    );
    assert_eq!(ranges[10], format!("bytes 674288-936431{tail}"));

    let sent: Vec<u64> = progress.iter().map(|p| p.bytes_sent).collect();
    assert!(sent.windows(2).all(|w| w[0] < w[1]), "{sent:?}");
    assert_eq!(sent.last(), Some(&total));
    assert!(
        sent.contains(&362_144),
        "partial commits are reported: {sent:?}"
    );
}

#[tokio::test]
async fn a_cut_final_answer_is_asked_for_again() {
    let server = server(&[(2, Fault::Truncate)]).await;
    let bytes = data(300 * KIB);
    let (answer, progress) = upload(
        &server,
        UploadSource::from_bytes(Bytes::from(bytes.clone())),
        256 * KIB,
        3,
    )
    .await;
    assert_eq!(answer.expect("completes")["size"], json!("307200"));
    assert_eq!(kept(&server), bytes);
    assert_eq!(
        ranges(&server),
        [
            "bytes 0-262143/307200",
            "bytes 262144-307199/307200",
            "bytes */307200",
        ]
    );
    let sent: Vec<u64> = progress.iter().map(|p| p.bytes_sent).collect();
    assert_eq!(sent, [262_144, 307_200]);
}

#[tokio::test]
async fn a_stream_of_unknown_size_ends_with_its_total() {
    let bytes = data(512 * KIB);
    // Irregular pieces, one of them empty.
    let cuts = [0, 1, 70_000, 70_000, 300_000, 524_288];
    let pieces: Vec<std::io::Result<Bytes>> = cuts
        .windows(2)
        .map(|w| Ok(Bytes::copy_from_slice(&bytes[w[0]..w[1]])))
        .collect();
    let server = server(&[(2, Fault::Drop { after: 1000 })]).await;
    let (answer, progress) = upload(
        &server,
        UploadSource::from_stream(stream::iter(pieces), None),
        256 * KIB,
        3,
    )
    .await;
    assert_eq!(answer.expect("completes")["size"], json!("524288"));
    assert_eq!(kept(&server), bytes);
    assert_eq!(
        ranges(&server),
        [
            "bytes 0-262143/*",
            "bytes 262144-524287/*",
            "bytes */*",
            "bytes 263144-524287/524288",
        ]
    );
    assert_eq!(progress.last().map(|p| p.total), Some(Some(524_288)));
    assert_eq!(progress[0].total, None, "unknown until the source ends");
}

#[tokio::test]
async fn an_exact_multiple_of_the_chunk_size_is_closed_by_an_empty_request() {
    let bytes = data(512 * KIB);
    let server = server(&[]).await;
    let (answer, _) = upload(
        &server,
        UploadSource::from_stream(stream::iter([Ok(Bytes::from(bytes.clone()))]), None),
        256 * KIB,
        3,
    )
    .await;
    assert_eq!(answer.expect("completes")["size"], json!("524288"));
    assert_eq!(kept(&server), bytes);
    assert_eq!(
        ranges(&server),
        [
            "bytes 0-262143/*",
            "bytes 262144-524287/*",
            "bytes */524288"
        ]
    );
}

#[tokio::test]
async fn gives_up_when_failures_make_no_progress() {
    let faults: Vec<(usize, Fault)> = (1..=10)
        .map(|n| {
            (
                n,
                Fault::Status {
                    status: 503,
                    keep: 0,
                },
            )
        })
        .collect();
    let server = server(&faults).await;
    let (answer, progress) = upload(
        &server,
        UploadSource::from_bytes(Bytes::from(data(1000))),
        256 * KIB,
        3,
    )
    .await;
    let err = answer.expect_err("gives up");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.state().puts, 3, "a chunk and two queries");
    assert!(progress.is_empty());
}

#[tokio::test]
async fn an_empty_source_is_one_closing_request() {
    let server = server(&[]).await;
    let (answer, progress) = upload(&server, UploadSource::from_bytes(Bytes::new()), 1, 3).await;
    assert_eq!(answer.expect("completes")["size"], json!("0"));
    assert_eq!(ranges(&server), ["bytes */0"]);
    assert_eq!(progress.len(), 1);
    assert_eq!((progress[0].bytes_sent, progress[0].total), (0, Some(0)));
}

#[tokio::test]
async fn a_source_is_used_once() {
    let server = server(&[]).await;
    let (_, client) = client(&server.uri());
    let call = insert(
        &client,
        UploadSource::from_bytes(Bytes::from_static(b"abc")),
        256 * KIB,
    );
    call.clone().send_empty().await.expect("first send");
    let err = call.send_empty().await.expect_err("second send");
    let Error::InvalidArgument { message, .. } = &err else {
        panic!("expected an invalid argument, got {err:?}");
    };
    assert!(message.contains("earlier send"), "{message}");
    assert_eq!(server.state().seen.len(), 2, "one session, one chunk");
}

#[tokio::test]
async fn a_source_shorter_than_declared_fails_before_the_last_chunk() {
    let server = server(&[]).await;
    let source = UploadSource::from_stream(
        stream::iter([Ok(Bytes::from(data(1000)))]),
        Some(300 * KIB as u64),
    );
    let (answer, _) = upload(&server, source, 256 * KIB, 3).await;
    let err = answer.expect_err("too short");
    let Error::InvalidArgument { message, .. } = &err else {
        panic!("expected an invalid argument, got {err:?}");
    };
    assert!(message.contains("ended after 1000 bytes"), "{message}");
    assert!(ranges(&server).is_empty(), "no chunk was sent");
    assert!(!server.state().completed);
}

#[tokio::test]
async fn a_file_is_read_from_its_path() {
    let bytes = data(600 * KIB + 5);
    let path = std::env::temp_dir().join(format!("gar-upload-{}.bin", std::process::id()));
    tokio::fs::write(&path, &bytes).await.expect("writes");
    let source = UploadSource::from_path(&path).await.expect("opens");
    assert_eq!(source.size(), Some(bytes.len() as u64));
    let server = server(&[(3, Fault::Drop { after: 10 })]).await;
    let (answer, _) = upload(&server, source, 256 * KIB, 3).await;
    let _ = tokio::fs::remove_file(&path).await;
    answer.expect("completes");
    assert_eq!(kept(&server), bytes);
    assert!(server.state().violations.is_empty());
}

#[tokio::test]
async fn every_chunk_asks_for_the_scopes_chosen_on_the_call() {
    let server = server(&[]).await;
    let (recorder, client) = client(&server.uri());
    let mut call = insert(
        &client,
        UploadSource::from_bytes(Bytes::from(data(600 * KIB))),
        256 * KIB,
    );
    call.scopes(["https://example.test/auth/chosen"]);
    call.send::<Value>().await.expect("the upload succeeds");
    let requested = recorder.requested();
    // The session start and three chunks.
    assert_eq!(requested.len(), 4, "{requested:?}");
    for scopes in requested {
        assert_eq!(scopes, ["https://example.test/auth/chosen"]);
    }
}

/// Who sent each request: method and bearer token.
fn credentials(server: &UploadServer) -> Vec<String> {
    server
        .state()
        .seen
        .iter()
        .map(|r| {
            let token = r.header("authorization").unwrap_or_default();
            format!("{} {}", r.method, token.trim_start_matches("Bearer "))
        })
        .collect()
}

#[tokio::test]
async fn a_refused_credential_is_replaced_once_and_the_upload_goes_on() {
    let refused = Fault::Status {
        status: 401,
        keep: 0,
    };
    let server = server(&[(2, refused)]).await;
    let client = rotating_client(&server.uri());
    let bytes = data(600 * KIB);
    let source = UploadSource::from_bytes(Bytes::from(bytes.clone()));
    let answer: Value = insert(&client, source, 256 * KIB)
        .send()
        .await
        .expect("the upload ends with the new credential");
    assert_eq!(
        answer,
        serde_json::from_str::<Value>(&final_answer(600 * KIB as u64)).expect("json")
    );
    assert_eq!(kept(&server), bytes);
    assert_eq!(
        credentials(&server),
        [
            "POST tok-1",
            "PUT tok-1",
            "PUT tok-1",
            // After the refusal: where are we, then the rest.
            "PUT tok-2",
            "PUT tok-2",
            "PUT tok-2",
        ]
    );

    // A second refusal in the same session ends it.
    let server = server_twice_refusing().await;
    let client = rotating_client(&server.uri());
    let source = UploadSource::from_bytes(Bytes::from(data(600 * KIB)));
    let err = insert(&client, source, 256 * KIB)
        .send::<Value>()
        .await
        .expect_err("refused twice");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401), "{err}");
}

async fn server_twice_refusing() -> UploadServer {
    let refused = Fault::Status {
        status: 401,
        keep: 0,
    };
    server(&[(1, refused), (2, refused)]).await
}

#[tokio::test]
async fn a_session_on_another_host_gets_no_credential() {
    let bytes = data(600 * KIB);
    for extras in [false, true] {
        let server = server(&[]).await;
        // `localhost` reaches the same server, under another name than the API's `127.0.0.1`.
        server.state().session_host = Some("localhost".to_owned());
        let mut builder = Client::builder(&API)
            .http_client(crate::http_client())
            .root_url(server.uri())
            .retry(fast_retries(3))
            .auth(google_api_runtime::auth::StaticToken::new(TOKEN));
        if extras {
            builder = builder
                .quota_project("billing-7")
                .header("X-Goog-Request-Reason", "audit");
        }
        let client = builder.build();
        let source = UploadSource::from_bytes(Bytes::from(bytes.clone()));
        let answer = insert(&client, source, 256 * KIB)
            .send::<Value>()
            .await
            .expect("uploaded");
        assert_eq!(answer["size"], json!("614400"));
        let state = server.state();
        let (starts, chunks): (Vec<_>, Vec<_>) =
            state.seen.iter().partition(|r| r.method == "POST");
        assert_eq!(starts.len(), 1);
        assert!(starts[0].header("authorization").is_some());
        if extras {
            assert_eq!(starts[0].header("x-goog-user-project"), Some("billing-7"));
            assert_eq!(starts[0].header("x-goog-request-reason"), Some("audit"));
        }
        assert_eq!(chunks.len(), 3);
        for chunk in &chunks {
            assert_eq!(chunk.header("authorization"), None, "{:?}", chunk.headers);
            assert_eq!(chunk.header("x-goog-user-project"), None);
            assert_eq!(chunk.header("x-goog-request-reason"), None);
        }
    }
}

#[tokio::test]
async fn a_forgotten_session_starts_over_once_from_the_first_byte() {
    let bytes = data(700 * KIB);
    // The second chunk finds the session gone: a new session, from byte 0.
    let gone = server(&[(2, Fault::Gone { status: 404 })]).await;
    let (answer, _) = upload(
        &gone,
        UploadSource::from_bytes(Bytes::from(bytes.clone())),
        256 * KIB,
        3,
    )
    .await;
    answer.expect("uploaded in a second session");
    assert_eq!(kept(&gone), bytes);
    assert_eq!(gone.state().sessions, 2);
    assert_eq!(
        ranges(&gone),
        [
            "bytes 0-262143/716800",
            "bytes 262144-524287/716800",
            "bytes 0-262143/716800",
            "bytes 262144-524287/716800",
            "bytes 524288-716799/716800",
        ]
    );
    let targets: Vec<String> = gone
        .state()
        .seen
        .iter()
        .filter(|r| r.method == "PUT")
        .map(|r| r.target.clone())
        .collect();
    assert!(
        targets[..2].iter().all(|t| t.ends_with("u-1")),
        "{targets:?}"
    );
    assert!(
        targets[2..].iter().all(|t| t.ends_with("u-2")),
        "{targets:?}"
    );

    // Only once: a second loss is returned.
    let twice = server_gone_twice().await;
    let (answer, _) = upload(
        &twice,
        UploadSource::from_bytes(Bytes::from(bytes.clone())),
        256 * KIB,
        3,
    )
    .await;
    let err = answer.expect_err("gone twice");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(410));
    assert_eq!(twice.state().sessions, 2);

    // A stream cannot be read again: the loss is returned at once.
    let streamed = server(&[(2, Fault::Gone { status: 404 })]).await;
    let source = UploadSource::from_stream(
        stream::iter(vec![Ok::<_, std::io::Error>(Bytes::from(bytes.clone()))]),
        Some(bytes.len() as u64),
    );
    let (answer, _) = upload(&streamed, source, 256 * KIB, 3).await;
    assert_eq!(
        answer.expect_err("gone").status().map(|s| s.as_u16()),
        Some(404)
    );
    assert_eq!(streamed.state().sessions, 1);
}

async fn server_gone_twice() -> UploadServer {
    server(&[
        (1, Fault::Gone { status: 410 }),
        (2, Fault::Gone { status: 410 }),
    ])
    .await
}

/// Go's `ChunkRetryDeadline`: once the attempts at a chunk have used up the deadline, the
/// upload fails with the last error instead of trying again (here a zero deadline: no retry).
#[tokio::test]
async fn a_chunk_is_retried_only_within_its_deadline() {
    let fault = [(
        1,
        Fault::Status {
            status: 503,
            keep: 0,
        },
    )];
    let patient = server(&fault).await;
    let (answer, _) = upload(
        &patient,
        UploadSource::from_bytes(Bytes::from(data(1000))),
        256 * KIB,
        3,
    )
    .await;
    answer.expect("the default deadline leaves room for a retry");

    let hurried = server(&fault).await;
    let (_, client) = client_of(&API, &hurried.uri(), fast_retries(3));
    let mut call = insert(
        &client,
        UploadSource::from_bytes(Bytes::from(data(1000))),
        256 * KIB,
    );
    call.upload_chunk_retry_deadline(std::time::Duration::ZERO);
    let err = call.send::<Value>().await.expect_err("no time for a retry");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(hurried.state().puts, 1, "the chunk was sent once");
}
