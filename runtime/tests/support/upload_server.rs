//! A small HTTP/1.1 server that speaks Google's resumable upload protocol, for tests and the
//! upload benchmark (`bench/calls/benches/upload.rs`).
//!
//! It keeps (or checks) the bytes it commits, checks that every chunk starts exactly at its
//! committed offset, counts every byte received, and can inject faults into chosen chunk requests:
//! an error status after committing part of a chunk, a connection closed in the middle of a chunk,
//! or an answer cut short. It handles one request at a time per connection, with keep-alive.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// What to do to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Read the whole chunk, commit its first `keep` bytes, answer with `status` (e.g. 503).
    Status { status: u16, keep: usize },
    /// Read and commit the first `after` bytes of the chunk, then close the connection.
    Drop { after: usize },
    /// Read and commit the whole chunk, then send an answer cut short and close the connection.
    Truncate,
    /// Read the chunk, forget the session (as when it expires) and answer `status` (404 or 410).
    Gone { status: u16 },
}

/// Where committed bytes go.
pub enum Sink {
    /// Kept in memory, for tests to compare.
    Keep(Vec<u8>),
    /// Checked on the fly and dropped; only the number of mismatches is kept.
    Check {
        /// Whether `bytes` are the right ones to find at `offset`.
        check: fn(u64, &[u8]) -> bool,
        /// The number of reads that held a wrong byte.
        mismatches: u64,
    },
}

/// One request, as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    /// The body of a session-starting `POST` (the metadata); empty for chunks, whose bytes go to
    /// the sink.
    pub body: Vec<u8>,
    /// The body bytes the server actually read.
    pub body_read: u64,
}

impl Seen {
    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Everything the server knows.
pub struct State {
    pub sink: Sink,
    /// The bytes before this offset are committed.
    pub committed: u64,
    /// The total size, once a request has told it.
    pub total: Option<u64>,
    /// Faults by the number of the `PUT` they apply to (counting every `PUT` from 1).
    pub faults: HashMap<usize, Fault>,
    /// `PUT`s received so far.
    pub puts: usize,
    /// Every request, in order (chunk bodies not kept).
    pub seen: Vec<Seen>,
    /// Chunks that did not start at the committed offset, or whose length did not match.
    pub violations: Vec<String>,
    /// Every chunk byte received, committed or not.
    pub bytes_received: u64,
    /// Chunk bytes received but not committed (so the client must send them again).
    pub bytes_dropped: u64,
    /// Whether the final answer was sent in full at least once.
    pub completed: bool,
    /// The host the session URL names, when it is not the address the server listens on (for
    /// example `localhost`, which reaches the same server under another name).
    pub session_host: Option<String>,
    /// Sessions started so far; the session URL carries the number.
    pub sessions: usize,
}

/// A running server; it stops when dropped.
pub struct UploadServer {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for UploadServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The final answer of a completed upload.
pub fn final_answer(total: u64) -> String {
    format!(r#"{{"id":"file-1","size":"{total}"}}"#)
}

impl UploadServer {
    /// Starts a server on a free local port.
    pub async fn start(sink: Sink, faults: HashMap<usize, Fault>) -> UploadServer {
        let listener = match TcpListener::bind("127.0.0.1:0").await {
            Ok(listener) => listener,
            Err(e) => panic!("cannot listen: {e}"),
        };
        let addr = match listener.local_addr() {
            Ok(addr) => addr,
            Err(e) => panic!("no address: {e}"),
        };
        let state = Arc::new(Mutex::new(State {
            sink,
            committed: 0,
            total: None,
            faults,
            puts: 0,
            seen: Vec::new(),
            violations: Vec::new(),
            bytes_received: 0,
            bytes_dropped: 0,
            completed: false,
            session_host: None,
            sessions: 0,
        }));
        let shared = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let state = shared.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, addr, state).await;
                });
            }
        });
        UploadServer { addr, state, task }
    }

    /// The root URL of the server.
    pub fn uri(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The server's state.
    pub fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// How a connection goes on after one request.
enum Next {
    KeepAlive,
    Close,
}

async fn serve(
    stream: TcpStream,
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
) -> std::io::Result<()> {
    let mut stream = BufReader::with_capacity(64 << 10, stream);
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let mut words = line.split_whitespace();
        let method = words.next().unwrap_or_default().to_owned();
        let target = words.next().unwrap_or_default().to_owned();
        let mut headers = Vec::new();
        loop {
            let mut header = String::new();
            if stream.read_line(&mut header).await? == 0 {
                return Ok(());
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                headers.push((name.trim().to_owned(), value.trim().to_owned()));
            }
        }
        let seen = Seen {
            method,
            target,
            headers,
            body: Vec::new(),
            body_read: 0,
        };
        let next = if seen.method == "PUT" {
            chunk(&mut stream, seen, &state).await?
        } else {
            start(&mut stream, seen, addr, &state).await?
        };
        if let Next::Close = next {
            return Ok(());
        }
    }
}

fn content_length(seen: &Seen) -> u64 {
    seen.header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// A session-starting `POST`: keeps the metadata and answers with the session URL.
async fn start(
    stream: &mut BufReader<TcpStream>,
    mut seen: Seen,
    addr: SocketAddr,
    state: &Mutex<State>,
) -> std::io::Result<Next> {
    let len = content_length(&seen);
    let mut body = vec![0; usize::try_from(len).unwrap_or(0)];
    stream.read_exact(&mut body).await?;
    seen.body_read = len;
    seen.body = body;
    let (host, session) = {
        let mut st = lock(state);
        st.seen.push(seen);
        st.sessions += 1;
        let host = match &st.session_host {
            Some(host) => format!("{host}:{}", addr.port()),
            None => addr.to_string(),
        };
        (host, st.sessions)
    };
    let answer = format!(
        "HTTP/1.1 200 OK\r\nLocation: http://{host}/upload/session?upload_id=u-{session}\r\nContent-Length: 0\r\n\r\n"
    );
    stream.get_mut().write_all(answer.as_bytes()).await?;
    Ok(Next::KeepAlive)
}

/// What a `Content-Range` says: the first and last byte (none for a query) and the total.
fn parse_range(value: &str) -> (Option<(u64, u64)>, Option<u64>) {
    let spec = value.trim().strip_prefix("bytes ").unwrap_or(value).trim();
    let (range, total) = spec.split_once('/').unwrap_or((spec, "*"));
    let total = total.parse().ok();
    let range = range
        .split_once('-')
        .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
    (range, total)
}

/// A chunk or a status query.
async fn chunk(
    stream: &mut BufReader<TcpStream>,
    mut seen: Seen,
    state: &Mutex<State>,
) -> std::io::Result<Next> {
    let len = content_length(&seen);
    let (range, total) = parse_range(seen.header("content-range").unwrap_or_default());
    let fault = {
        let mut st = lock(state);
        st.puts += 1;
        if total.is_some() {
            st.total = total;
        }
        if let Some((first, last)) = range {
            if first != st.committed {
                let committed = st.committed;
                st.violations.push(format!(
                    "a chunk starts at {first}, the server has {committed}"
                ));
            }
            if last + 1 - first != len {
                st.violations.push(format!(
                    "Content-Range {first}-{last} with {len} bytes of body"
                ));
            }
        }
        let puts = st.puts;
        st.faults.remove(&puts)
    };
    // Read the body, committing what the fault allows.
    let keep = match fault {
        Some(Fault::Status { keep, .. }) => u64::try_from(keep).unwrap_or(u64::MAX).min(len),
        Some(Fault::Drop { after }) => u64::try_from(after).unwrap_or(u64::MAX).min(len),
        _ => len,
    };
    let to_read = match fault {
        Some(Fault::Drop { after }) => u64::try_from(after).unwrap_or(u64::MAX).min(len),
        _ => len,
    };
    let mut buf = vec![0u8; 64 << 10];
    let mut read = 0u64;
    while read < to_read {
        let want = usize::try_from((to_read - read).min(buf.len() as u64)).unwrap_or(buf.len());
        let got = stream.read(&mut buf[..want]).await?;
        if got == 0 {
            break;
        }
        let mut st = lock(state);
        st.bytes_received += got as u64;
        let committing = usize::try_from(keep.saturating_sub(read).min(got as u64)).unwrap_or(0);
        commit(&mut st, &buf[..committing]);
        st.bytes_dropped += (got - committing) as u64;
        read += got as u64;
    }
    seen.body_read = read;
    let (committed, total) = {
        let mut st = lock(state);
        st.seen.push(seen);
        (st.committed, st.total)
    };
    if let Some(Fault::Drop { .. }) = fault {
        return Ok(Next::Close);
    }
    if let Some(Fault::Gone { status }) = fault {
        {
            let mut st = lock(state);
            st.committed = 0;
            st.total = None;
            if let Sink::Keep(kept) = &mut st.sink {
                kept.clear();
            }
        }
        let body = format!(r#"{{"error":{{"code":{status},"message":"No such upload session"}}}}"#);
        let head = format!("HTTP/1.1 {status} Gone\r\nContent-Type: application/json\r\n");
        return respond(stream, &head, body.as_bytes(), false).await;
    }
    let truncate = fault == Some(Fault::Truncate);
    if let Some(Fault::Status { status, .. }) = fault {
        let body = format!(r#"{{"error":{{"code":{status},"message":"try again"}}}}"#);
        let head = format!("HTTP/1.1 {status} Unavailable\r\nContent-Type: application/json\r\n");
        return respond(stream, &head, body.as_bytes(), false).await;
    }
    if total == Some(committed) {
        let body = final_answer(committed);
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        let next = respond(stream, head, body.as_bytes(), truncate).await?;
        if !truncate {
            lock(state).completed = true;
        }
        return Ok(next);
    }
    let head = if committed == 0 {
        "HTTP/1.1 308 Resume Incomplete\r\n".to_owned()
    } else {
        format!(
            "HTTP/1.1 308 Resume Incomplete\r\nRange: bytes=0-{}\r\n",
            committed - 1
        )
    };
    respond(stream, &head, b"", truncate).await
}

/// Writes an answer: `head` (status line and headers, each ending with CRLF), `Content-Length`
/// and `body`. A truncated answer promises 40 more bytes than it sends, sends half the body, and
/// closes the connection.
async fn respond(
    stream: &mut BufReader<TcpStream>,
    head: &str,
    body: &[u8],
    truncate: bool,
) -> std::io::Result<Next> {
    let (length, sent) = if truncate {
        (body.len() + 40, &body[..body.len() / 2])
    } else {
        (body.len(), body)
    };
    let mut answer = format!("{head}Content-Length: {length}\r\n\r\n").into_bytes();
    answer.extend_from_slice(sent);
    let stream = stream.get_mut();
    stream.write_all(&answer).await?;
    stream.flush().await?;
    Ok(if truncate {
        Next::Close
    } else {
        Next::KeepAlive
    })
}

/// Appends committed bytes to the sink.
fn commit(st: &mut State, bytes: &[u8]) {
    let start = st.committed;
    match &mut st.sink {
        Sink::Keep(kept) => kept.extend_from_slice(bytes),
        Sink::Check { check, mismatches } => {
            if !check(start, bytes) {
                *mismatches += 1;
            }
        }
    }
    st.committed += bytes.len() as u64;
}
