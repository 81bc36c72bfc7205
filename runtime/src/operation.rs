//! Long-running operations: a method that answers with an operation rather than its result gets
//! a [`Poller`], which sends the call, then asks about the operation until it is done, and
//! returns its final state or its error, typed.
//!
//! Two shapes of operation are known, each with the methods that report on it:
//!
//! - `google.longrunning.Operation` (`name`, `done`, `error` as a `google.rpc.Status`,
//!   `response`, `metadata`), asked about with the API's `operations.get` (and `operations.wait`
//!   where the API has it), whose path takes the operation's `name`;
//! - Compute Engine's `Operation` (`status` `PENDING`/`RUNNING`/`DONE`, `error.errors[]`,
//!   `httpErrorStatusCode`), asked about where it lives: `zoneOperations` when it names a `zone`,
//!   `regionOperations` when it names a `region`, else `globalOperations`; each scope's `wait`
//!   (which the server holds until the operation ends or about two minutes pass) first, its
//!   `get` when the API offers no `wait` or refuses it.
//!
//! The generator decides which shape a document's operation has and which methods report on it
//! ([`Shape`], plumbing); the runtime reads the JSON and never needs the generated types but to
//! hand them back.
//!
//! Every request the poller sends is an ordinary call with the starting call's options (scopes,
//! headers, retry policy): a `503` while polling is retried by the usual rules, a `wait` (a POST
//! that changes nothing) included.

use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::future::BoxFuture;
use futures_util::stream::{self, BoxStream, Stream, StreamExt};
use http::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::OperationError;
use crate::{Call, Error, MethodInfo};

/// The methods that report on operations of one scope. Plumbing, emitted by generated code.
#[doc(hidden)]
#[derive(Debug)]
pub struct PollMethods {
    /// Reads the operation (`operations.get`, `zoneOperations.get`).
    pub get: Option<&'static MethodInfo>,
    /// Waits on the server's side until the operation ends or a while passes (`wait`); tried
    /// before `get`.
    pub wait: Option<&'static MethodInfo>,
    /// Whether `wait` takes a JSON request body (`google.longrunning`'s `WaitOperationRequest`,
    /// sent empty so that the server's own deadline applies); Compute's takes none.
    pub wait_has_body: bool,
}

/// The shape of a document's operation and the methods that report on it. Plumbing, emitted
/// by generated code.
#[doc(hidden)]
#[derive(Debug)]
pub enum Shape {
    /// `google.longrunning.Operation`: `done`, `error` (a `google.rpc.Status`).
    LongRunning(PollMethods),
    /// Compute Engine's `Operation`: `status` `DONE`, `error.errors[]`, `httpErrorStatusCode`,
    /// polled in the scope it names.
    Compute {
        /// Operations that name a `zone`.
        zonal: PollMethods,
        /// Operations that name a `region`.
        regional: PollMethods,
        /// The others.
        global: PollMethods,
    },
}

/// How often a [`Poller`] asks and for how long: before poll `n` (counting from 0) it waits
/// `min(max_delay, initial_delay * multiplier^n)`, and it gives up with
/// [`Error::OperationTimeout`] when the next wait would end after `deadline` since the call
/// was sent. The deadline is checked before each wait, not during a poll: a poll sent in time
/// that the server is slow to answer may end past it (the error's `waited` says by how much).
///
/// The defaults follow Google's Rust client libraries: 1 s, doubling, at most 60 s between
/// polls, and no deadline (Compute operations may run for many minutes).
///
/// ```
/// use std::time::Duration;
/// use google_api_runtime::operation::PollPolicy;
///
/// let policy = PollPolicy::default()
///     .with_initial_delay(Duration::from_millis(500))
///     .with_deadline(Some(Duration::from_secs(600)));
/// assert_eq!(policy.delay(0), Duration::from_millis(500));
/// assert_eq!(policy.delay(2), Duration::from_secs(2));
/// assert_eq!(policy.delay(20), Duration::from_secs(60));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PollPolicy {
    /// The wait before the first poll. Default 1 second.
    pub initial_delay: Duration,
    /// The longest wait between two polls. Default 60 seconds.
    pub max_delay: Duration,
    /// The factor by which the wait grows after each poll. Default 2.
    pub multiplier: f64,
    /// How long to wait for the operation in all, or `None` for as long as it takes. Default
    /// `None`.
    pub deadline: Option<Duration>,
}

impl Default for PollPolicy {
    fn default() -> Self {
        PollPolicy {
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            multiplier: 2.0,
            deadline: None,
        }
    }
}

impl PollPolicy {
    /// Sets [`initial_delay`](Self::initial_delay).
    pub fn with_initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// Sets [`max_delay`](Self::max_delay).
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Sets [`multiplier`](Self::multiplier).
    pub fn with_multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = multiplier;
        self
    }

    /// Sets [`deadline`](Self::deadline).
    pub fn with_deadline(mut self, deadline: Option<Duration>) -> Self {
        self.deadline = deadline;
        self
    }

    /// The wait before poll `poll` (0 for the first).
    pub fn delay(&self, poll: u32) -> Duration {
        let exponent = i32::try_from(poll).unwrap_or(i32::MAX);
        let secs = self.initial_delay.as_secs_f64() * self.multiplier.powi(exponent);
        if secs.is_nan() || secs <= 0.0 {
            return Duration::ZERO;
        }
        Duration::try_from_secs_f64(secs)
            .unwrap_or(self.max_delay)
            .min(self.max_delay)
    }
}

/// Waits for the long-running operation a call starts: [`until_done`](Self::until_done) returns
/// its final state, [`states`](Self::states) streams every state on the way. Made by a call
/// builder's `.poller()`; `Op` is the document's operation type.
///
/// An operation that ends in failure is [`Error::Operation`], with Google's code, message and
/// details ([`OperationError`]); the final state of one that succeeds is returned as the
/// operation itself, whose `response` (`google.longrunning`) or `targetLink` (Compute) names
/// the result, since discovery documents do not say the result's type.
#[must_use = "a poller does nothing until it is awaited"]
pub struct Poller<Op> {
    progress: Progress,
    _operation: PhantomData<fn() -> Op>,
}

impl<Op> fmt::Debug for Poller<Op> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Poller")
            .field("method", &self.progress.start.method().id)
            .field("policy", &self.progress.policy)
            .finish_non_exhaustive()
    }
}

impl<Op: DeserializeOwned + Send + 'static> Poller<Op> {
    /// A poller that sends `call` and follows the operation it answers with, asking as
    /// `shape` says. Plumbing for generated code.
    #[doc(hidden)]
    pub fn new(call: Call, shape: &'static Shape) -> Self {
        Poller {
            progress: Progress {
                start: call,
                shape,
                policy: PollPolicy::default(),
                started: None,
                last: None,
                polls: 0,
                wait_refused: false,
                finished: false,
            },
            _operation: PhantomData,
        }
    }

    /// Polls with `policy` instead of the defaults.
    pub fn with_policy(mut self, policy: PollPolicy) -> Self {
        self.progress.policy = policy;
        self
    }

    /// Gives up with [`Error::OperationTimeout`] once the operation has run for `deadline`.
    pub fn with_deadline(mut self, deadline: Duration) -> Self {
        self.progress.policy.deadline = Some(deadline);
        self
    }

    /// Every state of the operation as it is read: the starting call's answer first, then one
    /// per poll; the stream ends after the state that is done. An operation that fails ends the
    /// stream with [`Error::Operation`]; an error while polling ends it with that error.
    pub fn states(self) -> OperationStates<Op> {
        let inner = stream::unfold(self.progress, |mut progress| async move {
            let (status, body, _) = match progress.next().await? {
                Ok(state) => state,
                Err(error) => return Some((Err(error), progress)),
            };
            let id = progress.start.method().id;
            let state = crate::call::decode::json::<Op>(id, status, &body);
            Some((state, progress))
        })
        .boxed();
        OperationStates {
            inner,
            _operation: PhantomData,
        }
    }

    /// Sends the call and polls until the operation is done; returns its final state, or
    /// [`Error::Operation`] when it failed.
    pub async fn until_done(self) -> Result<Op, Error> {
        let mut states = self.states();
        let mut last = None;
        while let Some(state) = states.next().await {
            last = Some(state?);
        }
        // The stream always yields at least one item before it ends.
        last.ok_or_else(|| {
            Error::invalid_argument("operation", None, "the poller yielded no state")
        })
    }
}

/// The states of an operation, as [`Poller::states`] streams them.
#[must_use = "streams do nothing unless polled"]
pub struct OperationStates<Op> {
    inner: BoxStream<'static, Result<Op, Error>>,
    _operation: PhantomData<fn() -> Op>,
}

impl<Op> Stream for OperationStates<Op> {
    type Item = Result<Op, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<Op> fmt::Debug for OperationStates<Op> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OperationStates").finish_non_exhaustive()
    }
}

/// Where an operation stands, whatever its type: the part of the poller that is compiled once.
struct Progress {
    start: Call,
    shape: &'static Shape,
    policy: PollPolicy,
    /// When the starting call was sent.
    started: Option<Instant>,
    /// The latest state read.
    last: Option<Value>,
    /// How many polls have been sent.
    polls: u32,
    /// Whether the server refused `wait`, so that `get` is used from then on.
    wait_refused: bool,
    finished: bool,
}

/// A state read: the answer's status and body, and its JSON.
type State = (StatusCode, Bytes, Value);

impl Progress {
    /// The next state, `None` after the last.
    fn next(&mut self) -> BoxFuture<'_, Option<Result<State, Error>>> {
        Box::pin(async move {
            if self.finished {
                return None;
            }
            let outcome = self.read().await;
            let outcome = outcome.and_then(|state| self.judge(state));
            if outcome.is_err() {
                self.finished = true;
            }
            Some(outcome)
        })
    }

    /// Sends the starting call, or waits and polls.
    async fn read(&mut self) -> Result<State, Error> {
        let id = self.start.method().id;
        let Some(last) = self.last.clone() else {
            self.started = Some(Instant::now());
            return read_state(self.start.clone()).await;
        };
        let delay = self.policy.delay(self.polls);
        let waited = self.started.map(|t| t.elapsed()).unwrap_or_default();
        if let Some(deadline) = self.policy.deadline {
            if waited.saturating_add(delay) > deadline {
                return Err(Error::OperationTimeout {
                    method_id: id,
                    name: last["name"].as_str().map(str::to_owned),
                    waited,
                });
            }
        }
        tokio::time::sleep(delay).await;
        self.polls += 1;
        let methods = self.methods(&last);
        if let (Some(wait), false) = (methods.wait, self.wait_refused) {
            let mut call = self.poll_call(wait, &last);
            if methods.wait_has_body {
                call.json_body(&serde_json::json!({}));
            }
            match read_state(call).await {
                Err(e) if methods.get.is_some() && wait_is_refused(&e) => {
                    tracing::debug!(error = %e, "the server refused `wait`; polling with `get`");
                    self.wait_refused = true;
                }
                other => return other,
            }
        }
        match methods.get {
            Some(get) => read_state(self.poll_call(get, &last)).await,
            None => Err(Error::invalid_argument(
                id,
                None,
                "the API offers no method to read this operation",
            )),
        }
    }

    /// Records `state`, and turns a failed operation into its error.
    fn judge(&mut self, state: State) -> Result<State, Error> {
        let id = self.start.method().id;
        let value = &state.2;
        let failed = match self.shape {
            Shape::LongRunning(_) => {
                let done = value["done"].as_bool() == Some(true);
                self.finished = done;
                done && value["error"].is_object()
            }
            Shape::Compute { .. } => {
                let done = value["status"].as_str() == Some("DONE");
                self.finished = done;
                let errors = &value["error"]["errors"];
                done && errors.as_array().is_some_and(|e| !e.is_empty())
            }
        };
        if failed {
            let operation = state.2;
            let error = match self.shape {
                Shape::LongRunning(_) => OperationError::from_status(id, operation),
                Shape::Compute { .. } => OperationError::from_compute(id, operation),
            };
            return Err(Error::Operation(Box::new(error)));
        }
        self.last = Some(state.2.clone());
        Ok(state)
    }

    /// The methods that report on an operation in the state `last`.
    fn methods(&self, last: &Value) -> &'static PollMethods {
        match self.shape {
            Shape::LongRunning(methods) => methods,
            Shape::Compute {
                zonal,
                regional,
                global,
            } => {
                let names = |field: &str| last[field].as_str().is_some_and(|v| !v.is_empty());
                if names("zone") {
                    zonal
                } else if names("region") {
                    regional
                } else {
                    global
                }
            }
        }
    }

    /// A call of `method` about the operation `last`, its path filled in by [`poll_path_value`].
    fn poll_call(&self, method: &'static MethodInfo, last: &Value) -> Call {
        let mut call = self.start.follow_up(method);
        call.only_reads = true;
        let variables = template_variables(method.path);
        let count = variables.len();
        for (i, variable) in variables.into_iter().enumerate() {
            let is_last = i + 1 == count;
            if let Some(value) = poll_path_value(variable, is_last, count, last, &self.start) {
                call.path_param(variable, value);
            }
        }
        call
    }
}

/// The value of path variable `variable` of a polling method, for the operation `last` started
/// by `start`:
///
/// - the operation's `name` for a template's only variable or one called `name`
///   (`v1/{+name}`, Drive's `operations/{name}`);
/// - the last segment of the operation's field of that name (Compute's `zone` and `region` are
///   URLs);
/// - the last segment of the operation's `name` for the template's last variable (Compute's
///   `{operation}`, Cloud Storage's `{operationId}`);
/// - else the starting call's path parameter of that name (`{project}`, `{bucket}`).
fn poll_path_value(
    variable: &str,
    is_last: bool,
    count: usize,
    last: &Value,
    start: &Call,
) -> Option<String> {
    let name = last["name"].as_str().filter(|n| !n.is_empty());
    if count == 1 || variable == "name" {
        return name.map(str::to_owned);
    }
    if let Some(field) = last[variable].as_str().filter(|v| !v.is_empty()) {
        return Some(last_segment(field).to_owned());
    }
    if is_last {
        if let Some(name) = name {
            return Some(last_segment(name).to_owned());
        }
    }
    start.path_param_value(variable).map(str::to_owned)
}

fn last_segment(value: &str) -> &str {
    value.rsplit('/').next().unwrap_or(value)
}

/// The variable names of a path template, in order (`{+name}` gives `name`).
fn template_variables(template: &'static str) -> Vec<&'static str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(variable, _)| variable.trim_start_matches('+'))
        .collect()
}

/// Whether an error from `wait` means the server does not offer it here (so `get` is tried).
fn wait_is_refused(error: &Error) -> bool {
    matches!(error.status().map(|s| s.as_u16()), Some(404 | 405 | 501))
}

/// Sends `call` and reads the operation it answers with.
async fn read_state(call: Call) -> Result<State, Error> {
    let id = call.method().id;
    let (status, body) = call.send_bytes().await?;
    let value = crate::call::decode::json::<Value>(id, status, &body)?;
    Ok((status, body, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_to_the_bound() {
        let policy = PollPolicy::default();
        assert_eq!(policy.delay(0), Duration::from_secs(1));
        assert_eq!(policy.delay(1), Duration::from_secs(2));
        assert_eq!(policy.delay(5), Duration::from_secs(32));
        assert_eq!(policy.delay(6), Duration::from_secs(60));
        assert_eq!(policy.delay(u32::MAX), Duration::from_secs(60));
        let odd = PollPolicy::default().with_multiplier(f64::NAN);
        assert_eq!(odd.delay(3), Duration::ZERO);
        let flat = PollPolicy::default().with_multiplier(1.0);
        assert_eq!(flat.delay(9), Duration::from_secs(1));
    }

    #[test]
    fn each_setter_sets_its_own_field() {
        let policy = PollPolicy::default()
            .with_initial_delay(Duration::from_millis(7))
            .with_max_delay(Duration::from_secs(9))
            .with_multiplier(3.0)
            .with_deadline(Some(Duration::from_secs(11)));
        assert_eq!(
            policy,
            PollPolicy {
                initial_delay: Duration::from_millis(7),
                max_delay: Duration::from_secs(9),
                multiplier: 3.0,
                deadline: Some(Duration::from_secs(11)),
            }
        );
        assert_eq!(policy.delay(1), Duration::from_millis(21));
    }

    #[test]
    fn template_variables_are_read_in_order() {
        assert_eq!(template_variables("v1/{+name}"), ["name"]);
        assert_eq!(
            template_variables("projects/{project}/zones/{zone}/operations/{operation}/wait"),
            ["project", "zone", "operation"]
        );
        assert_eq!(template_variables("a/{b"), Vec::<&str>::new());
    }

    #[test]
    fn wait_is_refused_only_when_the_server_does_not_offer_it() {
        let api = |code: u16| -> Error {
            crate::error::ApiError::from_response(
                "m",
                StatusCode::from_u16(code).unwrap_or(StatusCode::OK),
                http::HeaderMap::new(),
                Bytes::new(),
            )
            .into()
        };
        for code in [404, 405, 501] {
            assert!(wait_is_refused(&api(code)), "{code}");
        }
        for code in [400, 403, 500, 503] {
            assert!(!wait_is_refused(&api(code)), "{code}");
        }
    }
}
