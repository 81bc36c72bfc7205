//! Running the binary and reading what the local server received.

use std::process::Stdio;

use tokio::io::AsyncWriteExt;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The access token every command sends.
pub const TOKEN: &str = "ya29.cli-test-token";

/// What a run of the binary gave.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts a usage error: exit code 2 and exactly one line on standard error, containing
    /// `needle`; nothing on standard output.
    pub fn assert_usage_error(&self, needle: &str) {
        assert_eq!(self.code, 2, "{self:#?}");
        assert_eq!(self.stderr.lines().count(), 1, "one line: {self:#?}");
        assert!(self.stderr.contains(needle), "{needle:?} in {self:#?}");
        assert!(self.stdout.is_empty(), "{self:#?}");
    }
}

/// Runs `gapi args...` with `stdin` as standard input, in an empty environment (no credentials,
/// no quota project from the machine) and a configuration folder of its own.
pub async fn gapi(args: &[&str], stdin: Option<&str>) -> Run {
    gapi_with(args, stdin, &[] as &[(&str, &str)]).await
}

/// [`gapi`] with the environment variables `env` besides.
pub async fn gapi_with_env(
    args: &[&str],
    stdin: Option<&str>,
    env: &[(&str, impl AsRef<std::ffi::OsStr>)],
) -> Run {
    gapi_with(args, stdin, env).await
}

/// The command `gapi args...` in an empty environment with `env` added; a configuration folder of
/// its own (`folder`) unless `env` names one.
pub fn command(
    args: &[&str],
    env: &[(&str, impl AsRef<std::ffi::OsStr>)],
    folder: &tempfile::TempDir,
) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_gapi"));
    command
        .args(args)
        .env_clear()
        .env("HOME", env!("CARGO_TARGET_TMPDIR"))
        .env("GAPI_CONFIG_DIR", folder.path())
        .envs(env.iter().map(|(k, v)| (k, v.as_ref())));
    command
}

/// Runs `gapi args...` as [`gapi`] does, with `env` added to its environment.
pub async fn gapi_with(
    args: &[&str],
    stdin: Option<&str>,
    env: &[(&str, impl AsRef<std::ffi::OsStr>)],
) -> Run {
    let folder = tempfile::tempdir().expect("a temporary folder");
    gapi_in(&folder, args, stdin, env).await
}

/// Runs `gapi args...` as [`gapi_with`] does, with `folder` as its configuration folder (kept
/// between runs: logins, the token cache, copies of discovery documents).
pub async fn gapi_in(
    folder: &tempfile::TempDir,
    args: &[&str],
    stdin: Option<&str>,
    env: &[(&str, impl AsRef<std::ffi::OsStr>)],
) -> Run {
    let mut child = command(args, env, folder)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        pipe.write_all(text.as_bytes())
            .await
            .expect("stdin written");
        drop(pipe);
    }
    let out = child.wait_with_output().await.expect("the binary finishes");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 errors"),
    }
}

/// Runs `gapi` against `server` with the test token: `--root-url` and `--access-token` added.
pub async fn gapi_at(server: &MockServer, args: &[&str], stdin: Option<&str>) -> Run {
    let uri = server.uri();
    let mut all: Vec<&str> = args.to_vec();
    all.extend([
        "--root-url",
        &uri,
        "--access-token",
        TOKEN,
        "--max-attempts",
        "1",
    ]);
    gapi(&all, stdin).await
}

/// A server answering every request with `status` and `body` (no body when `None`).
pub async fn server(status: u16, body: Option<serde_json::Value>) -> MockServer {
    let server = MockServer::start().await;
    let mut answer = ResponseTemplate::new(status);
    if let Some(body) = body {
        answer = answer.set_body_json(body);
    }
    Mock::given(wiremock::matchers::any())
        .respond_with(answer)
        .mount(&server)
        .await;
    server
}

/// Every request the server received.
pub async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording is on")
}

/// The one request the server received.
pub async fn single(server: &MockServer) -> Request {
    let mut all = requests(server).await;
    assert_eq!(all.len(), 1, "one request: {all:#?}");
    all.remove(0)
}

/// A header of `request`.
pub fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// The method, path and query of `request`, as `POST /path?query`.
pub fn line(request: &Request) -> String {
    match request.url.query() {
        Some(q) => format!("{} {}?{q}", request.method, request.url.path()),
        None => format!("{} {}", request.method, request.url.path()),
    }
}

/// Asserts the headers every command sends: the token, the runtime's user agent and
/// `x-goog-api-client`, gzip.
pub fn assert_standard_headers(request: &Request) {
    assert_eq!(
        header(request, "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    let ua = header(request, "user-agent").expect("a user agent");
    assert!(ua.starts_with("gapi/0.1.0 google-api-runtime/"), "{ua}");
    assert!(ua.ends_with("(gzip)"), "{ua}");
    let client = header(request, "x-goog-api-client").expect("x-goog-api-client");
    assert!(
        client.starts_with("gccl-invocation-id/")
            && client.contains(" gccl-attempt-count/1 gl-rust/")
            && client.ends_with(" gdcl/0.1.0"),
        "{client}"
    );
    assert_eq!(header(request, "accept-encoding"), Some("gzip"));
}

/// The JSON body of `request`.
pub fn json_body(request: &Request) -> serde_json::Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}
