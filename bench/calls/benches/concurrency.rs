//! Many calls at once over TLS, and the memory they hold: a generated client against plain
//! reqwest + serde, each over HTTP/1.1 and over HTTP/2.
//!
//! ```text
//! cargo bench -p bench-calls --bench concurrency
//! ```
//!
//! The bench makes a test CA and a certificate for 127.0.0.1 at run time (rcgen), starts a TLS
//! server as a separate process (this same program with `--serve`: hyper, HTTP/1.1 and HTTP/2 by
//! ALPN, at most 100 concurrent streams per HTTP/2 connection), and then runs every measured
//! configuration as a process of its own (`--client`), so that each one's peak resident set size
//! (`VmHWM`) is its own. The server counts the TCP connections it accepted and the TLS handshakes
//! it completed (full and resumed) and answers `gmail.users.messages.list` with a fixed 50 KB JSON
//! list.
//!
//! The ways compared, each making 10,000 calls with 1, 10, 100 and 1,000 in flight:
//!
//! - `ours`: `google-gmail-v1`'s `users().messages().list("me").send()`, over the runtime's own
//!   hyper pool (HTTP/1.1), trusting the test CA through `HttpClientBuilder`;
//! - `reqwest`: the same request by hand (`GET` with the token and `prettyPrint=false`), HTTP/1.1
//!   only, decoded with serde into hand-written structs;
//! - `reqwest-h2`: the same with HTTP/2 negotiated by ALPN (reqwest's `http2` feature);
//! - `ours-h2`: the generated call through the runtime's reqwest seam (`ReqwestTransport`) over
//!   that HTTP/2 client.
//!
//! Each configuration makes one untimed call first, then the measured ones. Within each number in
//! flight the ways alternate, the first of a round rotating; each figure is
//! the median of the rounds. Then `.items()` over 10,000 and 100,000 items (pages of 500, each a
//! request) against a hand-written page loop, each in a process of its own, for their peak memory.
//!
//! Without `--bench` (as under `cargo test --benches`) it runs a small plan, as a smoke test.
//! `-- --in-flight=100,1000` measures only those numbers in flight (and no `.items()`).

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt;
use google_api_runtime::auth::StaticToken;
use google_api_runtime::transport::ReqwestTransport;
use google_api_runtime::HttpClient;
use http_body_util::Full;
use serde::Deserialize;

const TOKEN: &str = "ya29.bench-token";
/// The path of `gmail.users.messages.list` for `me`.
const PATH: &str = "/gmail/v1/users/me/messages";
/// The size of the fixed answer.
const ANSWER_BYTES: usize = 50 * 1024;
/// Items per page of the paged answers (Gmail's largest `maxResults`).
const PAGE: usize = 500;
const WAYS: [&str; 4] = ["ours", "reqwest", "ours-h2", "reqwest-h2"];

/// A way's name in the report: built with `runtime-h2`, `ours` speaks HTTP/2 in its own pool.
fn label(way: &str) -> &str {
    match way {
        "ours" if cfg!(feature = "runtime-h2") => "ours-h2pool",
        _ => way,
    }
}

struct Plan {
    calls: usize,
    in_flight: &'static [usize],
    rounds: usize,
    items: &'static [usize],
}

const FULL: Plan = Plan {
    calls: 10_000,
    in_flight: &[1, 10, 100, 1_000],
    rounds: 3,
    items: &[10_000, 100_000],
};
const SMOKE: Plan = Plan {
    calls: 200,
    in_flight: &[1, 20],
    rounds: 1,
    items: &[1_000],
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--serve") => serve(&args[1..]),
        Some("--client") => client(&args[1..]),
        _ => {
            let base = if args.iter().any(|a| a == "--bench") {
                &FULL
            } else {
                &SMOKE
            };
            // `--in-flight=100,1000`: only these, and no `.items()` runs.
            let chosen: Option<Vec<usize>> = args
                .iter()
                .find_map(|a| a.strip_prefix("--in-flight="))
                .map(|list| list.split(',').map(str::parse).collect())
                .transpose()?;
            match chosen {
                Some(in_flight) => drive(&Plan {
                    in_flight: Vec::leak(in_flight),
                    items: &[],
                    ..*base
                }),
                None => drive(base),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Shared

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
}

/// A figure of `/proc/self/status` in KiB (`VmRSS`, `VmHWM`; Linux only, else 0).
fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with(field))?;
            line.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}

/// The id of the `n`th message of every answer.
fn message_id(n: usize) -> String {
    format!("{n:016x}")
}

/// `key=value` pairs of one report line.
fn field(line: &str, key: &str) -> Result<f64, String> {
    line.split_whitespace()
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
        .ok_or_else(|| format!("no `{key}` in `{line}`"))?
        .parse()
        .map_err(|e| format!("`{key}` in `{line}`: {e}"))
}

// ---------------------------------------------------------------------------------------------
// The server (`--serve CERT_DER KEY_DER`)

#[derive(Default)]
struct Counts {
    connections: AtomicU64,
    handshakes: AtomicU64,
    resumed: AtomicU64,
    h2: AtomicU64,
    requests: AtomicU64,
}

/// A list of `count` messages from `first`, with the token of the next page if there is one.
fn list_body(first: usize, count: usize, next: Option<usize>) -> String {
    let messages: Vec<String> = (first..first + count)
        .map(|n| format!(r#"{{"id":"{0}","threadId":"{0}"}}"#, message_id(n)))
        .collect();
    let next = next.map_or(String::new(), |n| format!(r#","nextPageToken":"{n}""#));
    format!(
        r#"{{"messages":[{}]{next},"resultSizeEstimate":{count}}}"#,
        messages.join(",")
    )
}

/// The fixed answer: as many messages as make it at least `ANSWER_BYTES` long.
fn fixed_answer() -> (usize, String) {
    let per_message = list_body(0, 1, None).len() - list_body(0, 0, None).len() + 1;
    let count = ANSWER_BYTES / per_message + 1;
    (count, list_body(0, count, None))
}

/// The answer to one request: the fixed list, or with `q=TOTAL` a page of a list of `TOTAL`
/// messages (`pageToken` the first one's number, `maxResults` the page size).
fn answer(path: &str, query: Option<&str>, fixed: &Bytes) -> (u16, Bytes) {
    if path != PATH {
        return (404, Bytes::from_static(b"{}"));
    }
    let param = |name: &str| {
        query?
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?
            .parse::<usize>()
            .ok()
    };
    match param("q") {
        None => (200, fixed.clone()),
        Some(total) => {
            let first = param("pageToken").unwrap_or(0).min(total);
            let count = param("maxResults").unwrap_or(100).min(total - first);
            let next = Some(first + count).filter(|&n| n < total);
            (200, Bytes::from(list_body(first, count, next)))
        }
    }
}

fn serve(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let [cert, key] = args else {
        return Err("usage: --serve CERT_DER KEY_DER".into());
    };
    let cert = rustls::pki_types::CertificateDer::from(std::fs::read(cert)?);
    let key = rustls::pki_types::PrivatePkcs8KeyDer::from(std::fs::read(key)?);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(vec![cert], key.into())?;
    // As Google's front ends: both protocols offered, the client chooses.
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let counts = Arc::new(Counts::default());
    let fixed = Bytes::from(fixed_answer().1);

    // The driver asks for the counts on stdin; its end closes the server.
    let shown = counts.clone();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            if line.is_err() {
                break;
            }
            let c = |n: &AtomicU64| n.load(Ordering::SeqCst);
            println!(
                "connections={} handshakes={} resumed={} h2={} requests={}",
                c(&shown.connections),
                c(&shown.handshakes),
                c(&shown.resumed),
                c(&shown.h2),
                c(&shown.requests)
            );
            let _ = std::io::stdout().flush();
        }
        std::process::exit(0);
    });

    runtime()?.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        println!("port={}", listener.local_addr()?.port());
        std::io::stdout().flush()?;
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                continue;
            };
            counts.connections.fetch_add(1, Ordering::SeqCst);
            let (acceptor, counts, fixed) = (acceptor.clone(), counts.clone(), fixed.clone());
            tokio::spawn(async move {
                let _ = tcp.set_nodelay(true);
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let session = tls.get_ref().1;
                counts.handshakes.fetch_add(1, Ordering::SeqCst);
                if session.handshake_kind() == Some(rustls::HandshakeKind::Resumed) {
                    counts.resumed.fetch_add(1, Ordering::SeqCst);
                }
                if session.alpn_protocol() == Some(b"h2") {
                    counts.h2.fetch_add(1, Ordering::SeqCst);
                }
                let service = hyper::service::service_fn(move |request| {
                    counts.requests.fetch_add(1, Ordering::SeqCst);
                    let uri: &http::Uri = hyper::Request::uri(&request);
                    let (status, body) = answer(uri.path(), uri.query(), &fixed);
                    let response = hyper::Response::builder()
                        .status(status)
                        .header("content-type", "application/json; charset=UTF-8")
                        .body(Full::new(body));
                    async move { response }
                });
                let mut server = hyper_util::server::conn::auto::Builder::new(
                    hyper_util::rt::TokioExecutor::new(),
                );
                server.http2().max_concurrent_streams(100);
                let _ = server
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                    .await;
            });
        }
    })
}

// ---------------------------------------------------------------------------------------------
// One measured configuration (`--client WAY PORT CA_PEM calls N IN_FLIGHT` or `... items N`)

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PlainList {
    #[serde(default)]
    messages: Vec<PlainMessage>,
    next_page_token: Option<String>,
    #[allow(dead_code)]
    result_size_estimate: Option<u32>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PlainMessage {
    id: String,
    #[allow(dead_code)]
    thread_id: String,
}

enum Caller {
    Ours(google_gmail_v1::Client),
    Plain(reqwest::Client, String),
}

impl Caller {
    fn new(way: &str, port: u16, ca_pem: &[u8]) -> Result<Caller, Box<dyn std::error::Error>> {
        let root = format!("https://127.0.0.1:{port}/");
        let plain_builder =
            |http2: bool| -> Result<reqwest::ClientBuilder, Box<dyn std::error::Error>> {
                let builder = reqwest::Client::builder()
                    .use_rustls_tls()
                    .tls_built_in_root_certs(false)
                    .add_root_certificate(reqwest::Certificate::from_pem(ca_pem)?);
                Ok(if http2 { builder } else { builder.http1_only() })
            };
        let plain = |http2: bool| -> Result<reqwest::Client, Box<dyn std::error::Error>> {
            Ok(plain_builder(http2)?.build()?)
        };
        let ours = |http: HttpClient| {
            google_gmail_v1::Client::builder()
                .root_url(root.clone())
                .auth(StaticToken::new(TOKEN))
                .http_client(http)
                .build()
        };
        Ok(match way {
            "ours" => Caller::Ours(ours(
                HttpClient::builder()
                    .add_root_certificates_pem(ca_pem)?
                    .no_proxy()
                    .build(),
            )),
            "ours-h2" => Caller::Ours(ours(HttpClient::from_transport(
                ReqwestTransport::from_builder(plain_builder(true)?)?,
            ))),
            "reqwest" => Caller::Plain(plain(false)?, root),
            "reqwest-h2" => Caller::Plain(plain(true)?, root),
            _ => return Err(format!("unknown way `{way}`").into()),
        })
    }

    /// One call of the fixed list; the number of messages in the answer.
    async fn list(&self) -> Result<usize, String> {
        match self {
            Caller::Ours(client) => {
                let list = client.users().messages().list("me").send().await;
                Ok(list
                    .map_err(|e| e.to_string())?
                    .messages
                    .unwrap_or_default()
                    .len())
            }
            Caller::Plain(client, root) => {
                let list = self
                    .plain_page(client, format!("{root}{}?", &PATH[1..]))
                    .await?;
                Ok(list.messages.len())
            }
        }
    }

    async fn plain_page(&self, client: &reqwest::Client, url: String) -> Result<PlainList, String> {
        let response = client
            .get(format!("{url}prettyPrint=false"))
            .bearer_auth(TOKEN)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| e.to_string())?;
        response.json().await.map_err(|e| e.to_string())
    }

    /// Every item of a list of `total`, in pages of `PAGE`; checks that they come in order.
    async fn items(&self, total: usize) -> Result<usize, String> {
        let mut seen = 0;
        let mut check = |id: &str| {
            if id != message_id(seen) {
                return Err(format!("item {seen} has id {id}"));
            }
            seen += 1;
            Ok(())
        };
        match self {
            Caller::Ours(client) => {
                let mut items = client
                    .users()
                    .messages()
                    .list("me")
                    .q(total.to_string())
                    .max_results(PAGE as u32)
                    .items();
                while let Some(item) = items.next().await {
                    let item = item.map_err(|e| e.to_string())?;
                    check(item.id.as_deref().unwrap_or(""))?;
                }
            }
            Caller::Plain(client, root) => {
                let mut token = String::new();
                loop {
                    let url = format!(
                        "{root}{}?q={total}&maxResults={PAGE}&pageToken={token}&",
                        &PATH[1..]
                    );
                    let page = self.plain_page(client, url).await?;
                    for item in &page.messages {
                        check(&item.id)?;
                    }
                    match page.next_page_token {
                        Some(next) => token = next,
                        None => break,
                    }
                }
            }
        }
        Ok(seen)
    }
}

fn client(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let [way, port, ca, what, n, rest @ ..] = args else {
        return Err("usage: --client WAY PORT CA_PEM (calls N IN_FLIGHT | items N)".into());
    };
    let n: usize = n.parse()?;
    let caller = Arc::new(Caller::new(way, port.parse()?, &std::fs::read(ca)?)?);
    let rt = runtime()?;
    let mut rss_before = status_kib("VmRSS:");
    let mut started = Instant::now();
    let line = match (what.as_str(), rest) {
        ("calls", [in_flight]) => {
            let in_flight: usize = in_flight.parse()?;
            let expected = fixed_answer().0;
            // One call first, untimed (and counted by the server like the others), as a service
            // that has been running has its connection open: without it, every call of the first
            // wave opens a connection of its own, HTTP/2 included (the pool learns the protocol
            // only from the first connection's ALPN).
            rt.block_on(caller.list())?;
            rss_before = status_kib("VmRSS:");
            started = Instant::now();
            let next = Arc::new(AtomicUsize::new(0));
            let mut latencies: Vec<Duration> = rt.block_on(async {
                let workers: Vec<_> = (0..in_flight)
                    .map(|_| {
                        let (caller, next) = (caller.clone(), next.clone());
                        tokio::spawn(async move {
                            let mut times = Vec::new();
                            while next.fetch_add(1, Ordering::SeqCst) < n {
                                let start = Instant::now();
                                let got = caller.list().await?;
                                times.push(start.elapsed());
                                if got != expected {
                                    return Err(format!("{got} messages, not {expected}"));
                                }
                            }
                            Ok(times)
                        })
                    })
                    .collect();
                let mut all = Vec::with_capacity(n);
                for worker in workers {
                    all.extend(worker.await.map_err(|e| e.to_string())??);
                }
                Ok::<_, String>(all)
            })?;
            let wall = started.elapsed().as_secs_f64();
            latencies.sort();
            let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q).round() as usize];
            format!(
                "calls={} wall={wall} p50={} p99={}",
                latencies.len(),
                at(0.50).as_secs_f64() * 1e3,
                at(0.99).as_secs_f64() * 1e3
            )
        }
        ("items", []) => {
            let got = rt.block_on(caller.items(n))?;
            if got != n {
                return Err(format!("{got} items, not {n}").into());
            }
            format!("items={got} wall={}", started.elapsed().as_secs_f64())
        }
        _ => return Err("usage: --client WAY PORT CA_PEM (calls N IN_FLIGHT | items N)".into()),
    };
    println!(
        "{line} rss_before={rss_before} hwm={}",
        status_kib("VmHWM:")
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The driver

struct Server {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    port: u16,
}

impl Server {
    fn start(dir: &std::path::Path) -> Result<Server, Box<dyn std::error::Error>> {
        let mut child = Command::new(std::env::current_exe()?)
            .arg("--serve")
            .arg(dir.join("cert.der"))
            .arg(dir.join("key.der"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()?;
        let stdin = child.stdin.take().ok_or("no stdin")?;
        let mut stdout = BufReader::new(child.stdout.take().ok_or("no stdout")?);
        let mut line = String::new();
        stdout.read_line(&mut line)?;
        let port = field(&line, "port")? as u16;
        Ok(Server {
            child,
            stdin,
            stdout,
            port,
        })
    }

    /// The server's counts so far.
    fn counts(&mut self) -> Result<[f64; 5], Box<dyn std::error::Error>> {
        writeln!(self.stdin, "stats")?;
        let mut line = String::new();
        self.stdout.read_line(&mut line)?;
        let mut out = [0.0; 5];
        for (slot, key) in
            out.iter_mut()
                .zip(["connections", "handshakes", "resumed", "h2", "requests"])
        {
            *slot = field(&line, key)?;
        }
        Ok(out)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What one configuration measured: its report line and the server's counts during it.
struct Run {
    line: String,
    counts: [f64; 5],
}

fn measure(
    server: &mut Server,
    dir: &std::path::Path,
    way: &str,
    what: &[String],
) -> Result<Run, Box<dyn std::error::Error>> {
    let before = server.counts()?;
    let output = Command::new(std::env::current_exe()?)
        .arg("--client")
        .arg(way)
        .arg(server.port.to_string())
        .arg(dir.join("ca.pem"))
        .args(what)
        .stderr(Stdio::inherit())
        .output()?;
    if !output.status.success() {
        return Err(format!("{way} {what:?} failed").into());
    }
    let after = server.counts()?;
    let mut counts = [0.0; 5];
    for i in 0..5 {
        counts[i] = after[i] - before[i];
    }
    Ok(Run {
        line: String::from_utf8(output.stdout)?,
        counts,
    })
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Writes a test CA, a certificate for 127.0.0.1 signed by it and its key to `dir`.
fn make_certificates(dir: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new())?;
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(rcgen::DnType::CommonName, "bench-calls test CA");
    let ca = rcgen::CertifiedIssuer::self_signed(ca, rcgen::KeyPair::generate()?)?;
    let leaf_key = rcgen::KeyPair::generate()?;
    let leaf =
        rcgen::CertificateParams::new(vec!["127.0.0.1".to_owned()])?.signed_by(&leaf_key, &ca)?;
    std::fs::write(dir.join("ca.pem"), ca.pem())?;
    std::fs::write(dir.join("cert.der"), leaf.der())?;
    std::fs::write(dir.join("key.der"), leaf_key.serialize_der())?;
    Ok(())
}

/// How long decoding the fixed answer alone takes, into the generated type and into the plain
/// structs (alternating, median of 15 rounds of 200), to tell decoding from the rest of a call.
fn decode_alone(body: &[u8], messages: usize) -> Result<(), Box<dyn std::error::Error>> {
    let mut generated = Vec::new();
    let mut plain = Vec::new();
    for _ in 0..15 {
        let start = Instant::now();
        for _ in 0..200 {
            let list: google_gmail_v1::schemas::ListMessagesResponse =
                serde_json::from_slice(std::hint::black_box(body))?;
            if list.messages.map_or(0, |m| m.len()) != messages {
                return Err("the generated type lost messages".into());
            }
        }
        generated.push(start.elapsed().as_secs_f64() / 200.0);
        let start = Instant::now();
        for _ in 0..200 {
            let list: PlainList = serde_json::from_slice(std::hint::black_box(body))?;
            if list.messages.len() != messages {
                return Err("the plain structs lost messages".into());
            }
        }
        plain.push(start.elapsed().as_secs_f64() / 200.0);
    }
    let (generated, plain) = (median(generated), median(plain));
    println!(
        "decoding the answer alone: generated type {:.1} us, plain structs {:.1} us ({:.2}x)",
        generated * 1e6,
        plain * 1e6,
        generated / plain
    );
    Ok(())
}

fn drive(plan: &Plan) -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("bench-calls-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    make_certificates(&dir)?;
    let mut server = Server::start(&dir)?;
    let (messages, body) = fixed_answer();
    println!(
        "concurrency: {} calls of gmail.users.messages.list per configuration, answer {} bytes \
         ({messages} messages), loopback TLS (rustls), server in its own process; median of {} \
         round(s), ways alternating",
        plan.calls,
        body.len(),
        plan.rounds
    );
    decode_alone(body.as_bytes(), messages)?;
    println!(
        "\n{:>9} {:<11} {:>9} {:>8} {:>8} {:>6} {:>10} {:>4} {:>9} {:>11}",
        "in flight",
        "way",
        "calls/s",
        "p50 ms",
        "p99 ms",
        "conns",
        "handshakes",
        "h2",
        "peak MiB",
        "KiB/in flt"
    );
    let result = (|| -> Result<(), Box<dyn std::error::Error>> {
        for &in_flight in plan.in_flight {
            // way -> the rounds' [calls/s, p50, p99, conns, handshakes, resumed, h2, hwm, growth]
            let mut figures: Vec<Vec<[f64; 9]>> = vec![Vec::new(); WAYS.len()];
            let what = [
                "calls".to_owned(),
                plan.calls.to_string(),
                in_flight.to_string(),
            ];
            for round in 0..plan.rounds {
                for k in 0..WAYS.len() {
                    let w = (round + k) % WAYS.len();
                    let run = measure(&mut server, &dir, WAYS[w], &what)?;
                    let f = |key| field(&run.line, key);
                    let [conns, handshakes, resumed, h2, requests] = run.counts;
                    if requests < plan.calls as f64 {
                        return Err(format!("{}: {requests} requests served", WAYS[w]).into());
                    }
                    figures[w].push([
                        f("calls")? / f("wall")?,
                        f("p50")?,
                        f("p99")?,
                        conns,
                        handshakes,
                        resumed,
                        h2,
                        f("hwm")?,
                        (f("hwm")? - f("rss_before")?) / in_flight as f64,
                    ]);
                }
            }
            let medians: Vec<[f64; 9]> = figures
                .iter()
                .map(|rounds| {
                    std::array::from_fn(|i| median(rounds.iter().map(|r| r[i]).collect()))
                })
                .collect();
            for (way, m) in WAYS.map(label).iter().zip(&medians) {
                println!(
                    "{in_flight:>9} {way:<11} {:>9.0} {:>8.3} {:>8.3} {:>6.0} {:>6.0} ({:.0}r) {:>4.0} {:>9.1} {:>11.1}",
                    m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7] / 1024.0, m[8]
                );
            }
            let ratio = |a: usize, b: usize| {
                format!(
                    "calls/s {:.2}x, p50 {:.2}x, p99 {:.2}x, peak RSS {:.2}x",
                    medians[a][0] / medians[b][0],
                    medians[a][1] / medians[b][1],
                    medians[a][2] / medians[b][2],
                    medians[a][7] / medians[b][7]
                )
            };
            let [ours, plain, ours_h2, plain_h2] = WAYS.map(label);
            println!("{:>9} {ours}/{plain}: {}", "", ratio(0, 1));
            println!("{:>9} {ours_h2}/{plain_h2}: {}", "", ratio(2, 3));
            println!("{:>9} {ours_h2}/{ours}: {}", "", ratio(2, 0));
        }

        println!("\n.items() over a paged list ({PAGE} per page), each count in its own process");
        println!(
            "{:>8} {:<11} {:>9} {:>10} {:>10} {:>9}",
            "items", "way", "items/s", "RSS MiB", "peak MiB", "requests"
        );
        for &count in plan.items {
            let what = ["items".to_owned(), count.to_string()];
            for way in ["ours", "reqwest"] {
                let run = measure(&mut server, &dir, way, &what)?;
                let f = |key| field(&run.line, key);
                println!(
                    "{count:>8} {:<11} {:>9.0} {:>10.1} {:>10.1} {:>9.0}",
                    label(way),
                    f("items")? / f("wall")?,
                    f("rss_before")? / 1024.0,
                    f("hwm")? / 1024.0,
                    run.counts[4]
                );
            }
        }
        Ok(())
    })();
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
    result
}
