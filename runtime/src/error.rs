//! The error type of every call: [`Error`], and the details of a Google API error: [`ApiError`].

mod api;
pub(crate) mod excerpt;
mod operation;
mod protocol_violation;

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

use http::StatusCode;

use crate::auth::AuthError;
use crate::transport::TransportError;

pub use api::{ApiError, ErrorItem};
pub use operation::OperationError;
pub(crate) use protocol_violation::violation;

/// Everything that can go wrong with a call.
///
/// Every variant carries the id of the method that was called (for example
/// `gmail.users.messages.get`), and `Display` names it. The variants tell apart:
///
/// - [`Error::Api`]: the server answered with an error status (the details Google sent are in
///   [`ApiError`]);
/// - [`Error::Transport`]: the request could not be sent or the response could not be read
///   (connection failure, timeout, broken body);
/// - [`Error::Auth`]: the [`TokenProvider`](crate::auth::TokenProvider) could not produce a
///   credential;
/// - [`Error::Decode`]: the server answered with success but the body is not what the method's
///   response type expects;
/// - [`Error::Protocol`]: the server answered in a way that breaks the protocol the runtime
///   speaks (a repeated page token, an upload offset that moves back, a batch answer that cannot
///   be read, a `Content-Range` other than the one asked for);
/// - [`Error::InvalidArgument`]: the call was refused before anything was sent;
/// - [`Error::UniverseMismatch`]: the client's universe domain is not its credentials', so
///   nothing was sent.
/// - [`Error::Operation`]: a long-running operation the call started ended in failure (the
///   details are in [`OperationError`]); [`Error::OperationTimeout`]: it was still running when
///   the poller's deadline came.
///
/// One convention for causes, as hyper's and reqwest's errors follow it: `Display` shows this
/// error's own one-line summary, never its cause's text; [`StdError::source`] returns the cause,
/// whose `Display` says the next step, and so on. A reporter that walks the chain (anyhow's and
/// eyre's `{:#}`, `{:?}`) prints each cause once; `to_string()` alone gives the summary. Nothing
/// in the chain ever shows a token or an API key.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a non-success HTTP status.
    Api(Box<ApiError>),
    /// The request could not be sent, or the response could not be read.
    #[non_exhaustive]
    Transport {
        /// Id of the method that was called.
        method_id: &'static str,
        /// What went wrong; any URL it carries has the API key removed.
        source: TransportError,
    },
    /// The token provider failed to produce a credential.
    #[non_exhaustive]
    Auth {
        /// Id of the method that was called.
        method_id: &'static str,
        /// What the provider reported.
        source: AuthError,
    },
    /// A successful response whose body could not be decoded into the expected type.
    #[non_exhaustive]
    Decode {
        /// Id of the method that was called.
        method_id: &'static str,
        /// The HTTP status of the response.
        status: StatusCode,
        /// Where in the JSON document decoding failed, for example `messages[3].payload.headers`
        /// (`.` for the top level).
        path: String,
        /// A bounded excerpt of the body around the failure, for diagnostics.
        snippet: String,
        /// The JSON decoder's error.
        source: serde_json::Error,
    },
    /// The server answered in a way that breaks the protocol: the answer cannot be used, and
    /// trying again would not help.
    #[non_exhaustive]
    Protocol {
        /// Id of the method that was called (`batch` for a batch as a whole).
        method_id: &'static str,
        /// The HTTP status of the answer at fault.
        status: StatusCode,
        /// The part of the answer at fault: a header (`Range`, `Content-Range`, `Location`,
        /// `Content-ID`) or a JSON field (`nextPageToken`).
        part: String,
        /// A bounded excerpt of the offending value.
        excerpt: String,
        /// What is wrong.
        message: String,
    },
    /// The call was refused before any request was made: a parameter that does not match its
    /// pattern, a path parameter that would change the path, a missing path parameter, a request
    /// body that could not be serialized, or an unusable URL.
    #[non_exhaustive]
    InvalidArgument {
        /// Id of the method that was called.
        method_id: &'static str,
        /// The parameter at fault, when there is one.
        parameter: Option<&'static str>,
        /// What is wrong.
        message: String,
    },
    /// The client calls into one universe (`googleapis.com`, or another set with
    /// [`ClientBuilder::universe_domain`](crate::ClientBuilder::universe_domain) or
    /// `GOOGLE_CLOUD_UNIVERSE_DOMAIN`) and its credentials belong to another: the call was refused
    /// before anything was sent, as the credentials are worthless there.
    #[non_exhaustive]
    UniverseMismatch {
        /// Id of the method that was called.
        method_id: &'static str,
        /// The client's universe domain.
        client: String,
        /// The credentials' universe domain.
        credentials: String,
    },
    /// A long-running operation ended in failure.
    Operation(Box<OperationError>),
    /// A long-running operation was still running when the poller's deadline came.
    #[non_exhaustive]
    OperationTimeout {
        /// Id of the method that started the operation.
        method_id: &'static str,
        /// The operation's `name`, when the server gave one.
        name: Option<String>,
        /// How long the poller had waited.
        waited: Duration,
    },
}

impl Error {
    /// Builds an [`Error::InvalidArgument`].
    pub(crate) fn invalid_argument(
        method_id: &'static str,
        parameter: Option<&'static str>,
        message: impl Into<String>,
    ) -> Self {
        Error::InvalidArgument {
            method_id,
            parameter,
            message: message.into(),
        }
    }

    /// Builds an [`Error::Transport`].
    pub(crate) fn transport(method_id: &'static str, source: TransportError) -> Self {
        Error::Transport { method_id, source }
    }

    /// Builds an [`Error::Auth`].
    pub(crate) fn auth(method_id: &'static str, source: AuthError) -> Self {
        Error::Auth { method_id, source }
    }

    /// The id of the method whose call failed, for example `gmail.users.messages.get`.
    pub fn method_id(&self) -> &'static str {
        match self {
            Error::Api(e) => e.method_id,
            Error::Operation(e) => e.method_id,
            Error::OperationTimeout { method_id, .. }
            | Error::Transport { method_id, .. }
            | Error::Auth { method_id, .. }
            | Error::Decode { method_id, .. }
            | Error::Protocol { method_id, .. }
            | Error::InvalidArgument { method_id, .. }
            | Error::UniverseMismatch { method_id, .. } => method_id,
        }
    }

    /// The HTTP status of the response, when a response was received.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode { status, .. } | Error::Protocol { status, .. } => Some(*status),
            Error::Operation(e) => e.status,
            Error::Transport { .. }
            | Error::Auth { .. }
            | Error::InvalidArgument { .. }
            | Error::UniverseMismatch { .. }
            | Error::OperationTimeout { .. } => None,
        }
    }

    /// Whether the failure is of a kind that may go away on a new attempt: HTTP 408, 429, a 5xx
    /// other than 501, a 403 whose reason is `rateLimitExceeded` or `userRateLimitExceeded`, a
    /// connection failure, a timeout or a connection lost half-way.
    ///
    /// This does not consider whether the call is safe to repeat; the client itself repeats some
    /// of these only for idempotent methods (see [`RetryPolicy`](crate::RetryPolicy)).
    pub fn is_retryable(&self) -> bool {
        use crate::client::{status_kind, transport_kind, FailureKind};
        match self {
            Error::Api(e) => {
                let reasons = e.errors.iter().filter_map(|item| item.reason.as_deref());
                status_kind(e.status, reasons) != FailureKind::Final
            }
            Error::Transport { source, .. } => transport_kind(source) != FailureKind::Final,
            Error::Auth { .. }
            | Error::Decode { .. }
            | Error::Protocol { .. }
            | Error::InvalidArgument { .. }
            | Error::UniverseMismatch { .. }
            | Error::Operation(_)
            | Error::OperationTimeout { .. } => false,
        }
    }

    /// Whether the request timed out, or an operation outlived its poller's deadline.
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Transport { source, .. } => source.is_timeout(),
            Error::OperationTimeout { .. } => true,
            _ => false,
        }
    }

    /// How a long-running operation failed, if this is such a failure.
    pub fn as_operation_error(&self) -> Option<&OperationError> {
        match self {
            Error::Operation(e) => Some(e),
            _ => None,
        }
    }

    /// The details of a Google API error, if this is one.
    pub fn as_api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Converts into the details of a Google API error, if this is one.
    pub fn into_api_error(self) -> Result<ApiError, Self> {
        match self {
            Error::Api(e) => Ok(*e),
            other => Err(other),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => fmt::Display::fmt(e, f),
            Error::Operation(e) => fmt::Display::fmt(e, f),
            Error::OperationTimeout {
                method_id,
                name,
                waited,
            } => {
                write!(f, "{method_id}: the operation")?;
                if let Some(name) = name {
                    write!(f, " `{name}`")?;
                }
                write!(f, " was still running after {:.1} s", waited.as_secs_f64())
            }
            Error::Transport { method_id, .. } => write!(f, "{method_id}: transport error"),
            Error::Auth { method_id, .. } => {
                write!(f, "{method_id}: could not obtain credentials")
            }
            Error::Decode {
                method_id,
                status,
                path,
                ..
            } => write!(
                f,
                "{method_id}: could not decode the response (HTTP {}) at `{path}`",
                status.as_u16()
            ),
            Error::Protocol {
                method_id,
                status,
                part,
                message,
                ..
            } => write!(
                f,
                "{method_id}: the server broke the protocol (HTTP {}) at `{part}`: {message}",
                status.as_u16()
            ),
            Error::InvalidArgument {
                method_id,
                parameter: Some(parameter),
                message,
            } => write!(f, "{method_id}: invalid argument `{parameter}`: {message}"),
            Error::InvalidArgument {
                method_id, message, ..
            } => write!(f, "{method_id}: invalid argument: {message}"),
            Error::UniverseMismatch {
                method_id,
                client,
                credentials,
            } => write!(
                f,
                "{method_id}: the client's universe domain `{client}` does not match its \
                 credentials' universe domain `{credentials}` (the client's is `googleapis.com` \
                 unless set with `ClientBuilder::universe_domain` or GOOGLE_CLOUD_UNIVERSE_DOMAIN)"
            ),
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Error::Api(_)
            | Error::Protocol { .. }
            | Error::InvalidArgument { .. }
            | Error::UniverseMismatch { .. }
            | Error::Operation(_)
            | Error::OperationTimeout { .. } => None,
            Error::Transport { source, .. } => Some(source),
            Error::Auth { source, .. } => Some(source),
            Error::Decode { source, .. } => Some(source),
        }
    }
}

impl From<ApiError> for Error {
    fn from(value: ApiError) -> Self {
        Error::Api(Box::new(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use http::HeaderMap;

    fn api_error(body: &str) -> Error {
        ApiError::from_response(
            "gmail.users.messages.get",
            StatusCode::NOT_FOUND,
            HeaderMap::new(),
            Bytes::copy_from_slice(body.as_bytes()),
        )
        .into()
    }

    #[test]
    fn api_error_display_names_method_status_and_message() {
        let err = api_error(
            r#"{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND"}}"#,
        );
        assert_eq!(
            err.to_string(),
            "gmail.users.messages.get: HTTP 404 Not Found (NOT_FOUND): Requested entity was not found."
        );
        assert_eq!(err.method_id(), "gmail.users.messages.get");
        assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
        assert!(!err.is_retryable());
        assert!(err.as_api_error().is_some());
        assert!(err.source().is_none());
    }

    #[test]
    fn invalid_argument_display() {
        let with_param = Error::invalid_argument("a.b.c", Some("name"), "must not be empty");
        assert_eq!(
            with_param.to_string(),
            "a.b.c: invalid argument `name`: must not be empty"
        );
        let without = Error::invalid_argument("a.b.c", None, "bad body");
        assert_eq!(without.to_string(), "a.b.c: invalid argument: bad body");
        assert_eq!(without.status(), None);
    }

    #[test]
    fn auth_display_and_source() {
        let cause = std::io::Error::other("connection reset");
        let err = Error::auth("x.y", AuthError::with_source("token expired", cause));
        assert_eq!(err.to_string(), "x.y: could not obtain credentials");
        assert_eq!(
            chain(&err),
            "x.y: could not obtain credentials: token expired: connection reset"
        );
        assert!(!err.is_retryable());
    }

    /// The error and its causes as anyhow's `{:#}` shows them: each `Display`, joined by `: `.
    pub(crate) fn chain(err: &(dyn StdError + 'static)) -> String {
        let mut shown = err.to_string();
        let mut cause = err.source();
        while let Some(inner) = cause {
            shown.push_str(": ");
            shown.push_str(&inner.to_string());
            cause = inner.source();
        }
        shown
    }

    /// Its text is tested where it is made (`error/protocol_violation.rs`); here, what the error
    /// says about itself.
    #[test]
    fn protocol_error_has_no_source_and_is_not_retried() {
        let err = violation(
            "x.list",
            StatusCode::OK,
            "nextPageToken",
            b"t1",
            "the server repeated a page token",
        );
        assert!(err.source().is_none());
        assert_eq!(err.status(), Some(StatusCode::OK));
        assert!(!err.is_retryable());
    }

    #[test]
    fn decode_display_names_path() {
        let source = serde_json::from_str::<u32>("\"x\"").err();
        let Some(source) = source else {
            panic!("expected a decode failure")
        };
        let err = Error::Decode {
            method_id: "x.y",
            status: StatusCode::OK,
            path: "items[0].id".into(),
            snippet: "{\"items\":[{\"id\":\"x\"}]}".into(),
            source,
        };
        assert_eq!(
            err.to_string(),
            "x.y: could not decode the response (HTTP 200) at `items[0].id`"
        );
        let shown = chain(&err);
        assert!(shown.contains("invalid type: string"), "{shown}");
        assert_eq!(shown.matches("invalid type").count(), 1, "{shown}");
        assert_eq!(err.status(), Some(StatusCode::OK));
    }

    #[test]
    fn retryable_statuses() {
        for (code, retryable) in [
            (429, true),
            (500, true),
            (503, true),
            (501, false),
            (400, false),
        ] {
            let Ok(status) = StatusCode::from_u16(code) else {
                panic!("bad status")
            };
            let err: Error =
                ApiError::from_response("m", status, HeaderMap::new(), Bytes::new()).into();
            assert_eq!(err.is_retryable(), retryable, "{code}");
        }
    }
}
