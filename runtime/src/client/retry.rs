//! [`RetryPolicy`] and the rules that decide whether, and when, a failed attempt is repeated.

use std::time::{Duration, SystemTime};

use crate::transport::TransportError;
use http::{HeaderMap, Method, StatusCode};

/// How a [`Client`](crate::Client) repeats calls that failed in a way that may be temporary; set
/// on the client ([`ClientBuilder::retry`](crate::ClientBuilder::retry)) or on one call
/// ([`Call::retry`](crate::Call::retry)).
///
/// What is repeated follows Google's own client libraries:
///
/// - for every HTTP method, since the server refused before doing anything: `429 Too Many
///   Requests`, `403 Forbidden` whose error reason is `rateLimitExceeded` or
///   `userRateLimitExceeded` (how Gmail and the Admin SDK answer rate limits), and a connection
///   that could not be established;
/// - for idempotent methods only (GET, HEAD, PUT, DELETE), since the server may have acted on the
///   first attempt: `408 Request Timeout`, every `5xx` but `501 Not Implemented`, a timeout, and a
///   connection lost while sending or reading. [`retry_non_idempotent`](Self::retry_non_idempotent)
///   extends these to POST and PATCH, for calls the caller knows to be safe to repeat.
///
/// Between attempts the client waits with exponential backoff and "full jitter": before retry `n`
/// (counting from 0) it sleeps a random time between zero and
/// `min(max_backoff, initial_backoff * multiplier^n)`. When the response carries a `Retry-After`
/// header (seconds or an HTTP date) and `respect_retry_after` is set, the client waits that long
/// instead, but never longer than `max_backoff` (Google's Go and Python clients ignore the header;
/// honouring it without a bound would let one answer stall a call for a year). No retry starts once `max_attempts` attempts have been made or when its wait would
/// end after `max_elapsed` since the call began; the last error is returned then.
///
/// ```
/// use std::time::Duration;
/// use google_api_runtime::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .with_max_attempts(3)
///     .with_initial_backoff(Duration::from_millis(200));
/// assert_eq!(policy.max_attempts, 3);
/// assert_eq!(RetryPolicy::none().max_attempts, 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// The number of attempts in all, the first included; 1 (or 0) means no retries. Default 5.
    pub max_attempts: u32,
    /// The backoff bound before the first retry. Default 1 second.
    pub initial_backoff: Duration,
    /// The largest backoff bound. Default 32 seconds.
    pub max_backoff: Duration,
    /// The factor by which the backoff bound grows after each retry. Default 2.
    pub multiplier: f64,
    /// The total time after which no further retry starts, or `None` for no bound. Default 60 s.
    pub max_elapsed: Option<Duration>,
    /// Whether a `Retry-After` header replaces the computed backoff (up to `max_backoff`).
    /// Default `true`.
    pub respect_retry_after: bool,
    /// Whether failures that are retried only for idempotent methods (408, 5xx, timeouts, lost
    /// connections) are retried for POST and PATCH too. Default `false`: the server may have acted
    /// on the first attempt.
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(32),
            multiplier: 2.0,
            max_elapsed: Some(Duration::from_secs(60)),
            respect_retry_after: true,
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries: every call is attempted once.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets [`max_attempts`](Self::max_attempts).
    pub fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts;
        self
    }

    /// Sets [`initial_backoff`](Self::initial_backoff).
    pub fn with_initial_backoff(mut self, initial_backoff: Duration) -> Self {
        self.initial_backoff = initial_backoff;
        self
    }

    /// Sets [`max_backoff`](Self::max_backoff).
    pub fn with_max_backoff(mut self, max_backoff: Duration) -> Self {
        self.max_backoff = max_backoff;
        self
    }

    /// Sets [`multiplier`](Self::multiplier).
    pub fn with_multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = multiplier;
        self
    }

    /// Sets [`max_elapsed`](Self::max_elapsed).
    pub fn with_max_elapsed(mut self, max_elapsed: Option<Duration>) -> Self {
        self.max_elapsed = max_elapsed;
        self
    }

    /// Sets [`respect_retry_after`](Self::respect_retry_after).
    pub fn with_respect_retry_after(mut self, respect: bool) -> Self {
        self.respect_retry_after = respect;
        self
    }

    /// Sets [`retry_non_idempotent`](Self::retry_non_idempotent).
    pub fn with_retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = retry;
        self
    }

    /// Whether a failure of `kind` is worth another attempt of a request that is `idempotent` or
    /// not (the attempt budget and the elapsed time are judged apart).
    pub(crate) fn retries(&self, kind: FailureKind, idempotent: bool) -> bool {
        match kind {
            FailureKind::Refused => true,
            FailureKind::MayHaveActed => self.retry_non_idempotent || idempotent,
            FailureKind::Final => false,
        }
    }

    /// The upper bound of the wait before retry number `retry` (0 for the first retry).
    pub(crate) fn backoff_bound(&self, retry: u32) -> Duration {
        let exponent = i32::try_from(retry).unwrap_or(i32::MAX);
        let secs = self.initial_backoff.as_secs_f64() * self.multiplier.powi(exponent);
        // A negative, NaN or overflowing result (from an odd multiplier) is clamped.
        let bound = if secs.is_nan() || secs <= 0.0 {
            Duration::ZERO
        } else {
            Duration::try_from_secs_f64(secs).unwrap_or(self.max_backoff)
        };
        bound.min(self.max_backoff)
    }

    /// The wait before retry number `retry`: what the answer's `Retry-After` asked for, but never more than [`max_backoff`](Self::max_backoff) (a server, or
    /// anything between, that asks for a year gets the policy's longest wait); else the backoff.
    /// `retry_after` is `None` when the policy does not respect it.
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        match retry_after {
            Some(wait) => wait.min(self.max_backoff),
            None => self.backoff(retry),
        }
    }

    /// A random wait in `[0, backoff_bound(retry)]`.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let bound = self.backoff_bound(retry);
        Duration::try_from_secs_f64(bound.as_secs_f64() * fastrand::f64()).unwrap_or(bound)
    }
}

/// Whether a call with this HTTP method may be repeated without changing its effect.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    [Method::GET, Method::HEAD, Method::PUT, Method::DELETE].contains(method)
}

/// What a failed attempt says about trying again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FailureKind {
    /// The server refused before doing anything (or was never reached): worth another attempt
    /// whatever the method.
    Refused,
    /// The failure may go away, but the server may have acted on the request: worth another
    /// attempt for idempotent methods.
    MayHaveActed,
    /// Another attempt would fail the same way.
    Final,
}

/// The error reasons with which Gmail, the Admin SDK and other APIs answer a rate limit with 403.
const RATE_LIMIT_REASONS: [&str; 2] = ["rateLimitExceeded", "userRateLimitExceeded"];

/// What an error status (with the reasons of the error body's `errors` list) says about trying
/// again.
pub(crate) fn status_kind<'a>(
    status: StatusCode,
    mut reasons: impl Iterator<Item = &'a str>,
) -> FailureKind {
    match status.as_u16() {
        429 => FailureKind::Refused,
        403 if reasons.any(|reason| RATE_LIMIT_REASONS.contains(&reason)) => FailureKind::Refused,
        408 => FailureKind::MayHaveActed,
        501 => FailureKind::Final,
        500..=599 => FailureKind::MayHaveActed,
        _ => FailureKind::Final,
    }
}

/// What a transport failure says about trying again: a connection that was never established
/// carried nothing to the server; a timeout or a connection lost while sending or reading may
/// have come after the server acted.
pub(crate) fn transport_kind(error: &TransportError) -> FailureKind {
    if error.is_connect() {
        FailureKind::Refused
    } else if error.is_timeout() || error.is_request() || error.is_body() {
        FailureKind::MayHaveActed
    } else {
        FailureKind::Final
    }
}

/// The wait a response asks for in its `Retry-After` header, if it has a valid one.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(value, now)
}

/// Parses a `Retry-After` value: a number of seconds, or an HTTP date (a date in the past means no
/// wait).
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse::<u64>().ok().map(Duration::from_secs);
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_capped_by_the_longest_backoff() {
        let policy = RetryPolicy::default()
            .with_max_elapsed(None)
            .with_max_backoff(Duration::from_secs(32));
        let year = Duration::from_secs(31_536_000);
        assert_eq!(policy.delay(0, Some(year)), Duration::from_secs(32));
        assert_eq!(
            policy.delay(3, Some(Duration::from_secs(2))),
            Duration::from_secs(2)
        );
        assert!(policy.delay(0, None) <= Duration::from_secs(1));
        assert_eq!(
            policy.delay(9, Some(Duration::MAX)),
            Duration::from_secs(32)
        );
    }

    #[test]
    fn retry_after_seconds() {
        let now = SystemTime::now();
        assert_eq!(parse_retry_after("0", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after(" 120 ", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after("-1", now), None);
        assert_eq!(parse_retry_after("1.5", now), None);
        assert_eq!(parse_retry_after("", now), None);
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("99999999999999999999999", now), None);
    }

    #[test]
    fn retry_after_http_date() {
        let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").expect("valid date");
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:50:07 GMT", now),
            Some(Duration::from_secs(30))
        );
        // The obsolete formats a recipient must also accept.
        assert_eq!(
            parse_retry_after("Sunday, 06-Nov-94 08:49:47 GMT", now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            parse_retry_after("Sun Nov  6 08:49:38 1994", now),
            Some(Duration::from_secs(1))
        );
        // In the past: retry at once.
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn retry_after_header() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers, SystemTime::now()), None);
        headers.insert(
            http::header::RETRY_AFTER,
            http::HeaderValue::from_static("3"),
        );
        assert_eq!(
            retry_after(&headers, SystemTime::now()),
            Some(Duration::from_secs(3))
        );
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = RetryPolicy::default();
        let secs = |n| policy.backoff_bound(n).as_secs_f64();
        assert_eq!(secs(0), 1.0);
        assert_eq!(secs(1), 2.0);
        assert_eq!(secs(4), 16.0);
        assert_eq!(secs(5), 32.0);
        assert_eq!(secs(6), 32.0);
        assert_eq!(secs(u32::MAX), 32.0);
        for retry in 0..10 {
            for _ in 0..50 {
                let wait = policy.backoff(retry);
                assert!(wait <= policy.backoff_bound(retry), "{wait:?}");
            }
        }
    }

    #[test]
    fn backoff_is_spread_over_the_whole_bound() {
        let policy = RetryPolicy::default();
        let bound = policy.backoff_bound(3);
        let waits: Vec<Duration> = (0..400).map(|_| policy.backoff(3)).collect();
        assert!(waits.iter().all(|w| *w <= bound));
        // Full jitter: some waits in each half of the range (each misses with odds 2^-400).
        assert!(waits.iter().any(|w| *w > bound / 2), "{waits:?}");
        assert!(waits.iter().any(|w| *w < bound / 2), "{waits:?}");
    }

    #[test]
    fn a_multiplier_of_zero_or_nan_waits_nothing_after_the_first_retry() {
        for multiplier in [0.0, f64::NAN, -1.0] {
            let policy = RetryPolicy::default().with_multiplier(multiplier);
            assert_eq!(policy.backoff_bound(1), Duration::ZERO, "{multiplier}");
        }
        let tripling = RetryPolicy::default().with_multiplier(3.0);
        assert_eq!(tripling.backoff_bound(2), Duration::from_secs(9));
    }

    #[test]
    fn odd_policies_do_not_panic() {
        for multiplier in [f64::NAN, f64::INFINITY, -3.0, 0.0, 1e308] {
            let policy = RetryPolicy::default().with_multiplier(multiplier);
            for retry in [0, 1, 2, 100, u32::MAX] {
                assert!(policy.backoff(retry) <= policy.max_backoff);
            }
        }
        let tiny_cap = RetryPolicy::default().with_max_backoff(Duration::from_millis(5));
        assert_eq!(tiny_cap.backoff_bound(0), Duration::from_millis(5));
    }

    fn kind(code: u16, reasons: &[&str]) -> FailureKind {
        status_kind(
            StatusCode::from_u16(code).expect("status"),
            reasons.iter().copied(),
        )
    }

    #[test]
    fn idempotency() {
        assert!(is_idempotent(&Method::GET));
        assert!(is_idempotent(&Method::PUT));
        assert!(is_idempotent(&Method::DELETE));
        assert!(is_idempotent(&Method::HEAD));
        assert!(!is_idempotent(&Method::POST));
        assert!(!is_idempotent(&Method::PATCH));
    }

    #[test]
    fn statuses_like_googles_clients() {
        assert_eq!(kind(429, &[]), FailureKind::Refused);
        assert_eq!(kind(403, &["rateLimitExceeded"]), FailureKind::Refused);
        assert_eq!(
            kind(403, &["forbidden", "userRateLimitExceeded"]),
            FailureKind::Refused
        );
        assert_eq!(kind(403, &[]), FailureKind::Final);
        assert_eq!(kind(403, &["insufficientPermissions"]), FailureKind::Final);
        // A rate-limit reason only means "refused" on a 403.
        assert_eq!(kind(400, &["rateLimitExceeded"]), FailureKind::Final);
        for code in [408, 500, 502, 503, 504, 505, 507, 511, 599] {
            assert_eq!(kind(code, &[]), FailureKind::MayHaveActed, "{code}");
        }
        for code in [200, 308, 400, 401, 404, 409, 412, 501] {
            assert_eq!(kind(code, &[]), FailureKind::Final, "{code}");
        }
    }

    #[test]
    fn which_methods_are_retried() {
        let policy = RetryPolicy::default();
        for idempotent in [true, false] {
            assert!(policy.retries(FailureKind::Refused, idempotent));
            assert!(!policy.retries(FailureKind::Final, idempotent));
        }
        assert!(policy.retries(FailureKind::MayHaveActed, true));
        assert!(!policy.retries(FailureKind::MayHaveActed, false));
        let opted_in = policy.with_retry_non_idempotent(true);
        assert!(opted_in.retries(FailureKind::MayHaveActed, false));
        assert!(!opted_in.retries(FailureKind::Final, false));
    }

    /// `Retry-After` values made of digits, dates and junk: never a panic, and a number of
    /// seconds is read exactly.
    #[test]
    fn fuzz_retry_after() {
        let fragments: &[&[u8]] = &[
            b"0",
            b"7",
            b"99999999999999999999",
            b"Sun, 06 Nov 1994 08:49:37 GMT",
            b"Sunday, 06-Nov-94 08:49:37 GMT",
            b"Sun Nov  6 08:49:37 1994",
            b" ",
            b"-",
            b"+",
            b".",
            b"GMT",
            b"Feb 30",
            b"\xff",
            b"\t",
        ];
        let mut hostile = crate::hostile_input::HostileInput::new(3);
        let now = SystemTime::now();
        let policy = RetryPolicy::default().with_max_elapsed(None);
        for _ in 0..20_000 {
            let value = hostile.text(fragments, 8);
            let parsed = parse_retry_after(&value, now);
            // Whatever the header says, the wait stays within the policy.
            assert!(policy.delay(0, parsed) <= policy.max_backoff, "{value:?}");
            let trimmed = value.trim();
            if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
                assert_eq!(
                    parsed,
                    trimmed.parse().ok().map(Duration::from_secs),
                    "{value:?}"
                );
            }
        }
        hostile.report("Retry-After");
    }
}
