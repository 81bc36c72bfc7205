//! What a generated call costs over the same request made by hand with reqwest and serde.
//!
//! A minimal HTTP/1.1 server on 127.0.0.1 (a tokio `TcpListener`, keep-alive, a fixed JSON answer;
//! far cheaper than a full HTTP stack, so that the client side dominates) answers two calls:
//!
//! - `GET admin/directory/v1/users/{userKey}/aliases` (`directory.users.aliases.list`), and
//! - `POST gmail/v1/users/me/settings/cse/keypairs` with a JSON body
//!   (`gmail.users.settings.cse.keypairs.create`).
//!
//! Each is made three ways, each with its own connection: through the generated crate; by hand
//! with reqwest, decoding into a hand-written serde struct ("plain"); and by hand decoding into the
//! generated schema type ("plain+schema", which tells the cost of the call machinery from the cost
//! of the generated types). Before measuring, one request of each way is captured and compared, so
//! that the three really send the same request. After a warm-up, the ways alternate in rounds (the
//! first way of a round rotates) and every call is timed on its own; the report gives the mean and
//! the median per call and the ratio to "plain".
//!
//! Run it in release: `cargo bench -p bench-calls --bench call_overhead`. Without `--bench`
//! (as under `cargo test --benches`) it makes a few calls only, as a smoke test.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use google_admin_directory_v1::schemas::Aliases;
use google_api_runtime::auth::StaticToken;
use google_api_runtime::RetryPolicy;
use google_gmail_v1::schemas::{CseKeyPair, CsePrivateKeyMetadata, KaclsKeyMetadata};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const TOKEN: &str = "ya29.bench-token";
const USER_KEY: &str = "alice@example.com";
/// `USER_KEY` as one path segment, percent-encoded as the generated call encodes it.
const USER_SEGMENT: &str = "alice%40example.com";

/// How long and how often to measure.
struct Plan {
    warm_up: usize,
    rounds: usize,
    calls_per_round: usize,
}

const FULL: Plan = Plan {
    warm_up: 2_000,
    rounds: 20,
    calls_per_round: 1_000,
};
const SMOKE: Plan = Plan {
    warm_up: 10,
    rounds: 2,
    calls_per_round: 20,
};

// ---------------------------------------------------------------------------------------------
// The server

/// One request as the server saw it, kept while recording is on.
#[derive(Debug, Clone)]
struct Seen {
    /// The request line and headers, lower-cased header names, sorted, without `host`, and without
    /// `accept: */*`, which reqwest adds to every request and which means the same as no `accept`.
    head: Vec<String>,
    body: Vec<u8>,
}

/// A keep-alive HTTP/1.1 server answering every request with the same JSON body.
struct Server {
    addr: SocketAddr,
    recording: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    /// Starts the server on its own thread, with its own single-threaded runtime.
    fn start(body: &str) -> Server {
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json; charset=UTF-8\r\n\
             content-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes();
        let response: Arc<[u8]> = response.into();
        let recording = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let std_listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        std_listener.set_nonblocking(true).expect("non-blocking");
        let addr = std_listener.local_addr().expect("local address");
        let (rec, log) = (recording.clone(), seen.clone());
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("server runtime");
            runtime.block_on(async move {
                let listener = TcpListener::from_std(std_listener).expect("tokio listener");
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        continue;
                    };
                    let _ = stream.set_nodelay(true);
                    tokio::spawn(serve(stream, response.clone(), rec.clone(), log.clone()));
                }
            });
        });
        Server {
            addr,
            recording,
            seen,
        }
    }

    fn root_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Runs `calls` with recording on and returns what the server received meanwhile.
    async fn capture<F: Future<Output = ()>>(&self, calls: F) -> Vec<Seen> {
        self.seen.lock().expect("not poisoned").clear();
        self.recording.store(true, Ordering::SeqCst);
        calls.await;
        self.recording.store(false, Ordering::SeqCst);
        std::mem::take(&mut *self.seen.lock().expect("not poisoned"))
    }
}

/// The `Content-Length` of a request head, 0 when absent. Works on bytes, line by line, so
/// that the server stays cheap next to the clients it serves.
fn content_length(head: &[u8]) -> usize {
    const NAME: &[u8] = b"content-length:";
    head.split(|&b| b == b'\n')
        .find(|line| line.len() > NAME.len() && line[..NAME.len()].eq_ignore_ascii_case(NAME))
        .and_then(|line| std::str::from_utf8(&line[NAME.len()..]).ok())
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(0)
}

/// Answers the requests of one connection until the client closes it.
async fn serve(
    mut stream: TcpStream,
    response: Arc<[u8]>,
    recording: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Seen>>>,
) {
    let mut buffer = Vec::with_capacity(16 * 1024);
    loop {
        let head_end = loop {
            if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
            match stream.read_buf(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        };
        let body_len = content_length(&buffer[..head_end]);
        while buffer.len() < head_end + body_len {
            match stream.read_buf(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
        if recording.load(Ordering::Relaxed) {
            let head = String::from_utf8_lossy(&buffer[..head_end]);
            let mut lines = head.lines().filter(|l| !l.is_empty());
            let request_line = lines.next().unwrap_or_default().to_owned();
            let mut headers: Vec<String> = lines
                .map(|line| match line.split_once(':') {
                    Some((name, value)) => {
                        format!("{}: {}", name.to_ascii_lowercase(), value.trim())
                    }
                    None => line.to_owned(),
                })
                .filter(|line| !line.starts_with("host:") && line != "accept: */*")
                .collect();
            headers.sort();
            headers.insert(0, request_line);
            seen.lock().expect("not poisoned").push(Seen {
                head: headers,
                body: buffer[head_end..head_end + body_len].to_vec(),
            });
        }
        buffer.drain(..head_end + body_len);
        if stream.write_all(&response).await.is_err() {
            return;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The hand-written side: what a user without the generated crate would write.

/// `Aliases`, as a user would declare it for serde.
#[derive(Debug, Deserialize)]
#[allow(dead_code)] // read by the decoder only
struct PlainAliases {
    kind: Option<String>,
    etag: Option<String>,
    aliases: Option<Vec<Value>>,
}

/// `CseKeyPair` (the fields this call uses or gets back), as a user would declare it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)] // some fields are read by the decoder only
struct PlainKeyPair {
    #[serde(skip_serializing_if = "Option::is_none")]
    enablement_state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_pair_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pem: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pkcs7: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    private_key_metadata: Option<Vec<PlainPrivateKeyMetadata>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject_email_addresses: Option<Vec<String>>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PlainPrivateKeyMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    kacls_key_metadata: Option<PlainKacls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    private_key_metadata_id: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PlainKacls {
    kacls_data: Option<String>,
    kacls_uri: Option<String>,
}

/// The standard headers, with the same values the generated client sends.
struct PlainClient {
    http: reqwest::Client,
    root: String,
    user_agent: String,
    api_client: String,
}

impl PlainClient {
    fn new(root: String, user_agent: &str, api_client: &str) -> Self {
        PlainClient {
            http: reqwest::Client::new(),
            root,
            user_agent: user_agent.to_owned(),
            api_client: api_client.to_owned(),
        }
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            // As the runtime sends every call: compact JSON, gzip accepted.
            .request(method, format!("{}{path}?prettyPrint=false", self.root))
            .header(reqwest::header::ACCEPT_ENCODING, "gzip")
            .bearer_auth(TOKEN)
            .header(reqwest::header::USER_AGENT, &self.user_agent)
            .header("x-goog-api-client", &self.api_client)
    }

    /// Sends and decodes the answer as `T`, failing on an error status.
    async fn call<T: serde::de::DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, String> {
        let response = request.send().await.map_err(|e| e.to_string())?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(|e| e.to_string())?;
        if !status.is_success() {
            return Err(format!("HTTP {status}"));
        }
        serde_json::from_slice(&bytes).map_err(|e| e.to_string())
    }

    async fn list_aliases<T: serde::de::DeserializeOwned>(&self) -> T {
        let path = format!("admin/directory/v1/users/{USER_SEGMENT}/aliases");
        self.call(self.request(reqwest::Method::GET, &path))
            .await
            .expect("plain list")
    }

    async fn create_key_pair<T: serde::de::DeserializeOwned>(&self, body: &PlainKeyPair) -> T {
        let request = self
            .request(
                reqwest::Method::POST,
                "gmail/v1/users/me/settings/cse/keypairs",
            )
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(serde_json::to_vec(body).expect("serializable"));
        self.call(request).await.expect("plain create")
    }
}

// ---------------------------------------------------------------------------------------------
// Measuring

/// Per-call times of one way of making a call.
#[derive(Default)]
struct Samples(Vec<Duration>);

impl Samples {
    fn mean(&self) -> f64 {
        let total: f64 = self.0.iter().map(Duration::as_secs_f64).sum();
        total / self.0.len().max(1) as f64
    }

    fn median(&self) -> f64 {
        let mut sorted: Vec<f64> = self.0.iter().map(Duration::as_secs_f64).collect();
        sorted.sort_by(f64::total_cmp);
        sorted.get(sorted.len() / 2).copied().unwrap_or(0.0)
    }
}

/// The ways of making one call, each as a closure returning a future that makes it once.
type Way<'a> = (
    &'static str,
    Box<dyn Fn() -> std::pin::Pin<Box<dyn Future<Output = ()> + 'a>> + 'a>,
);

/// Warms every way up, then times `rounds` rounds of `calls_per_round` calls of each way,
/// rotating which way goes first; prints the table and returns the ratios of the medians to
/// the first way.
async fn measure(title: &str, plan: &Plan, ways: &[Way<'_>]) -> Vec<f64> {
    for (_, call) in ways {
        for _ in 0..plan.warm_up {
            call().await;
        }
    }
    let mut samples: Vec<Samples> = ways.iter().map(|_| Samples::default()).collect();
    for round in 0..plan.rounds {
        for offset in 0..ways.len() {
            let index = (round + offset) % ways.len();
            let call = &ways[index].1;
            for _ in 0..plan.calls_per_round {
                let start = Instant::now();
                call().await;
                samples[index].0.push(start.elapsed());
            }
        }
    }
    let base_mean = samples[0].mean();
    let base_median = samples[0].median();
    println!(
        "\n{title} ({} calls each)",
        plan.rounds * plan.calls_per_round
    );
    println!(
        "  {:<14} {:>12} {:>12} {:>14} {:>14}",
        "way", "mean µs", "median µs", "mean ratio", "median ratio"
    );
    let mut ratios = Vec::new();
    for ((name, _), s) in ways.iter().zip(&samples) {
        let (mean, median) = (s.mean(), s.median());
        println!(
            "  {:<14} {:>12.2} {:>12.2} {:>14.3} {:>14.3}",
            name,
            mean * 1e6,
            median * 1e6,
            mean / base_mean,
            median / base_median
        );
        ratios.push(median / base_median);
    }
    ratios
}

/// Checks that every way sent the same request as the first.
fn assert_same_requests(what: &str, seen: &[Seen], names: &[&str]) {
    assert_eq!(seen.len(), names.len(), "{what}: one request per way");
    for (other, name) in seen.iter().zip(names).skip(1) {
        assert_eq!(
            other.head, seen[0].head,
            "{what}: {name} sends other headers"
        );
        let body = |s: &Seen| serde_json::from_slice::<Value>(&s.body).ok();
        assert_eq!(
            body(other),
            body(&seen[0]),
            "{what}: {name} sends another body"
        );
    }
}

fn aliases_json() -> String {
    let aliases: Vec<Value> = (0..3)
        .map(|i| {
            serde_json::json!({
                "kind": "admin#directory#alias",
                "id": "115187229393281347689",
                "etag": format!("\"etag-{i}\""),
                "primaryEmail": USER_KEY,
                "alias": format!("alias{i}@example.com")
            })
        })
        .collect();
    serde_json::json!({
        "kind": "admin#directory#aliases",
        "etag": "\"list-etag\"",
        "aliases": aliases
    })
    .to_string()
}

fn key_pair_json() -> String {
    serde_json::json!({
        "keyPairId": "kp-0001",
        "pem": "-----BEGIN CERTIFICATE-----\nMIIBhjCCASugAwIBAgIU\n-----END CERTIFICATE-----\n",
        "enablementState": "enabled",
        "subjectEmailAddresses": [USER_KEY],
        "privateKeyMetadata": [{
            "privateKeyMetadataId": "pkm-1",
            "kaclsKeyMetadata": { "kaclsUri": "https://kacls.example.com/api", "kaclsData": "wrapped" }
        }]
    })
    .to_string()
}

const PKCS7: &str = "-----BEGIN PKCS7-----\nMIIBsQYJKoZIhvcNAQcCoIIBojCCAZ4CAQExADALBgkqhkiG9w0BBwGgggGG\n-----END PKCS7-----\n";

async fn run(plan: &Plan) -> (Vec<f64>, Vec<f64>) {
    let names = ["plain", "plain+schema", "generated"];

    // GET directory.users.aliases.list
    let server = Server::start(&aliases_json());
    let generated = google_admin_directory_v1::Client::builder()
        .root_url(server.root_url())
        .auth(StaticToken::new(TOKEN))
        .retry(RetryPolicy::none())
        .build();
    let runtime = generated.runtime();
    let plain = PlainClient::new(
        server.root_url(),
        runtime.user_agent(),
        runtime.api_client_header(),
    );
    let plain_schema = PlainClient::new(
        server.root_url(),
        runtime.user_agent(),
        runtime.api_client_header(),
    );
    let (plain, plain_schema, generated) = (&plain, &plain_schema, &generated);
    let list_ways: Vec<Way<'_>> = vec![
        (
            names[0],
            Box::new(move || {
                Box::pin(async move {
                    let list: PlainAliases = plain.list_aliases().await;
                    assert_eq!(list.aliases.map(|a| a.len()), Some(3));
                })
            }),
        ),
        (
            names[1],
            Box::new(move || {
                Box::pin(async move {
                    let list: Aliases = plain_schema.list_aliases().await;
                    assert_eq!(list.aliases.map(|a| a.len()), Some(3));
                })
            }),
        ),
        (
            names[2],
            Box::new(move || {
                Box::pin(async move {
                    let list = generated
                        .users()
                        .aliases()
                        .list(USER_KEY)
                        .send()
                        .await
                        .expect("generated list");
                    assert_eq!(list.aliases.map(|a| a.len()), Some(3));
                })
            }),
        ),
    ];
    let seen = server
        .capture(async {
            for (_, call) in &list_ways {
                call().await;
            }
        })
        .await;
    assert_same_requests("aliases.list", &seen, &names);
    let list_ratios = measure("GET directory.users.aliases.list", plan, &list_ways).await;

    // POST gmail.users.settings.cse.keypairs.create
    let server = Server::start(&key_pair_json());
    let gmail = google_gmail_v1::Client::builder()
        .root_url(server.root_url())
        .auth(StaticToken::new(TOKEN))
        .retry(RetryPolicy::none())
        .build();
    let runtime = gmail.runtime();
    let plain = PlainClient::new(
        server.root_url(),
        runtime.user_agent(),
        runtime.api_client_header(),
    );
    let plain_schema = PlainClient::new(
        server.root_url(),
        runtime.user_agent(),
        runtime.api_client_header(),
    );
    let plain_body = || PlainKeyPair {
        enablement_state: None,
        key_pair_id: None,
        pem: None,
        pkcs7: Some(PKCS7.to_owned()),
        private_key_metadata: Some(vec![PlainPrivateKeyMetadata {
            kacls_key_metadata: Some(PlainKacls {
                kacls_data: Some("wrapped".to_owned()),
                kacls_uri: Some("https://kacls.example.com/api".to_owned()),
            }),
            private_key_metadata_id: None,
        }]),
        subject_email_addresses: None,
    };
    let generated_body = || {
        CseKeyPair::default()
            .set_pkcs7(PKCS7)
            .set_private_key_metadata([CsePrivateKeyMetadata::default().set_kacls_key_metadata(
                KaclsKeyMetadata::default()
                    .set_kacls_data("wrapped")
                    .set_kacls_uri("https://kacls.example.com/api"),
            )])
    };
    let (plain, plain_schema, gmail) = (&plain, &plain_schema, &gmail);
    let (plain_body, generated_body) = (&plain_body, &generated_body);
    let create_ways: Vec<Way<'_>> = vec![
        (
            names[0],
            Box::new(move || {
                Box::pin(async move {
                    let stored: PlainKeyPair = plain.create_key_pair(&plain_body()).await;
                    assert!(stored.key_pair_id.is_some());
                })
            }),
        ),
        (
            names[1],
            Box::new(move || {
                Box::pin(async move {
                    let stored: CseKeyPair = plain_schema.create_key_pair(&plain_body()).await;
                    assert!(stored.key_pair_id.is_some());
                })
            }),
        ),
        (
            names[2],
            Box::new(move || {
                Box::pin(async move {
                    let stored = gmail
                        .users()
                        .settings()
                        .cse()
                        .keypairs()
                        .create("me", generated_body())
                        .send()
                        .await
                        .expect("generated create");
                    assert!(stored.key_pair_id.is_some());
                })
            }),
        ),
    ];
    let seen = server
        .capture(async {
            for (_, call) in &create_ways {
                call().await;
            }
        })
        .await;
    assert_same_requests("keypairs.create", &seen, &names);
    let create_ratios = measure(
        "POST gmail.users.settings.cse.keypairs.create",
        plan,
        &create_ways,
    )
    .await;

    (list_ratios, create_ratios)
}

fn main() {
    let full = std::env::args().any(|arg| arg == "--bench");
    let plan = if full { &FULL } else { &SMOKE };
    if !full {
        println!(
            "smoke run: a few calls, to check that the three ways send the same request; the \
             figures below mean nothing.\nMeasure with `cargo bench -p bench-calls --bench \
             call_overhead` (release, and `--bench` is passed)."
        );
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let (list, create) = runtime.block_on(run(plan));
    if !full {
        return;
    }
    let overhead = |ratios: &[f64]| (ratios[2] - 1.0) * 100.0;
    println!(
        "\ngenerated vs plain, median per call: GET {:+.1}%, POST {:+.1}% (target: within 5%)",
        overhead(&list),
        overhead(&create)
    );
}
