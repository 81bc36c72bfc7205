//! [`FakeHttp`]: an HTTP stack that checks each request against the next one the test expects and
//! gives the answer the test declared.

use std::collections::VecDeque;
use std::fmt::{self, Write as _};
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use futures_util::future::BoxFuture;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use percent_encoding::percent_decode_str;
use serde_json::Value;

use crate::transport::{Body, HttpClient, HttpTransport, TransportError};

/// Query parameters the runtime adds to every request, which an [`Expect`] need not declare.
const RUNTIME_QUERY: [(&str, &str); 1] = [("prettyPrint", "false")];

/// A request the test expects, and the answer to give it.
#[derive(Debug, Clone)]
pub struct Expect {
    method: Method,
    path: String,
    query: Option<Vec<(String, String)>>,
    json: Option<Value>,
    headers: Vec<(HeaderName, String)>,
    answer: Answer,
    /// Whether an expected query or JSON value of `REDACTED` (a scrubbed credential) matches any
    /// value.
    redacted_matches_any: bool,
}

impl Expect {
    /// A request with HTTP `method` to `path`, the URL's path as the server sees it (for example
    /// `/gmail/v1/users/me/labels`), compared after percent-decoding. Unless more is declared,
    /// any query, body and headers match, and the answer is `200 OK` with `{}`.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Expect {
            method,
            path: path.into(),
            query: None,
            json: None,
            headers: Vec::new(),
            answer: Answer::json(200, Value::Object(Default::default())),
            redacted_matches_any: false,
        }
    }

    /// A `GET` of `path`.
    pub fn get(path: impl Into<String>) -> Self {
        Expect::new(Method::GET, path)
    }

    /// A `POST` to `path`.
    pub fn post(path: impl Into<String>) -> Self {
        Expect::new(Method::POST, path)
    }

    /// A `PUT` to `path`.
    pub fn put(path: impl Into<String>) -> Self {
        Expect::new(Method::PUT, path)
    }

    /// A `PATCH` of `path`.
    pub fn patch(path: impl Into<String>) -> Self {
        Expect::new(Method::PATCH, path)
    }

    /// A `DELETE` of `path`.
    pub fn delete(path: impl Into<String>) -> Self {
        Expect::new(Method::DELETE, path)
    }

    /// Expects the query parameter `name` with `value` (once per call for a repeated parameter).
    /// Once a query parameter is declared, the query must be exactly the declared ones, besides
    /// `prettyPrint=false`, which the runtime adds to every request.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query
            .get_or_insert_with(Vec::new)
            .push((name.into(), value.into()));
        self
    }

    /// Expects no query parameter besides those the runtime adds to every request.
    pub fn no_query(mut self) -> Self {
        self.query = Some(Vec::new());
        self
    }

    /// Expects a JSON body equal to `body` (as JSON values: key order and spacing do not matter).
    pub fn json(mut self, body: Value) -> Self {
        self.json = Some(body);
        self
    }

    /// Expects the header `name` with `value`.
    ///
    /// # Panics
    ///
    /// When `name` is not a valid header name (a mistake in the test).
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        let name = HeaderName::try_from(name)
            .unwrap_or_else(|_| panic!("`{name}` is not a valid HTTP header name"));
        self.headers.push((name, value.into()));
        self
    }

    /// Lets an expected query or JSON value of `REDACTED`, a credential scrubbed from a
    /// recording, match whatever value the request has.
    pub(super) fn ignoring_redacted(mut self) -> Self {
        self.redacted_matches_any = true;
        self
    }

    /// Gives `answer` to the request.
    pub fn answer(mut self, answer: Answer) -> Self {
        self.answer = answer;
        self
    }

    /// The differences between `request` and this expectation, one line or block each; empty when
    /// it matches.
    fn differences(&self, request: &http::Request<Bytes>) -> Vec<String> {
        let mut found = Vec::new();
        if request.method() != self.method {
            found.push(format!(
                "method: expected {}, got {}",
                self.method,
                request.method()
            ));
        }
        let path = decoded(request.uri().path());
        if path != decoded(&self.path) {
            found.push(format!(
                "path:\n    expected {}\n    got      {path}",
                decoded(&self.path)
            ));
        }
        if let Some(expected) = &self.query {
            let mut got = query_pairs(request.uri().query().unwrap_or(""));
            for (name, value) in RUNTIME_QUERY {
                if !expected.iter().any(|(n, _)| n == name) {
                    if let Some(at) = got.iter().position(|(n, v)| n == name && v == value) {
                        got.remove(at);
                    }
                }
            }
            let mut missing = Vec::new();
            for pair in expected {
                let wildcard = self.redacted_matches_any && pair.1 == "REDACTED";
                match got
                    .iter()
                    .position(|p| p == pair || (wildcard && p.0 == pair.0))
                {
                    Some(at) => {
                        got.remove(at);
                    }
                    None => missing.push(pair),
                }
            }
            if !missing.is_empty() || !got.is_empty() {
                let mut text = String::from("query:");
                for (name, value) in missing {
                    let _ = write!(text, "\n    missing    {name}={}", shown_value(name, value));
                }
                for (name, value) in &got {
                    let _ = write!(text, "\n    unexpected {name}={}", shown_value(name, value));
                }
                found.push(text);
            }
        }
        for (name, value) in &self.headers {
            let got: Vec<_> = request
                .headers()
                .get_all(name)
                .iter()
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                .collect();
            if !got.iter().any(|g| g == value) {
                let shown = |value: &str| crate::redact::header_value(name.as_str(), value);
                let got = if got.is_empty() {
                    "none".to_owned()
                } else {
                    format!("{:?}", got.iter().map(|g| shown(g)).collect::<Vec<_>>())
                };
                found.push(format!(
                    "header {name}: expected {:?}, got {got}",
                    shown(value)
                ));
            }
        }
        if let Some(expected) = &self.json {
            match serde_json::from_slice::<Value>(request.body()) {
                Ok(got) if json_matches(expected, &got, self.redacted_matches_any) => {}
                Ok(got) => found.push(format!(
                    "JSON body (- expected, + got; credentials redacted):\n{}",
                    json_diff(expected, &got)
                )),
                Err(e) => found.push(format!(
                    "JSON body: expected {}, got a body that is not JSON ({e}): {:?}",
                    pretty(&redacted(expected)),
                    crate::redact::pairs(&String::from_utf8_lossy(request.body()))
                )),
            }
        }
        found
    }
}

/// The answer a [`FakeHttp`] gives to an expected request.
#[derive(Debug, Clone)]
pub struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    /// An answer with `status`, no body and no header.
    ///
    /// # Panics
    ///
    /// When `status` is not an HTTP status code (a mistake in the test).
    pub fn status(status: u16) -> Self {
        Answer {
            status: StatusCode::from_u16(status)
                .unwrap_or_else(|_| panic!("{status} is not an HTTP status")),
            headers: HeaderMap::new(),
            body: Bytes::new(),
        }
    }

    /// An answer with `status` and the JSON `body`.
    pub fn json(status: u16, body: Value) -> Self {
        Answer::status(status)
            .header("content-type", "application/json; charset=UTF-8")
            .body(body.to_string())
    }

    /// A Google API error answer, as Google's servers give it: `status`, with one error of
    /// `reason` and `message`.
    pub fn error(status: u16, reason: &str, message: &str) -> Self {
        Answer::json(
            status,
            serde_json::json!({
                "error": {
                    "code": status,
                    "message": message,
                    "errors": [{ "message": message, "domain": "global", "reason": reason }],
                }
            }),
        )
    }

    /// Adds a header to the answer.
    ///
    /// # Panics
    ///
    /// When `name` or `value` cannot be an HTTP header (a mistake in the test).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        let name = HeaderName::try_from(name)
            .unwrap_or_else(|_| panic!("`{name}` is not a valid HTTP header name"));
        let value = HeaderValue::try_from(value)
            .unwrap_or_else(|_| panic!("{value:?} is not a valid HTTP header value"));
        self.headers.append(name, value);
        self
    }

    /// Sets the answer's body.
    pub fn body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    pub(super) fn from_parts(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        Answer {
            status,
            headers,
            body,
        }
    }

    fn to_response(&self) -> http::Response<Body> {
        let mut response = http::Response::new(Body::from_bytes(self.body.clone()));
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers.clone();
        response
    }
}

/// An HTTP stack for tests: each request is checked against the next [`Expect`] declared, and
/// gets its [`Answer`].
///
/// A request that differs gets a transport error that is never retried, whose text lists the
/// differences, and the test fails when the fake is dropped (or [`verify`](Self::verify)d), as it
/// does when expected requests never came. Give [`http_client`](Self::http_client) to the client
/// under test with `ClientBuilder::http_client`.
pub struct FakeHttp {
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    expected: VecDeque<Expect>,
    /// How many requests came.
    received: usize,
    /// What went wrong, in the order it happened.
    problems: Vec<String>,
}

impl FakeHttp {
    /// A fake that expects nothing yet.
    pub fn new() -> Self {
        FakeHttp {
            state: Arc::default(),
        }
    }

    /// Expects `request` after those already expected.
    pub fn expect(&self, request: Expect) -> &Self {
        self.lock().expected.push_back(request);
        self
    }

    /// An HTTP client that sends through this fake.
    pub fn http_client(&self) -> HttpClient {
        HttpClient::from_transport(Transport(self.state.clone()))
    }

    /// How many requests came so far.
    pub fn received(&self) -> usize {
        self.lock().received
    }

    /// Checks that every expected request came and matched.
    ///
    /// # Panics
    ///
    /// With a report of every difference and every expected request that never came.
    pub fn verify(&self) {
        let report = self.report();
        if let Some(report) = report {
            panic!("{report}");
        }
    }

    /// The report [`verify`](Self::verify) panics with, if there is anything to report.
    fn report(&self) -> Option<String> {
        let mut state = self.lock();
        let mut problems = std::mem::take(&mut state.problems);
        let unmet = std::mem::take(&mut state.expected);
        for (n, expect) in unmet.iter().enumerate() {
            problems.push(format!(
                "request {} never came: {} {}",
                state.received + n + 1,
                expect.method,
                expect.path
            ));
        }
        (!problems.is_empty()).then(|| {
            format!(
                "the HTTP requests differ from what the test expects:\n\n{}",
                problems.join("\n\n")
            )
        })
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }
}

impl Default for FakeHttp {
    fn default() -> Self {
        FakeHttp::new()
    }
}

impl fmt::Debug for FakeHttp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("FakeHttp")
            .field("expected", &state.expected.len())
            .field("received", &state.received)
            .finish()
    }
}

impl Drop for FakeHttp {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Some(report) = self.report() {
            panic!("{report}");
        }
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A test that panicked while holding the lock already failed; its state is still worth
    // reporting.
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The [`HttpTransport`] side of a [`FakeHttp`].
struct Transport(Arc<Mutex<State>>);

impl HttpTransport for Transport {
    fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> BoxFuture<'static, Result<http::Response<Body>, TransportError>> {
        let outcome = {
            let mut state = lock(&self.0);
            state.received += 1;
            let number = state.received;
            let shown = format!(
                "{} {}",
                request.method(),
                crate::redact::url(&request.uri().to_string())
            );
            match state.expected.pop_front() {
                None => {
                    let problem = format!(
                        "request {number} was not expected: {shown}\n{}",
                        dump(&request)
                    );
                    state.problems.push(problem.clone());
                    Err(TransportError::refused(problem))
                }
                Some(expect) => {
                    let differences = expect.differences(&request);
                    if differences.is_empty() {
                        Ok(expect.answer.to_response())
                    } else {
                        let problem = format!(
                            "request {number} ({shown}) differs from the expected {} {}:\n  {}",
                            expect.method,
                            expect.path,
                            differences.join("\n  ")
                        );
                        state.problems.push(problem.clone());
                        Err(TransportError::refused(problem))
                    }
                }
            }
        };
        Box::pin(std::future::ready(outcome))
    }
}

/// A request as a report shows one that was not expected.
fn dump(request: &http::Request<Bytes>) -> String {
    let mut text = String::new();
    for (name, value) in super::headers::recorded_headers(request.headers()) {
        let _ = writeln!(text, "  {name}: {value}");
    }
    if !request.body().is_empty() {
        match serde_json::from_slice::<Value>(request.body()) {
            Ok(json) => {
                let json = pretty(&redacted(&json));
                let _ = write!(text, "  body: {}", json.replace('\n', "\n  "));
            }
            Err(_) => {
                let _ = write!(text, "  body: {} bytes", request.body().len());
            }
        }
    }
    text
}

fn decoded(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// The query's pairs, decoded (`+` is a space, as in forms).
pub(super) fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| decoded(&s.replace('+', " "));
            (decode(name), decode(value))
        })
        .collect()
}

/// A query value as a report shows it: a credential's as `REDACTED`.
fn shown_value<'a>(name: &str, value: &'a str) -> &'a str {
    if crate::redact::is_secret_parameter(name) {
        crate::redact::REDACTED
    } else {
        value
    }
}

/// `json` with its credential fields redacted, as reports show it.
fn redacted(json: &Value) -> Value {
    let mut json = json.clone();
    crate::redact::json(&mut json);
    json
}

/// Whether `got` equals `expected`, where with `wildcard` an expected `"REDACTED"` (a credential
/// scrubbed from a recording) matches any value.
fn json_matches(expected: &Value, got: &Value, wildcard: bool) -> bool {
    match (expected, got) {
        (Value::String(text), _) if wildcard && text == crate::redact::REDACTED => true,
        (Value::Object(expected), Value::Object(got)) => {
            expected.len() == got.len()
                && expected.iter().all(|(name, value)| {
                    got.get(name)
                        .is_some_and(|got| json_matches(value, got, wildcard))
                })
        }
        (Value::Array(expected), Value::Array(got)) => {
            expected.len() == got.len()
                && expected
                    .iter()
                    .zip(got)
                    .all(|(expected, got)| json_matches(expected, got, wildcard))
        }
        _ => expected == got,
    }
}

fn pretty(json: &Value) -> String {
    serde_json::to_string_pretty(json).unwrap_or_default()
}

/// A line diff of two JSON documents, pretty-printed.
fn json_diff(expected: &Value, got: &Value) -> String {
    let (expected, got) = (pretty(&redacted(expected)), pretty(&redacted(got)));
    if expected == got {
        return "  (they differ only in credential fields, whose values are not shown)".to_owned();
    }
    let diff = similar::TextDiff::from_lines(&expected, &got);
    let mut text = String::new();
    for change in diff.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => '-',
            similar::ChangeTag::Insert => '+',
            similar::ChangeTag::Equal => ' ',
        };
        let _ = write!(text, "    {sign} {}", change.value());
        if change.missing_newline() {
            text.push('\n');
        }
    }
    text.truncate(text.trim_end().len());
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(method: Method, uri: &str, body: &str) -> http::Request<Bytes> {
        let mut request = http::Request::new(Bytes::from(body.to_owned()));
        *request.method_mut() = method;
        *request.uri_mut() = uri.parse().unwrap();
        request
    }

    #[test]
    fn a_matching_request_has_no_difference() {
        let expect = Expect::post("/v1/users/ada@example.com/aliases")
            .query("customer", "C 1")
            .json(json!({"alias": "a", "n": 1}))
            .header("x-goog-user-project", "p");
        let mut got = request(
            Method::POST,
            "https://x.example/v1/users/ada%40example.com/aliases?customer=C%201&prettyPrint=false",
            r#"{ "n": 1, "alias": "a" }"#,
        );
        got.headers_mut()
            .insert("x-goog-user-project", HeaderValue::from_static("p"));
        assert_eq!(expect.differences(&got), Vec::<String>::new());
    }

    #[test]
    fn every_difference_is_reported() {
        let expect = Expect::post("/v1/things")
            .query("a", "1")
            .query("tag", "x")
            .query("tag", "y")
            .json(json!({"alias": "a@example.com", "keep": true}))
            .header("x-goog-user-project", "p");
        let got = request(
            Method::PUT,
            "https://x.example/v1/other?a=1&tag=x&b=2&prettyPrint=false",
            r#"{"alias": "b@example.com", "keep": true}"#,
        );
        let differences = expect.differences(&got).join("\n");
        assert!(
            differences.contains("method: expected POST, got PUT"),
            "{differences}"
        );
        assert!(
            differences.contains("expected /v1/things\n    got      /v1/other"),
            "{differences}"
        );
        assert!(differences.contains("missing    tag=y"), "{differences}");
        assert!(differences.contains("unexpected b=2"), "{differences}");
        assert!(!differences.contains("prettyPrint"), "{differences}");
        assert!(
            differences.contains("header x-goog-user-project: expected \"p\", got none"),
            "{differences}"
        );
        assert!(
            differences.contains("-   \"alias\": \"a@example.com\""),
            "{differences}"
        );
        assert!(
            differences.contains("+   \"alias\": \"b@example.com\""),
            "{differences}"
        );
        assert!(
            differences.contains("      \"keep\": true"),
            "{differences}"
        );
    }

    #[test]
    fn a_declared_query_must_be_exact_and_a_body_must_be_json() {
        let expect = Expect::get("/v1/x").no_query().json(json!({}));
        let got = request(
            Method::GET,
            "https://x.example/v1/x?pageToken=t",
            "not json",
        );
        let differences = expect.differences(&got).join("\n");
        assert!(
            differences.contains("unexpected pageToken=t"),
            "{differences}"
        );
        assert!(differences.contains("not JSON"), "{differences}");
        // Undeclared query, body and headers match anything.
        let lax = Expect::get("/v1/x");
        assert!(lax.differences(&got).is_empty());
    }

    #[tokio::test]
    async fn the_fake_answers_in_order_and_reports_what_never_came() {
        let fake = FakeHttp::new();
        fake.expect(Expect::get("/a").answer(Answer::json(201, json!({"ok": 1}))))
            .expect(Expect::get("/b"));
        let http = fake.http_client();
        let response = http
            .send(request(Method::GET, "https://x.example/a", ""))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(fake.received(), 1);
        let report = fake.report().unwrap();
        assert!(report.contains("request 2 never came: GET /b"), "{report}");
        assert!(fake.report().is_none(), "a report is given once");
    }

    #[tokio::test]
    async fn an_unexpected_request_is_refused_and_reported() {
        let fake = FakeHttp::new();
        let http = fake.http_client();
        let mut sent = request(
            Method::DELETE,
            "https://x.example/z?key=AIza-k",
            r#"{"k":1}"#,
        );
        sent.headers_mut().insert(
            "authorization",
            HeaderValue::from_static("Bearer ya29.secret"),
        );
        let error = http.send(sent).await.unwrap_err();
        assert!(!error.is_connect() && !error.is_request(), "never retried");
        let report = fake.report().unwrap();
        assert!(
            report.contains("request 1 was not expected: DELETE https://x.example/z?key=REDACTED"),
            "{report}"
        );
        assert!(report.contains("\"k\": 1"), "{report}");
        assert!(report.contains("authorization: REDACTED"), "{report}");
        assert!(
            !report.contains("AIza-k") && !report.contains("ya29.secret"),
            "{report}"
        );
    }

    #[test]
    #[should_panic(expected = "request 1 never came: GET /never")]
    fn dropping_a_fake_with_unmet_expectations_fails_the_test() {
        let fake = FakeHttp::new();
        fake.expect(Expect::get("/never"));
    }
}
