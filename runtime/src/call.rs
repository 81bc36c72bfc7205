//! One API call being built and sent: [`Call`], and the static facts of a method: [`MethodInfo`].
//!
//! Generated call builders fill in a [`Call`] (path parameters, query parameters, body) and finish
//! with [`Call::send`] or [`Call::send_empty`]. Everything that can be checked locally (patterns,
//! path parameters, body serialization) is checked before a credential is requested or a byte is
//! sent.
//!
//! The builder's whole API is in this module: this file (parameters, body, options, sending),
//! `media.rs` (uploads and downloads) and `preview.rs` (what a call would send). The one exception
//! is paging (`Call::pages`, `Call::items`), written in [`crate::paging`] under the path the
//! plumbing snapshot records for it. Below the builder: the exchange (`crate::exchange`: the
//! prepared request and the loop that sends it), tracing (`crate::trace::CallSpan`, the call's
//! one span), and media (`crate::media`, which takes the client, the method and what was
//! prepared, never the call).

pub(crate) mod decode;
mod media;
mod method;
mod pattern;
mod preview;
pub(crate) mod request_id;

pub use method::MethodInfo;

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::future::BoxFuture;
use http::HeaderValue;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::client::{add_extra_header, is_idempotent};
use crate::exchange::{self, Body, Buffered, Prepared};
use crate::media::{Attached, ByteRange};
use crate::trace::CallSpan;
use crate::transport::path::{self, Reserved};
use crate::transport::{query, Response, Url};
use crate::{Client, Error, RetryPolicy};
use http::{HeaderMap, StatusCode};
use request_id::RequestIdAt;

/// The header that carries a method's `apiVersion`.
const API_VERSION_HEADER: http::HeaderName = http::HeaderName::from_static("x-goog-api-version");

/// A parameter problem noticed while building, reported by `send`.
#[derive(Clone, Debug)]
struct Deferred {
    parameter: Option<&'static str>,
    message: String,
}

/// One request being built by a generated call builder.
///
/// Cheap to clone (the body is shared), so a call can be repeated, for example for the next page of
/// a list. Its `Debug` output shows the method, parameters and body size, never a credential: the
/// credential is only fetched while sending.
///
/// Plumbing for generated code, hidden from the docs: users hold a call builder, whose options
/// come from [`CallOptions`].
#[doc(hidden)]
#[derive(Clone)]
pub struct Call {
    client: Client,
    method: &'static MethodInfo,
    path: &'static str,
    path_params: Vec<(&'static str, String)>,
    query: Vec<(&'static str, String)>,
    body: Option<Body>,
    deferred: Option<Deferred>,
    /// OAuth scopes chosen for this call (see [`Call::scopes`]).
    scopes: Option<Arc<[String]>>,
    /// Headers added by the caller (see [`Call::header`]).
    headers: HeaderMap,
    /// The retry policy chosen for this call (see [`Call::retry`]).
    retry: Option<RetryPolicy>,
    /// The part of the media to download (see [`Call::range`]).
    range: Option<ByteRange>,
    /// Media to upload with the call, if any (see [`Call::upload`]).
    media: Attached,
    /// Where the method takes a request id the runtime fills in (see [`Call::request_id_query`]).
    request_id: Option<RequestIdAt>,
    /// Whether bodies travel as `{"data": ...}` (see [`Call::data_wrapper`]).
    data_wrapper: bool,
    /// Whether the call only reads, whatever its HTTP method (a Compute `wait`), and so is
    /// retried like an idempotent one.
    pub(crate) only_reads: bool,
}

impl Call {
    /// Starts a call of `method` through `client`.
    pub fn new(client: &Client, method: &'static MethodInfo) -> Self {
        Call {
            client: client.clone(),
            method,
            path: method.path,
            path_params: Vec::new(),
            query: Vec::new(),
            body: None,
            deferred: None,
            scopes: None,
            headers: HeaderMap::new(),
            retry: None,
            range: None,
            media: Attached::default(),
            request_id: None,
            data_wrapper: false,
            only_reads: false,
        }
    }

    /// Declares that the method takes a request id (AIP-4235) in the query parameter `name`:
    /// when the caller sets none, each [`send`](Self::send) sends a new random UUID, the same on
    /// every attempt, and the call is retried like an idempotent one, since the server applies a
    /// repeated request id once. A value the caller sets is sent as it is.
    pub fn request_id_query(&mut self, name: &'static str) {
        self.request_id = Some(RequestIdAt::Query(name));
    }

    /// Like [`request_id_query`](Self::request_id_query), for a request id carried in the
    /// top-level field `field` of the JSON request body.
    pub fn request_id_body(&mut self, field: &'static str) {
        self.request_id = Some(RequestIdAt::Body(field));
    }

    /// Declares that the API's document has the `dataWrapper` feature: a JSON request body is
    /// sent as `{"data": body}`, and the `data` member of the answer is what is decoded, as
    /// Google's clients do.
    pub fn data_wrapper(&mut self) {
        self.data_wrapper = true;
    }

    /// Sets the value of the path template variable `name` (as written in the template: `userId`
    /// for `{userId}` or `{+userId}`). Encoding happens when the call is sent.
    pub fn path_param(&mut self, name: &'static str, value: impl Into<String>) {
        let value = value.into();
        match self.path_params.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.path_params.push((name, value)),
        }
    }

    /// Checks `value` of parameter `name` against the discovery `pattern` (a regex such as
    /// `^enterprises/[^/]+$`). A mismatch makes `send` return [`Error::InvalidArgument`] naming the
    /// method, the parameter, the value and the pattern, before anything is sent.
    ///
    /// Resource-name patterns (`^lit/[^/]+(/lit/[^/]+)*$`, `^.*$`, a trailing `/.*$`) are checked
    /// segment by segment, in linear time; other shapes are left to the server, which checks them
    /// anyway.
    pub fn check_pattern(&mut self, name: &'static str, value: &str, pattern: &'static str) {
        if !pattern::matches(pattern, value) {
            self.defer(
                Some(name),
                format!("{value:?} does not match the pattern `{pattern}`"),
            );
        }
    }

    /// Sets query parameter `name`, replacing any earlier values of that name.
    pub fn query(&mut self, name: &'static str, value: impl Into<String>) {
        self.query_repeated(name, std::iter::once(value.into()));
    }

    /// Sets a repeated query parameter, replacing earlier values of that name; it is sent once per
    /// value, in order: `a=1&a=2`. An empty list removes the parameter.
    pub fn query_repeated<I: IntoIterator<Item = String>>(
        &mut self,
        name: &'static str,
        values: I,
    ) {
        self.query.retain(|(n, _)| *n != name);
        self.query.extend(values.into_iter().map(|v| (name, v)));
    }

    /// Serializes `body` as the JSON request body (sent with `Content-Type: application/json`). A
    /// serialization failure (possible only with hand-made bodies, such as maps whose keys are not
    /// strings) is reported by `send` as [`Error::InvalidArgument`].
    pub fn json_body<T: Serialize + ?Sized>(&mut self, body: &T) {
        match serde_json::to_vec(body) {
            Ok(bytes) => {
                self.body = Some(Body {
                    bytes: Bytes::from(bytes),
                    content_type: HeaderValue::from_static("application/json"),
                });
            }
            Err(e) => self.defer(
                None,
                format!("the request body could not be serialized: {e}"),
            ),
        }
    }

    /// Sets a request body of any media type, replacing a JSON body.
    pub fn raw_body(&mut self, bytes: impl Into<Bytes>, content_type: HeaderValue) {
        self.body = Some(Body {
            bytes: bytes.into(),
            content_type,
        });
    }

    /// Asks the token provider for a token with these OAuth scopes for this call, instead of the
    /// scopes chosen on the client ([`ClientBuilder::scopes`](crate::ClientBuilder::scopes)) or
    /// the first scope the method accepts. An empty list restores the default.
    pub fn scopes<I, S>(&mut self, scopes: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let scopes: Vec<String> = scopes.into_iter().map(Into::into).collect();
        self.scopes = (!scopes.is_empty()).then(|| scopes.into());
    }

    /// Adds a header to the request, replacing a value of the same name set earlier on the call
    /// or on the client ([`ClientBuilder::header`](crate::ClientBuilder::header)): for example
    /// `If-Match` with an entity tag, or `X-Goog-User-Project` for this call only. Headers the
    /// runtime sets itself (`Authorization`, `Content-Type`, `Content-Length`, `Host`,
    /// `User-Agent`, ...) and names or values that HTTP does not allow are refused: `send` then
    /// returns [`Error::InvalidArgument`] saying why, before anything is sent.
    pub fn header(&mut self, name: impl AsRef<str>, value: impl AsRef<[u8]>) {
        let mut problem = None;
        add_extra_header(
            &mut self.headers,
            &mut problem,
            name.as_ref(),
            value.as_ref(),
        );
        if let Some(problem) = problem {
            self.defer(None, problem);
        }
    }

    /// Retries this call with `policy` instead of the client's
    /// ([`ClientBuilder::retry`](crate::ClientBuilder::retry)); for example
    /// [`RetryPolicy::none()`], or a policy with
    /// [`retry_non_idempotent`](RetryPolicy::retry_non_idempotent) for a POST the caller knows is
    /// safe to repeat.
    pub fn retry(&mut self, policy: RetryPolicy) {
        self.retry = Some(policy);
    }

    /// Replaces the path template, for example with a method's media upload path (which starts
    /// with `/` and so is resolved against the root URL).
    pub fn set_path(&mut self, template: &'static str) {
        self.path = template;
    }

    /// The method being called.
    pub fn method(&self) -> &'static MethodInfo {
        self.method
    }

    /// Whether media is attached to the call (see [`upload`](Call::upload)).
    pub(crate) fn has_media(&self) -> bool {
        self.media.is_attached()
    }

    /// The OAuth scopes chosen for this call with [`scopes`](Call::scopes), if any.
    pub(crate) fn chosen_scopes(&self) -> Option<&[String]> {
        self.scopes.as_deref()
    }

    /// The client the call goes through.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The URL the call would be sent to (without any API key), or the error `send` would report
    /// before sending.
    pub fn url(&self) -> Result<Url, Error> {
        self.prepare().map(|prepared| prepared.url)
    }

    /// Sends the call and decodes the JSON response into `T`. An empty body or a 204 decodes as
    /// `{}`.
    pub async fn send<T: DeserializeOwned>(self) -> Result<T, Error> {
        let id = self.method.id;
        let response = self.execute_buffered().await?;
        decode::json(id, response.status, &response.body)
    }

    /// Sends the call and returns the successful answer's body, undecoded (unwrapped from its
    /// `data` member for a `dataWrapper` document).
    pub(crate) async fn send_bytes(self) -> Result<(StatusCode, Bytes), Error> {
        let response = self.execute_buffered().await?;
        Ok((response.status, response.body))
    }

    /// A call of `method` through the same client with this call's per-call options (scopes,
    /// headers, retry policy, data wrapper) and no parameters: how a poller asks about the
    /// operation this call started.
    pub(crate) fn follow_up(&self, method: &'static MethodInfo) -> Call {
        let mut call = Call::new(&self.client, method);
        call.scopes = self.scopes.clone();
        call.headers = self.headers.clone();
        call.retry = self.retry.clone();
        call.data_wrapper = self.data_wrapper;
        call
    }

    /// The value of path parameter `name`, if set.
    pub(crate) fn path_param_value(&self, name: &str) -> Option<&str> {
        self.path_params
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sends the call and ignores the response body; for methods without a response schema.
    pub async fn send_empty(self) -> Result<(), Error> {
        self.execute_buffered().await.map(|_| ())
    }

    /// Sends the call and returns the successful response with its body unread (for example to
    /// stream a media download). Error statuses are still turned into [`Error::Api`], and failures
    /// before the response arrives are retried per the client's policy; a failure while reading the
    /// body later is not.
    pub fn send_raw(self) -> BoxFuture<'static, Result<Response, Error>> {
        let span = CallSpan::open(&self.client, self.method);
        Box::pin(async move {
            let call = &self;
            span.run(
                || {
                    call.prepare_unless(
                        call.media.is_resumable(),
                        "a resumable upload is sent with `send` or `send_empty`",
                    )
                },
                |prepared| async move {
                    exchange::streaming(&call.client, call.method, &prepared).await
                },
            )
            .await
        })
    }

    /// Sends the call and reads the whole answer.
    ///
    /// A boxed future from a function that is not generic: the whole exchange (credentials,
    /// retries, uploads, hyper's connection handling) is compiled once, in this crate, and
    /// [`send`](Self::send)'s per-type future only holds a pointer to it. Otherwise every crate
    /// calling `send::<T>` would compile its own copy of all of it for every `T`.
    fn execute_buffered(self) -> BoxFuture<'static, Result<Buffered, Error>> {
        let span = CallSpan::open(&self.client, self.method);
        Box::pin(async move {
            let call = &self;
            let mut answer = span
                .run(
                    || call.prepare(),
                    |prepared| async move {
                        if call.media.is_attached() {
                            crate::media::send(&call.client, call.method, prepared, &call.media)
                                .await
                        } else {
                            exchange::buffered(&call.client, call.method, &prepared).await
                        }
                    },
                )
                .await?;
            if call.data_wrapper {
                answer.body = request_id::unwrap_data(answer.body);
            }
            Ok(answer)
        })
    }

    /// Records the first problem found while building.
    pub(crate) fn defer(&mut self, parameter: Option<&'static str>, message: String) {
        if self.deferred.is_none() {
            self.deferred = Some(Deferred { parameter, message });
        }
    }

    /// [`prepare`](Self::prepare)s the call, then refuses it with `message` when `refused` (its
    /// media cannot be sent the way asked).
    fn prepare_unless(&self, refused: bool, message: &'static str) -> Result<Prepared, Error> {
        let prepared = self.prepare()?;
        if refused {
            return Err(Error::invalid_argument(self.method.id, None, message));
        }
        Ok(prepared)
    }

    /// Checks everything that can be checked locally and builds the URL.
    pub(crate) fn prepare(&self) -> Result<Prepared, Error> {
        let id = self.method.id;
        if let Some(deferred) = &self.deferred {
            return Err(Error::invalid_argument(
                id,
                deferred.parameter,
                deferred.message.clone(),
            ));
        }
        let reserved = if self.client.api().fully_encode_reserved {
            Reserved::OnlySlash
        } else {
            Reserved::Kept
        };
        let path = path::expand(self.path, &self.path_params, reserved)
            .map_err(|e| Error::invalid_argument(id, e.parameter, e.message))?;
        // Whether the path is relative to the root URL is the template's to say, never a value's:
        // a `{+name}` value starting with `/` stays under the service path.
        let mut url = match (self.path.starts_with('/'), path.strip_prefix('/')) {
            (true, Some(from_root)) => format!("{}{from_root}", self.client.root_url()),
            _ => format!("{}{path}", self.client.base_url()),
        };
        let mut pairs = Cow::Borrowed(self.query.as_slice());
        if let Some(RequestIdAt::Query(name)) = self.request_id {
            if !pairs.iter().any(|(n, _)| *n == name) {
                pairs.to_mut().push((name, request_id::new_id()));
            }
        }
        if let Some(upload_type) = self.media.upload_type(self.body.is_some()) {
            let pairs = pairs.to_mut();
            pairs.retain(|(n, _)| *n != "uploadType");
            pairs.push(("uploadType", upload_type.to_owned()));
        }
        // As Google's Go client does: the server's compact JSON, unless the caller asks.
        if !pairs.iter().any(|(n, _)| *n == "prettyPrint") {
            pairs.to_mut().push(("prettyPrint", "false".to_owned()));
        }
        if !pairs.is_empty() {
            url.push('?');
            url.push_str(&query::encode(pairs.iter().map(|(n, v)| (*n, v.as_str()))));
        }
        let url = Url::parse(&url).map_err(|e| {
            Error::invalid_argument(id, None, format!("the URL `{url}` is not valid: {e}"))
        })?;
        let mut headers = self.media.request_headers();
        if let Some(version) = self.method.api_version {
            if let Ok(value) = HeaderValue::from_str(version) {
                headers.insert(API_VERSION_HEADER, value);
            }
        }
        for (name, value) in &self.headers {
            headers.insert(name, value.clone());
        }
        let body = self.body_to_send();
        Ok(Prepared {
            url,
            has_key_param: self.query.iter().any(|(n, _)| *n == "key"),
            scopes: self.scopes.clone(),
            body: self.media.request_body(body.as_ref()),
            headers,
            idempotent: is_idempotent(&self.method.http_method)
                || self.media.is_resumable()
                || self.request_id.is_some()
                || self.only_reads,
            retry: self.retry.clone(),
        })
    }

    /// The request body as sent: with a request id filled in and the data wrapper, where the
    /// method has them.
    fn body_to_send(&self) -> Option<Body> {
        let body = self.body.as_ref()?;
        let mut bytes = body.bytes.clone();
        if let Some(RequestIdAt::Body(field)) = self.request_id {
            bytes = request_id::fill_body_field(&bytes, field, request_id::new_id);
        }
        if self.data_wrapper {
            bytes = request_id::wrap_data(&bytes);
        }
        Some(Body {
            bytes,
            content_type: body.content_type.clone(),
        })
    }
}

impl fmt::Debug for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("method", &self.method.id)
            .field("path", &self.path)
            .field("path_params", &self.path_params)
            .field("query", &self.query)
            .field("scopes", &self.scopes)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("retry", &self.retry)
            .field("range", &self.range)
            .field("body_len", &self.body.as_ref().map(|b| b.bytes.len()))
            .field("media", &self.media)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::StaticToken;
    use crate::ApiInfo;
    use http::Method;

    static API: ApiInfo = ApiInfo {
        name: "example",
        version: "v1",
        title: "Example",
        root_url: "https://example.googleapis.com/",
        mtls_root_url: None,
        service_path: "example/v1/",
        batch_path: None,
        crate_name: "google-example-v1",
        crate_version: "1.2.3",
        fully_encode_reserved: false,
    };

    static GET: MethodInfo = MethodInfo {
        id: "example.things.get",
        http_method: Method::GET,
        path: "things/{thingId}/{+name}",
        scopes: &["https://www.googleapis.com/auth/example"],
        api_version: None,
    };

    fn client() -> Client {
        Client::builder(&API)
            .auth(StaticToken::new("ya29.do-not-print"))
            .build()
    }

    fn call() -> Call {
        let mut call = Call::new(&client(), &GET);
        call.path_param("thingId", "a b");
        call.path_param("name", "x/y");
        call
    }

    #[test]
    fn url_combines_base_path_and_query() {
        let mut call = call();
        call.query("q", "1 2");
        call.query_repeated("tag", ["a".to_owned(), "b&c".to_owned()]);
        call.query("q", "3");
        let url = call.url().expect("valid url");
        assert_eq!(
            url.as_str(),
            "https://example.googleapis.com/example/v1/things/a%20b/x/y?tag=a&tag=b%26c&q=3&prettyPrint=false"
        );
    }

    #[test]
    fn paths_starting_with_a_slash_are_relative_to_the_root() {
        let mut call = call();
        call.set_path("/upload/example/v1/things/{thingId}");
        let url = call.url().expect("valid url");
        assert_eq!(
            url.as_str(),
            "https://example.googleapis.com/upload/example/v1/things/a%20b?prettyPrint=false"
        );
    }

    #[test]
    fn empty_repeated_parameter_is_removed() {
        let mut call = call();
        call.query("tag", "x");
        call.query_repeated("tag", Vec::new());
        assert_eq!(
            call.url().expect("valid url").query(),
            Some("prettyPrint=false")
        );
    }

    #[test]
    fn pretty_print_is_off_unless_the_caller_sets_it() {
        let mut call = call();
        call.query("prettyPrint", "true");
        assert_eq!(
            call.url().expect("valid url").query(),
            Some("prettyPrint=true")
        );
    }

    #[test]
    fn a_reserved_value_starting_with_a_slash_stays_under_the_service_path() {
        let mut call = call();
        call.path_param("name", "/evil/path");
        let url = call.url().expect("valid url");
        assert_eq!(
            url.as_str(),
            "https://example.googleapis.com/example/v1/things/a%20b//evil/path?prettyPrint=false"
        );
        let mut call = Call::new(&client(), &GET);
        call.set_path("{+name}");
        call.path_param("name", "/upload/other/v9/x");
        let url = call.url().expect("valid url");
        assert!(
            url.as_str()
                .starts_with("https://example.googleapis.com/example/v1/"),
            "{url}"
        );
    }

    #[test]
    fn refused_headers_are_reported_by_send() {
        let mut call = call();
        call.header("If-Match", "\"etag\"");
        assert!(call.url().is_ok());
        call.header("Content-Length", "12");
        let Err(Error::InvalidArgument { message, .. }) = call.url() else {
            panic!("expected an invalid argument")
        };
        assert!(message.contains("Content-Length"), "{message}");
    }

    #[test]
    fn first_problem_is_reported() {
        let mut call = call();
        call.check_pattern("name", "x/y", "^things/[^/]+$");
        call.check_pattern("thingId", "a b", "^[a-z]+$");
        let Err(err) = call.url() else {
            panic!("expected an error")
        };
        let shown = err.to_string();
        assert_eq!(
            shown,
            "example.things.get: invalid argument `name`: \"x/y\" does not match the pattern `^things/[^/]+$`"
        );
    }

    #[test]
    fn body_serialization_failure_is_deferred() {
        let mut map = std::collections::BTreeMap::new();
        map.insert(vec![1u8], 1u8); // JSON object keys must be strings
        let mut call = call();
        call.json_body(&map);
        let Err(Error::InvalidArgument { message, .. }) = call.url() else {
            panic!("expected an invalid argument")
        };
        assert!(message.contains("could not be serialized"), "{message}");
    }

    #[test]
    fn debug_shows_no_token() {
        let mut call = call();
        call.json_body(&serde_json::json!({"a": 1}));
        let shown = format!("{call:?}");
        assert!(!shown.contains("do-not-print"), "{shown}");
        assert!(shown.contains("example.things.get"), "{shown}");
    }

    fn assert_send<T: Send>(_: &T) {}
    fn assert_send_sync<T: Send + Sync>() {}

    /// Compile-time check: calls, clients and the futures of every send method are `Send`.
    #[test]
    fn futures_are_send() {
        assert_send_sync::<Call>();
        assert_send_sync::<Client>();
        assert_send_sync::<Error>();
        let call = call();
        let json = call.clone().send::<serde_json::Value>();
        assert_send(&json);
        let empty = call.clone().send_empty();
        assert_send(&empty);
        let raw = call.send_raw();
        assert_send(&raw);
    }
}
