//! Batches: several calls of one API sent as one `multipart/mixed` request, each answer handed
//! back to its own call, typed.
//!
//! ```no_run
//! # async fn example(client: &google_api_runtime::Client, a: google_api_runtime::Call, b: google_api_runtime::Call)
//! # -> Result<(), google_api_runtime::Error> {
//! use google_api_runtime::Batch;
//!
//! let mut batch = Batch::new(client);
//! let first = batch.add(a); // any generated call builder, or a plain `Call`
//! let second = batch.add(b);
//! let mut answers = batch.send().await?;
//! let first: serde_json::Value = answers.take(first)?;
//! let second = answers.take(second);
//! # Ok(()) }
//! ```
//!
//! The batch goes to the API's `batchPath` (relative to the client's root URL) as a `POST` with a
//! body of `multipart/mixed` parts, one per call: `Content-Type: application/http`,
//! `Content-ID: <item-N>` (N counting from 1 in the order of [`Batch::add`]), then the call as an
//! HTTP/1.1 request with its path and query, its headers and its JSON body. The server answers
//! with one part per call, marked `Content-ID: <response-item-N>`; answers are matched by that
//! mark, never by their order. The credential goes on the outer request only, and the token
//! provider is asked for one valid for every call in the batch: the scopes each call would ask
//! for on its own (chosen on the call, else on the client, else the method's first), together.
//! Parts answered `401 Unauthorized` were not processed: when the provider can replace the
//! credential, they are sent once more, in a batch of their own, and their new answers replace
//! the refusals.
//!
//! A batch holds up to [`MAX_BATCH_CALLS`] (1,000) calls, the Admin SDK's and Google Play EMM's
//! limit; APIs with a lower one (Gmail: 100) refuse a larger batch with an error of the batch.
//!
//! The outer request is a `POST`: it goes through the same exchange as any call, so a refused
//! credential is replaced once, and it is repeated when the server refused it before doing
//! anything (429, a rate-limit 403) but not after failures the server may have acted on, unless
//! the client's [`RetryPolicy`](crate::RetryPolicy) opts in. Errors about the batch as a whole (no
//! `batchPath`, the outer request failing, an answer that is not `multipart/mixed`) name the method
//! id `batch`.

mod request;
mod response;

use std::any::Any;
use std::fmt;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};

use http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde::de::DeserializeOwned;

use crate::auth::Credential;
use crate::call::decode;
use crate::error::violation;
use crate::error::ApiError;
use crate::exchange::{read_body, Exchange, Prepared, Request};
use crate::transport::Url;
use crate::{Call, Client, Error, MethodInfo};
use response::PartAnswer;

/// The most calls one batch holds: the Admin SDK and Google Play EMM take 1,000; other APIs
/// take fewer (Gmail 100) and answer a larger batch with an error of their own.
pub const MAX_BATCH_CALLS: usize = 1000;

/// The method id of errors about a batch as a whole.
pub const BATCH_METHOD_ID: &str = "batch";

/// Numbers batches, so that a handle is only redeemed with the answers of its own batch.
static NEXT_BATCH: AtomicU64 = AtomicU64::new(1);

/// A call that can join a [`Batch`]; every generated call builder of an API with a batch endpoint
/// implements it (except uploads, which cannot be batched).
pub trait Batchable {
    /// What the call's answer decodes to (`()` for methods without a response).
    type Response: Send + 'static;

    /// The request the builder has put together.
    #[doc(hidden)]
    fn into_call(self) -> Call;
}

/// A plain [`Call`] joins a batch with its answer read as any JSON value.
impl Batchable for Call {
    type Response = serde_json::Value;

    fn into_call(self) -> Call {
        self
    }
}

/// Calls to send together in one request; see the [module documentation](self).
pub struct Batch {
    client: Client,
    id: u64,
    calls: Vec<Call>,
    /// The first problem found while adding calls, reported by `send`.
    deferred: Option<Error>,
}

impl Batch {
    /// Starts an empty batch sent through `client`, to its API's `batchPath`. For an API without
    /// one, [`send`](Batch::send) returns [`Error::InvalidArgument`]. Generated crates call it
    /// from `Client::batch()`, which users call instead.
    #[doc(hidden)]
    pub fn new(client: &Client) -> Self {
        Batch {
            client: client.clone(),
            id: NEXT_BATCH.fetch_add(1, Ordering::Relaxed),
            calls: Vec::new(),
            deferred: None,
        }
    }

    /// Adds a call, and returns the handle that later takes its answer out of the
    /// [`BatchResponse`].
    ///
    /// A batch holds at most [`MAX_BATCH_CALLS`] (1,000) calls, and calls with media attached cannot
    /// join one; adding such a call records an [`Error::InvalidArgument`] that
    /// [`send`](Batch::send) returns without sending anything.
    pub fn add<C: Batchable>(&mut self, call: C) -> BatchHandle<C::Response>
    where
        C::Response: DeserializeOwned,
    {
        let call = call.into_call();
        let index = self.calls.len();
        let problem = if index >= MAX_BATCH_CALLS {
            Some(format!(
                "a batch holds at most {MAX_BATCH_CALLS} calls; this one would be number {}",
                index + 1
            ))
        } else if call.has_media() {
            Some("a call with media attached cannot join a batch".to_owned())
        } else {
            None
        };
        match problem {
            Some(message) if self.deferred.is_none() => {
                self.deferred = Some(Error::invalid_argument(call.method().id, None, message));
            }
            Some(_) => {}
            None => self.calls.push(call),
        }
        BatchHandle {
            batch: self.id,
            index,
            answer: PhantomData,
        }
    }

    /// The number of calls in the batch.
    pub fn len(&self) -> usize {
        self.calls.len()
    }

    /// Whether the batch holds no call.
    pub fn is_empty(&self) -> bool {
        self.calls.is_empty()
    }

    /// Sends every call in one request and reads the answers. An empty batch sends nothing.
    ///
    /// The whole batch is refused before anything is sent when a call could not join it (see
    /// [`add`](Batch::add)), when any call is itself invalid (the error its own `send` would
    /// give), or when the API has no batch endpoint. A failure of the outer request is returned
    /// here; the failure of one call is returned when its answer is taken.
    pub async fn send(self) -> Result<BatchResponse, Error> {
        if let Some(error) = self.deferred {
            return Err(error);
        }
        let mut response = BatchResponse {
            batch: self.id,
            method_ids: self.calls.iter().map(|call| call.method().id).collect(),
            answers: Vec::new(),
        };
        if self.calls.is_empty() {
            return Ok(response);
        }
        let Some(batch_path) = self.client.api().batch_path else {
            return Err(Error::invalid_argument(
                BATCH_METHOD_ID,
                None,
                "this API has no batch endpoint",
            ));
        };
        let parts = self
            .calls
            .iter()
            .enumerate()
            .map(|(index, call)| {
                call.prepare()
                    .map(|prepared| (index, call.method(), prepared))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let url = format!(
            "{}{}",
            self.client.root_url(),
            batch_path.trim_start_matches('/')
        );
        let url = Url::parse(&url).map_err(|e| {
            Error::invalid_argument(
                BATCH_METHOD_ID,
                None,
                format!("the batch URL `{url}` is not valid: {e}"),
            )
        })?;
        let scopes = BatchScopes::of(&self.client, &self.calls);
        let all: Vec<&(usize, &'static MethodInfo, Prepared)> = parts.iter().collect();
        let (mut answers, credential) = self.post(&url, &all, &scopes).await?;
        // Parts the API answered 401 were refused the credential and not processed: when the
        // provider can replace it, they are sent once more, in a batch of their own.
        let refused: Vec<&(usize, &'static MethodInfo, Prepared)> = parts
            .iter()
            .filter(|(index, _, _)| {
                answers[*index]
                    .as_ref()
                    .is_some_and(|answer| answer.status == StatusCode::UNAUTHORIZED)
            })
            .collect();
        if !refused.is_empty()
            && self
                .client
                .invalidate(&scopes.accepted, Some(&scopes.chosen), &credential)
        {
            tracing::debug!(
                parts = refused.len(),
                "the API refused the credential for some parts; sending them once more"
            );
            let (mut again, _) = self.post(&url, &refused, &scopes).await?;
            for (index, _, _) in refused {
                if let Some(answer) = again[*index].take() {
                    answers[*index] = Some(answer);
                }
            }
        }
        response.answers = answers;
        Ok(response)
    }

    /// Sends `parts` as one batch request through the exchange loop; returns the answers by
    /// index (`None` where the answer has no part for a call) and the credential used.
    async fn post(
        &self,
        url: &Url,
        parts: &[&(usize, &'static MethodInfo, Prepared)],
        scopes: &BatchScopes,
    ) -> Result<(Vec<Option<PartAnswer>>, Credential), Error> {
        let body = request::encode(parts);
        let content_type = HeaderValue::from_str(&body.content_type)
            .unwrap_or(HeaderValue::from_static("multipart/mixed"));
        // A batch is a POST that may hold calls that are not idempotent: it is repeated only
        // when the server refused it before doing anything (429, a rate-limit 403, a refused
        // credential), unless the client's policy opts in to more.
        let exchange = Exchange::new(
            &self.client,
            BATCH_METHOD_ID,
            &scopes.accepted,
            Some(&scopes.chosen),
            self.client.retry_policy(),
        );
        let ((status, headers, bytes), credential) = exchange
            .run_keeping_credential(
                |_| Request {
                    method: Method::POST,
                    url: url.clone(),
                    headers: HeaderMap::new(),
                    body: Some((body.bytes.clone(), Some(content_type.clone()))),
                },
                |answer| read_body(&self.client, answer),
            )
            .await?;
        tracing::debug!(status = status.as_u16(), "batch response");
        let answers = response::read(BATCH_METHOD_ID, status, &headers, &bytes, self.calls.len())?;
        Ok((answers, credential))
    }
}

/// The OAuth scopes a batch's token is asked for: every scope its calls accept, and the ones each
/// call would ask for on its own (chosen on the call, else on the client, else the method's
/// first), so that one token serves every call.
struct BatchScopes {
    accepted: Vec<&'static str>,
    chosen: Vec<String>,
}

impl BatchScopes {
    fn of(client: &Client, calls: &[Call]) -> Self {
        let mut accepted: Vec<&'static str> = Vec::new();
        let mut chosen: Vec<String> = Vec::new();
        let mut choose = |scope: &str| {
            if !chosen.iter().any(|c| c == scope) {
                chosen.push(scope.to_owned());
            }
        };
        for call in calls {
            let method = call.method();
            for scope in method.scopes {
                if !accepted.contains(scope) {
                    accepted.push(scope);
                }
            }
            match call.chosen_scopes().or(client.scopes()) {
                Some(own) => own.iter().for_each(|scope| choose(scope)),
                None => method
                    .scopes
                    .first()
                    .into_iter()
                    .for_each(|scope| choose(scope)),
            }
        }
        BatchScopes { accepted, chosen }
    }
}

impl fmt::Debug for Batch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Batch")
            .field("calls", &self.calls)
            .field("deferred", &self.deferred)
            .finish_non_exhaustive()
    }
}

/// Takes the answer of one call out of a [`BatchResponse`]; returned by [`Batch::add`].
#[must_use = "the answer of a batched call can only be taken with its handle"]
pub struct BatchHandle<T> {
    batch: u64,
    index: usize,
    answer: PhantomData<fn() -> T>,
}

impl<T> BatchHandle<T> {
    /// The call's position in its batch, counting from 0; its part is `item-{index + 1}`.
    pub fn index(&self) -> usize {
        self.index
    }
}

impl<T> fmt::Debug for BatchHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BatchHandle")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

/// The answers of a sent [`Batch`], taken out one call at a time with
/// [`take`](BatchResponse::take).
pub struct BatchResponse {
    batch: u64,
    method_ids: Vec<&'static str>,
    answers: Vec<Option<PartAnswer>>,
}

impl BatchResponse {
    /// The answer of the call `handle` stands for: a success status decodes into `T` (an empty
    /// body as `{}`, and any body as `()` for a method without a response); any other status
    /// becomes [`Error::Api`] with that call's own status and error body.
    ///
    /// A handle of another batch is an [`Error::InvalidArgument`]; a call the server's answer has
    /// no part for is an [`Error::Protocol`] at `Content-ID`.
    pub fn take<T: DeserializeOwned + 'static>(
        &mut self,
        handle: BatchHandle<T>,
    ) -> Result<T, Error> {
        let index = handle.index;
        let method_id = match self.method_ids.get(index) {
            Some(id) if handle.batch == self.batch => *id,
            _ => {
                return Err(Error::invalid_argument(
                    BATCH_METHOD_ID,
                    None,
                    "this handle belongs to another batch",
                ))
            }
        };
        let Some(answer) = self.answers.get_mut(index).and_then(Option::take) else {
            let item = request::content_id(index);
            return Err(violation(
                method_id,
                StatusCode::OK,
                "Content-ID",
                item.as_bytes(),
                format!("the batch answer has no part for {item}"),
            ));
        };
        if !answer.status.is_success() {
            return Err(ApiError::from_response(
                method_id,
                answer.status,
                answer.headers,
                answer.body,
            )
            .into());
        }
        // A method without a response schema ignores whatever body came back.
        let unit: Box<dyn Any> = Box::new(());
        if let Ok(unit) = unit.downcast::<T>() {
            return Ok(*unit);
        }
        decode::json(method_id, answer.status, &answer.body)
    }

    /// The number of calls the batch held.
    pub fn len(&self) -> usize {
        self.method_ids.len()
    }

    /// Whether the batch held no call.
    pub fn is_empty(&self) -> bool {
        self.method_ids.is_empty()
    }
}

impl fmt::Debug for BatchResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let statuses: Vec<Option<u16>> = self
            .answers
            .iter()
            .map(|answer| answer.as_ref().map(|a| a.status.as_u16()))
            .collect();
        f.debug_struct("BatchResponse")
            .field("methods", &self.method_ids)
            .field("statuses", &statuses)
            .finish_non_exhaustive()
    }
}
