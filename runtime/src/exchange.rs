//! The exchange loop: every request the runtime sends to an API (a call, a chunk of a resumable
//! upload, a batch) goes through [`Exchange::run`], which owns what they have in common:
//!
//! - the headers every request carries (user agent, `x-goog-api-client`, quota project, the
//!   client's extra headers, `Accept-Encoding: gzip`) and the credential;
//! - the tags of each attempt, as Google's Go client sends them: `gccl-invocation-id/<uuid>`
//!   (one per exchange) and `gccl-attempt-count/<n>` at the front of `x-goog-api-client`, and for
//!   Cloud Storage the invocation id again as `x-goog-gcs-idempotency-token`;
//! - the per-attempt time limit and the limits on bodies read into memory;
//! - after `401 Unauthorized`, one more attempt with a new credential when the token provider can
//!   mint one;
//! - the retry decision ([`RetryPolicy::retries`]), the backoff, `Retry-After`, and the attempt
//!   and time budgets.
//!
//! What differs between them is only what is sent on each attempt (a resumable upload asks the
//! server what it has instead of sending a chunk again) and what a successful answer becomes.
//!
//! A call's request is prepared once, before anything is sent (`prepared.rs`: the URL, headers and
//! body, whether it may be repeated), and sent through the loop read whole or streamed.

mod prepared;

pub(crate) use prepared::{buffered, request, streaming, Body, Buffered, Prepared};

use std::future::Future;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use tracing::Instrument as _;

use crate::auth::{AuthError, Credential};
use crate::client::{retry_after, status_kind, transport_kind, FailureKind, API_CLIENT_HEADER};
use crate::error::ApiError;
use crate::transport::{RequestBuilder, Response, TransportError, Url};
use crate::{Client, Error, RetryPolicy};

/// How much of an error answer's body is read: enough for Google's error JSON with its details.
pub(crate) const ERROR_BODY_LIMIT: usize = 16 << 10;

/// One request as sent on one attempt.
pub(crate) struct Request {
    pub method: Method,
    pub url: Url,
    /// Headers of this request beyond those every request carries; they replace the client's.
    pub headers: HeaderMap,
    /// The body, with its media type (`None` for a body whose type the headers or the protocol
    /// give, such as an upload chunk).
    pub body: Option<(Bytes, Option<HeaderValue>)>,
}

/// What the attempt being built follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// The first attempt.
    First,
    /// An attempt after a failure or a refused credential.
    Again,
}

/// How the body of a successful answer will be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Whole, into memory: compressed answers are asked for, and the size limit and the time
    /// limit cover it.
    Buffered,
    /// Streamed to the caller as it arrives (media downloads): the bytes as stored, and the time
    /// limit covers each wait for more of the body rather than all of it.
    Streamed,
}

/// The fixed facts of one exchange.
pub(crate) struct Exchange<'a> {
    pub client: &'a Client,
    /// The method id that errors name.
    pub method_id: &'static str,
    /// The OAuth scopes the method accepts.
    pub scopes: &'a [&'static str],
    /// The scopes chosen on the call, if any.
    pub chosen: Option<&'a [String]>,
    pub policy: &'a RetryPolicy,
    /// Whether repeating the request cannot change its effect.
    pub idempotent: bool,
    /// Whether the URL carries its own `key` parameter (an API key credential then adds none).
    pub has_key_param: bool,
    pub reading: Reading,
    /// Whether an answer with this status is the answer (else it is an error): success, and for
    /// some protocols other statuses (308 for an upload that wants more).
    pub accepts: fn(StatusCode) -> bool,
    /// Whether the URL itself grants access (an upload session's), and so stays out of errors.
    pub secret_url: bool,
    /// Whether the request goes to the API, which gets the credential, the quota project and the
    /// client's extra headers; an upload session on another host than the API's gets none.
    pub to_api: bool,
}

/// A failed attempt, and what it says about the next one.
struct Failure {
    error: Error,
    kind: FailureKind,
    retry_after: Option<Duration>,
    /// The credential the API refused with `401 Unauthorized`, if that is what happened.
    rejected: Option<Credential>,
}

impl Failure {
    fn fatal(error: Error) -> Self {
        Failure {
            error,
            kind: FailureKind::Final,
            retry_after: None,
            rejected: None,
        }
    }
}

impl<'a> Exchange<'a> {
    /// An exchange with the API for `method_id`, with the defaults most requests share: not
    /// idempotent, no `key` parameter of its own, read whole, success only accepted, a URL that
    /// may be shown, and the credential sent. Callers change what differs with struct update.
    pub(crate) fn new(
        client: &'a Client,
        method_id: &'static str,
        scopes: &'a [&'static str],
        chosen: Option<&'a [String]>,
        policy: &'a RetryPolicy,
    ) -> Self {
        Exchange {
            client,
            method_id,
            scopes,
            chosen,
            policy,
            idempotent: false,
            has_key_param: false,
            reading: Reading::Buffered,
            accepts: |status| status.is_success(),
            secret_url: false,
            to_api: true,
        }
    }

    /// Sends the request `build` makes for each attempt until an answer `accepts` takes arrives
    /// and `finish` turns it into the result, or until the policy gives up; returns the last error
    /// then.
    pub(crate) async fn run<R, B, F, Fut>(&self, build: B, finish: F) -> Result<R, Error>
    where
        B: FnMut(Attempt) -> Request,
        F: Fn(Response) -> Fut,
        Fut: Future<Output = Result<R, TransportError>>,
    {
        self.run_keeping_credential(build, finish)
            .await
            .map(|(outcome, _)| outcome)
    }

    /// [`run`](Self::run), also returning the credential the answer was given to (a batch tells
    /// the provider about it when parts of the answer refuse it).
    pub(crate) async fn run_keeping_credential<R, B, F, Fut>(
        &self,
        mut build: B,
        finish: F,
    ) -> Result<(R, Credential), Error>
    where
        B: FnMut(Attempt) -> Request,
        F: Fn(Response) -> Fut,
        Fut: Future<Output = Result<R, TransportError>>,
    {
        if let Some(problem) = self.client.setup_problem() {
            return Err(Error::invalid_argument(self.method_id, None, problem));
        }
        if self.to_api {
            self.check_universe().await?;
        }
        let policy = self.policy;
        let max_attempts = policy.max_attempts.max(1);
        let started = Instant::now();
        let mut attempt = 1;
        let mut next = Attempt::First;
        let mut reauthorized = false;
        let mut sent = 0;
        let invocation = crate::client::random_uuid();
        loop {
            let mut request = build(next);
            tag_attempt(&mut request.headers, self.client, &invocation, sent + 1);
            let span = crate::trace::request_span(&request.method, &request.url, sent);
            sent += 1;
            let sending = self.attempt(request, &finish, &span);
            let failure = match sending.instrument(span.clone()).await {
                Ok(outcome) => return Ok(outcome),
                Err(failure) => failure,
            };
            next = Attempt::Again;
            // A refused credential: the request was not processed, so whatever the method, it is
            // sent once more if the provider can replace the credential.
            if let Some(rejected) = &failure.rejected {
                if !reauthorized && self.client.invalidate(self.scopes, self.chosen, rejected) {
                    tracing::debug!("the API refused the credential; retrying once with a new one");
                    reauthorized = true;
                    continue;
                }
            }
            if !policy.retries(failure.kind, self.idempotent) || attempt >= max_attempts {
                return Err(failure.error);
            }
            let asked = failure.retry_after.filter(|_| policy.respect_retry_after);
            let delay = policy.delay(attempt - 1, asked);
            if let Some(limit) = policy.max_elapsed {
                // A server that asks for a wait beyond the budget will not answer within it.
                if started.elapsed().saturating_add(asked.unwrap_or(delay)) > limit {
                    tracing::debug!(attempt, "retry budget exhausted");
                    return Err(failure.error);
                }
            }
            tracing::debug!(
                attempt,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                error = %failure.error,
                "retrying"
            );
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// Refuses, before anything is sent, a client whose universe is not its credentials'.
    async fn check_universe(&self) -> Result<(), Error> {
        let credentials = self
            .client
            .credentials_universe()
            .await
            .map_err(|e| Error::auth(self.method_id, e))?;
        match credentials {
            Some(credentials) if credentials != self.client.universe_domain() => {
                Err(Error::UniverseMismatch {
                    method_id: self.method_id,
                    client: self.client.universe_domain().to_owned(),
                    credentials,
                })
            }
            _ => Ok(()),
        }
    }

    async fn attempt<R, F, Fut>(
        &self,
        request: Request,
        finish: &F,
        span: &tracing::Span,
    ) -> Result<(R, Credential), Failure>
    where
        F: Fn(Response) -> Fut,
        Fut: Future<Output = Result<R, TransportError>>,
    {
        let id = self.method_id;
        let (builder, credential) = self
            .authorize(&request, span)
            .await
            .map_err(Failure::fatal)?;
        let builder = self.with_body(builder, request);
        let transport = |e: TransportError| {
            crate::trace::record_error_on(span, e.kind_name());
            Failure {
                kind: transport_kind(&e),
                error: Error::transport(id, if self.secret_url { e.without_url() } else { e }),
                retry_after: None,
                rejected: None,
            }
        };
        let mut response = builder.send().await.map_err(transport)?;
        let status = response.status();
        crate::trace::record_status(span, status);
        if (self.accepts)(status) {
            let outcome = finish(response).await.map_err(transport)?;
            return Ok((outcome, credential));
        }
        let headers = std::mem::take(response.headers_mut());
        // The status is what matters; the body only explains it, so a few KiB are enough, and a
        // body that cannot be read leaves the error without details.
        let body = response.bytes_truncated(ERROR_BODY_LIMIT).await;
        let wait = retry_after(&headers, SystemTime::now());
        let error = ApiError::from_response(id, status, headers, body);
        let kind = status_kind(
            status,
            error.errors.iter().filter_map(|e| e.reason.as_deref()),
        );
        Err(Failure {
            kind,
            retry_after: wait,
            error: error.into(),
            rejected: (status == StatusCode::UNAUTHORIZED).then_some(credential),
        })
    }

    /// Starts the request with what every request carries and the credential; also returns the
    /// credential, to tell the provider if the API refuses it.
    async fn authorize(
        &self,
        request: &Request,
        span: &tracing::Span,
    ) -> Result<(RequestBuilder, Credential), Error> {
        let client = self.client;
        let id = self.method_id;
        let credential = if self.to_api {
            client
                .credential(self.scopes, self.chosen)
                .await
                .map_err(|e| Error::auth(id, e))?
        } else {
            Credential::None
        };
        let mut url = request.url.clone();
        let mut authorization = None;
        match &credential {
            Credential::Bearer(token) => {
                let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose()))
                    .map_err(|_| {
                        Error::auth(
                            id,
                            AuthError::new(
                                "the access token holds characters an HTTP header cannot carry",
                            ),
                        )
                    })?;
                value.set_sensitive(true);
                authorization = Some(value);
            }
            Credential::ApiKey(key) => {
                if !self.has_key_param {
                    url.append_query_pair("key", key.expose());
                }
            }
            Credential::None => {}
        }
        crate::trace::record_url(span, &url, self.secret_url);
        let mut builder = client
            .http_client()
            .request(request.method.clone(), url)
            .headers(client.standard_headers(self.to_api));
        if let Some(value) = authorization {
            builder = builder.header(AUTHORIZATION, value);
        }
        if let Some(timeout) = client.timeout() {
            builder = builder.timeout(timeout);
        }
        builder = match self.reading {
            Reading::Buffered => builder.accept_gzip(),
            Reading::Streamed => builder.idle_timeout_for_body(),
        };
        Ok((builder, credential))
    }

    /// Adds the request's own headers and body.
    fn with_body(&self, builder: RequestBuilder, request: Request) -> RequestBuilder {
        let mut headers = request.headers;
        add_body_headers(&mut headers, &request.method, request.body.as_ref());
        let builder = builder.headers(headers);
        match request.body {
            Some((bytes, _)) => builder.body(bytes),
            None => builder,
        }
    }
}

/// The header that lets Cloud Storage apply a repeated write once (Go's storage client sends
/// the invocation id in it).
const GCS_IDEMPOTENCY_HEADER: &str = "x-goog-gcs-idempotency-token";

/// Tags attempt `attempt` (counting from 1) of invocation `invocation`: `x-goog-api-client`
/// becomes `gccl-invocation-id/<id> gccl-attempt-count/<n>` followed by the client's own value,
/// and a Cloud Storage request also carries the id as its idempotency token.
pub(crate) fn tag_attempt(
    headers: &mut HeaderMap,
    client: &Client,
    invocation: &str,
    attempt: u32,
) {
    let base = client.api_client_header_value();
    let tagged = format!(
        "gccl-invocation-id/{invocation} gccl-attempt-count/{attempt} {}",
        String::from_utf8_lossy(base.as_bytes())
    );
    if let Ok(value) = HeaderValue::from_str(&tagged) {
        headers.insert(HeaderName::from_static(API_CLIENT_HEADER), value);
    }
    if client.api().name == "storage" {
        if let Ok(value) = HeaderValue::from_str(invocation) {
            headers.insert(HeaderName::from_static(GCS_IDEMPOTENCY_HEADER), value);
        }
    }
}

/// Adds the headers that describe a request's body: its media type, when given, and its length;
/// `Content-Length: 0` for a POST, PUT or PATCH without one, which Google's front ends otherwise
/// answer with 411.
pub(crate) fn add_body_headers(
    headers: &mut HeaderMap,
    method: &Method,
    body: Option<&(Bytes, Option<HeaderValue>)>,
) {
    match body {
        Some((bytes, content_type)) => {
            if let Some(content_type) = content_type {
                headers.insert(CONTENT_TYPE, content_type.clone());
            }
            headers.insert(CONTENT_LENGTH, HeaderValue::from(bytes.len()));
        }
        None if [Method::POST, Method::PUT, Method::PATCH].contains(method) => {
            headers.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
        }
        None => {}
    }
}

/// Reads a successful answer's whole body within the client's size limit.
pub(crate) async fn read_body(
    client: &Client,
    response: Response,
) -> Result<(StatusCode, HeaderMap, Bytes), TransportError> {
    let mut response = response;
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let body = response.bytes_up_to(client.max_response_size()).await?;
    Ok((status, headers, body))
}
