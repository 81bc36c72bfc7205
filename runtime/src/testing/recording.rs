//! [`Recorder`]: real exchanges written to a file with their secrets scrubbed; [`Replay`]: the file
//! played back offline as a [`FakeHttp`].

use std::collections::BTreeMap;
use std::fmt;
use std::io::{Read as _, Write as _};
use std::path::Path;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures_util::future::BoxFuture;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::fake::{query_pairs, Answer, Expect, FakeHttp};
use super::headers::recorded_headers;
use crate::transport::{Body, HttpClient, HttpTransport, TransportError};

/// What a recording file says it is, checked when it is read.
const FORMAT: &str = "google-api-runtime recording 1";

/// The largest body a recording keeps, compressed or decoded: a recording is for tests, and an
/// answer larger than this is refused rather than held in memory.
pub const MAX_RECORDED_BODY: usize = 64 << 20;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Recording {
    format: String,
    exchanges: Vec<Exchange>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Exchange {
    request: RecordedRequest,
    response: RecordedResponse,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct RecordedRequest {
    method: String,
    url: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    headers: BTreeMap<String, String>,
    #[serde(flatten)]
    body: RecordedBody,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct RecordedResponse {
    status: u16,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    headers: BTreeMap<String, String>,
    #[serde(flatten)]
    body: RecordedBody,
}

/// A body as stored: JSON when it is JSON, else text when it is UTF-8, else base64.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct RecordedBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    json: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base64: Option<String>,
}

impl RecordedBody {
    fn of(bytes: &[u8], headers: &HeaderMap) -> Self {
        if bytes.is_empty() {
            return RecordedBody::default();
        }
        if let Ok(mut json) = serde_json::from_slice::<Value>(bytes) {
            crate::redact::json(&mut json);
            return RecordedBody {
                json: Some(json),
                ..RecordedBody::default()
            };
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                let is_form = headers.get(http::header::CONTENT_TYPE).is_some_and(|t| {
                    t.as_bytes()
                        .starts_with(b"application/x-www-form-urlencoded")
                });
                RecordedBody {
                    text: Some(if is_form {
                        crate::redact::pairs(text)
                    } else {
                        text.to_owned()
                    }),
                    ..RecordedBody::default()
                }
            }
            Err(_) => RecordedBody {
                base64: Some(crate::wire::Base64::encode(bytes)),
                ..RecordedBody::default()
            },
        }
    }

    fn bytes(&self) -> Result<Bytes, String> {
        if let Some(json) = &self.json {
            return Ok(Bytes::from(json.to_string()));
        }
        if let Some(text) = &self.text {
            return Ok(Bytes::from(text.clone()));
        }
        if let Some(encoded) = &self.base64 {
            let decoded = crate::wire::Base64::decode(encoded).map_err(|e| e.to_string())?;
            return Ok(Bytes::from(decoded));
        }
        Ok(Bytes::new())
    }
}

/// Records every exchange that goes through it, credentials scrubbed, for [`save`](Self::save)
/// to write to a file that [`Replay`] plays back.
///
/// Wraps the HTTP client that really sends (the default one, or a caller's stack): give
/// [`http_client`](Self::http_client) to the client under test, and to its token provider to
/// record token exchanges too. Gzip-compressed answers are stored decoded; a body larger than
/// [`MAX_RECORDED_BODY`] (compressed or decoded) fails the request instead.
///
/// What is scrubbed follows the runtime's one rule for secrets, the same its errors and spans
/// follow (names compared without `_` or `-`, in any case, so `access_token` and `accessToken` are
/// one): credential headers (`Authorization`, `Cookie`, `Set-Cookie`, `X-Goog-Api-Key`,
/// customer-supplied encryption keys, `X-GUploader-UploadID`); credential query and form
/// parameters (`key`, tokens, `client_secret`, `assertion`, `code`, signed URLs' signatures,
/// `upload_id`), also in URL headers such as an upload session's `Location`; and credential JSON
/// fields at any depth (tokens, `client_secret`, `private_key`, `privateKeyData`, `signedJwt`,
/// `password`, ...). Read a recording before committing it all the same: the data an API returns
/// is the recording's and yours to judge.
#[derive(Clone)]
pub struct Recorder {
    inner: HttpClient,
    exchanges: Arc<Mutex<Vec<Exchange>>>,
}

impl Recorder {
    /// Records what `inner` sends and receives.
    pub fn new(inner: HttpClient) -> Self {
        Recorder {
            inner,
            exchanges: Arc::default(),
        }
    }

    /// An HTTP client that sends through `inner` and records.
    pub fn http_client(&self) -> HttpClient {
        HttpClient::from_transport(self.clone())
    }

    /// How many exchanges were recorded so far.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether nothing was recorded yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The recording as JSON text.
    pub fn to_json(&self) -> String {
        let recording = Recording {
            format: FORMAT.to_owned(),
            exchanges: self.lock().clone(),
        };
        let mut text = serde_json::to_string_pretty(&recording).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Writes the recording to `path` (JSON), replacing the file.
    ///
    /// # Errors
    ///
    /// When the file cannot be written.
    pub fn save(&self, path: impl AsRef<Path>) -> std::io::Result<()> {
        let mut file = std::fs::File::create(path)?;
        file.write_all(self.to_json().as_bytes())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Exchange>> {
        self.exchanges
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl fmt::Debug for Recorder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Recorder")
            .field("exchanges", &self.len())
            .finish_non_exhaustive()
    }
}

impl HttpTransport for Recorder {
    fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> BoxFuture<'static, Result<http::Response<Body>, TransportError>> {
        let recorded_request = RecordedRequest {
            method: request.method().to_string(),
            url: scrub_url(&request.uri().to_string()),
            headers: recorded_headers(request.headers()),
            body: RecordedBody::of(request.body(), request.headers()),
        };
        let sending = self.inner.send(request);
        let exchanges = self.exchanges.clone();
        Box::pin(async move {
            let response = sending.await?;
            let (mut head, body) = response.into_parts();
            let mut body = body
                .collect_up_to(MAX_RECORDED_BODY)
                .await
                .map_err(TransportError::body)?;
            if crate::transport::is_gzip(head.headers.get(http::header::CONTENT_ENCODING)) {
                body = gunzip(&body, MAX_RECORDED_BODY).map_err(TransportError::body)?;
                head.headers.remove(http::header::CONTENT_ENCODING);
                head.headers.remove(http::header::CONTENT_LENGTH);
            }
            let recorded_response = RecordedResponse {
                status: head.status.as_u16(),
                headers: recorded_headers(&head.headers),
                body: RecordedBody::of(&body, &head.headers),
            };
            exchanges
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .push(Exchange {
                    request: recorded_request,
                    response: recorded_response,
                });
            Ok(http::Response::from_parts(head, Body::from_bytes(body)))
        })
    }
}

/// A recording played back: a [`FakeHttp`] that expects the recorded requests in their order
/// (method, path, query and JSON body; scrubbed values match anything) and gives the recorded
/// answers.
#[derive(Debug)]
pub struct Replay {
    fake: FakeHttp,
}

impl Replay {
    /// Reads the recording at `path`.
    ///
    /// # Errors
    ///
    /// When the file cannot be read or is not a recording, with the file and what is wrong.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, String> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        Replay::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads a recording from its JSON text.
    ///
    /// # Errors
    ///
    /// When the text is not a recording, saying where.
    pub fn from_json(text: &str) -> Result<Self, String> {
        let recording: Recording = serde_json::from_str(text)
            .map_err(|e| format!("not a recording of this runtime: {e}"))?;
        if recording.format != FORMAT {
            return Err(format!(
                "a recording in the format `{}`, this runtime reads `{FORMAT}`",
                recording.format
            ));
        }
        // Every exchange is read before the fake exists: a fake dropped with expectations unmet
        // panics, which a file with a bad exchange after good ones must not cause.
        let expectations = recording
            .exchanges
            .iter()
            .enumerate()
            .map(|(n, exchange)| expectation(exchange).map_err(|e| format!("exchanges[{n}]: {e}")))
            .collect::<Result<Vec<_>, _>>()?;
        let fake = FakeHttp::new();
        for expect in expectations {
            fake.expect(expect);
        }
        Ok(Replay { fake })
    }

    /// An HTTP client that answers from the recording.
    pub fn http_client(&self) -> HttpClient {
        self.fake.http_client()
    }

    /// Checks that every recorded request was made, and matched.
    ///
    /// # Panics
    ///
    /// With the differences, as [`FakeHttp::verify`] does (which dropping the replay also does).
    pub fn verify(&self) {
        self.fake.verify();
    }
}

/// The expectation and answer of a recorded exchange.
fn expectation(exchange: &Exchange) -> Result<Expect, String> {
    let request = &exchange.request;
    let method = Method::from_bytes(request.method.as_bytes())
        .map_err(|_| format!("`{}` is not an HTTP method", request.method))?;
    let uri: http::Uri = request
        .url
        .parse()
        .map_err(|e| format!("`{}` is not a URL: {e}", request.url))?;
    let mut expect = Expect::new(method, uri.path())
        .no_query()
        .ignoring_redacted();
    for (name, value) in query_pairs(uri.query().unwrap_or("")) {
        expect = expect.query(name, value);
    }
    if let Some(json) = &request.body.json {
        expect = expect.json(json.clone());
    }
    let response = &exchange.response;
    let status = StatusCode::from_u16(response.status)
        .map_err(|_| format!("{} is not an HTTP status", response.status))?;
    let mut headers = HeaderMap::new();
    for (name, value) in &response.headers {
        let name = HeaderName::try_from(name.as_str())
            .map_err(|_| format!("`{name}` is not a header name"))?;
        let value = HeaderValue::try_from(value.as_str())
            .map_err(|_| format!("the value of `{name}` cannot be a header"))?;
        headers.append(name, value);
    }
    let body = response.body.bytes()?;
    Ok(expect.answer(Answer::from_parts(status, headers, body)))
}

/// `url` with the values of credential query parameters redacted.
pub(super) fn scrub_url(url: &str) -> String {
    crate::redact::url(url)
}

/// Decodes a gzip body of at most `limit` bytes decoded, inflating it in bounded steps so that a
/// small body that inflates to gigabytes stops at the limit.
pub(crate) fn gunzip(compressed: &[u8], limit: usize) -> std::io::Result<Bytes> {
    let mut decoded = Vec::new();
    let decoder = flate2::read::MultiGzDecoder::new(compressed);
    decoder
        .take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut decoded)?;
    if decoded.len() > limit {
        return Err(std::io::Error::other(format!(
            "the body decodes to more than {limit} bytes"
        )));
    }
    Ok(Bytes::from(decoded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn credentials_are_scrubbed_everywhere() {
        assert_eq!(
            scrub_url("https://x.example/v1/a?key=AIza&alt=json&access_token=ya29&monkey=1"),
            "https://x.example/v1/a?key=REDACTED&alt=json&access_token=REDACTED&monkey=1"
        );
        assert_eq!(
            crate::redact::pairs(
                "grant_type=refresh_token&refresh_token=1%2F%2Fsecret&client_secret=s"
            ),
            "grant_type=refresh_token&refresh_token=REDACTED&client_secret=REDACTED"
        );
        let mut token = json!({
            "access_token": "ya29.x", "expires_in": 3599,
            "nested": [{ "refresh_token": "r", "key": "data stays" }]
        });
        crate::redact::json(&mut token);
        assert_eq!(
            token,
            json!({
                "access_token": "REDACTED", "expires_in": 3599,
                "nested": [{ "refresh_token": "REDACTED", "key": "data stays" }]
            })
        );
        let mut headers = HeaderMap::new();
        headers.insert("authorization", HeaderValue::from_static("Bearer ya29.x"));
        headers.insert("user-agent", HeaderValue::from_static("noise/1"));
        headers.insert("x-goog-user-project", HeaderValue::from_static("p"));
        headers.append("vary", HeaderValue::from_static("Origin"));
        headers.append("vary", HeaderValue::from_static("X-Origin"));
        let kept: Vec<_> = recorded_headers(&headers).into_iter().collect();
        assert_eq!(
            kept,
            [
                ("authorization".to_owned(), "REDACTED".to_owned()),
                ("vary".to_owned(), "Origin, X-Origin".to_owned()),
                ("x-goog-user-project".to_owned(), "p".to_owned()),
            ]
        );
    }

    #[test]
    fn bodies_are_stored_as_json_text_or_base64_and_read_back() {
        let headers = HeaderMap::new();
        for bytes in [
            &b"{\"a\":[1,2]}"[..],
            b"plain text",
            &[0xff, 0x00, 0x10],
            b"",
        ] {
            let stored = RecordedBody::of(bytes, &headers);
            assert_eq!(stored.bytes().unwrap(), Bytes::copy_from_slice(bytes));
        }
        assert!(RecordedBody::of(b"{}", &headers).json.is_some());
        assert!(RecordedBody::of(b"x", &headers).text.is_some());
        assert!(RecordedBody::of(&[0xff], &headers).base64.is_some());
    }

    #[test]
    fn a_file_that_is_not_a_recording_is_refused_saying_why() {
        let error = Replay::from_json("{}").unwrap_err();
        assert!(error.contains("not a recording"), "{error}");
        let error = Replay::from_json(r#"{"format": "other 9", "exchanges": []}"#).unwrap_err();
        assert!(error.contains("`other 9`"), "{error}");
        let error = Replay::from_json(&format!(
            r#"{{"format": "{FORMAT}", "exchanges": [
                {{"request": {{"method": "GET", "url": "/a"}}, "response": {{"status": 1000}}}}
            ]}}"#
        ))
        .unwrap_err();
        assert!(
            error.starts_with("exchanges[0]: 1000 is not an HTTP status"),
            "{error}"
        );
        // A bad exchange after a good one: an error, not the panic of a fake dropped unmet.
        let error = Replay::from_json(&format!(
            r#"{{"format": "{FORMAT}", "exchanges": [
                {{"request": {{"method": "GET", "url": "/a"}}, "response": {{"status": 200}}}},
                {{"request": {{"method": "G T", "url": "/a"}}, "response": {{"status": 200}}}}
            ]}}"#
        ))
        .unwrap_err();
        assert!(error.starts_with("exchanges[1]: `G T`"), "{error}");
    }
}
