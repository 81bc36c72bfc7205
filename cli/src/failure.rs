//! Why a run failed, and the exit code that tells it to a script.

use std::fmt;

/// The exit code of a usage or validation error: nothing was sent.
pub const USAGE: u8 = 2;
/// The exit code of an error answer from the API (any HTTP status but success).
pub const API: u8 = 3;
/// The exit code of a failure to talk to the API: connection, time limit, credentials, an answer
/// that breaks the protocol or cannot be read.
pub const TRANSPORT: u8 = 4;
/// The exit code of a local failure after the call: an output file that cannot be written.
pub const LOCAL: u8 = 1;

/// What ended a run early.
#[derive(Debug)]
pub enum Failure {
    /// Not a failure: help was asked for, and this is it (printed on standard output, exit 0).
    Help(String),
    /// Bad input: one line on standard error, nothing sent.
    Usage(String),
    /// The API answered with an error.
    Api(Box<google_api_runtime::error::ApiError>),
    /// A long-running operation (`--wait`) ended in failure.
    Operation(Box<google_api_runtime::error::OperationError>),
    /// The exchange with the server failed.
    Transport(String),
    /// Something local failed.
    Local(String),
    /// Standard output was closed by its reader: the run stops quietly (exit 0).
    Closed,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Self {
        Failure::Usage(message.into())
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Help(_) | Failure::Closed => 0,
            Failure::Usage(_) => USAGE,
            Failure::Api(_) | Failure::Operation(_) => API,
            Failure::Transport(_) => TRANSPORT,
            Failure::Local(_) => LOCAL,
        }
    }
}

impl From<google_api_runtime::Error> for Failure {
    fn from(error: google_api_runtime::Error) -> Self {
        use google_api_runtime::Error;
        match error {
            Error::InvalidArgument { .. } | Error::UniverseMismatch { .. } => {
                Failure::Usage(error.to_string())
            }
            Error::Api(api) => Failure::Api(api),
            Error::Operation(op) => Failure::Operation(op),
            other => {
                let hint = untrusted_certificate_hint(&other).unwrap_or_default();
                Failure::Transport(format!("{}{hint}", chain(&other)))
            }
        }
    }
}

/// An error and its causes on one line, each said once.
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let shown = cause.to_string();
        if !text.contains(&shown) {
            text.push_str(": ");
            text.push_str(&shown);
        }
        source = cause.source();
    }
    text.replace('\n', " ")
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Help(m) | Failure::Usage(m) | Failure::Transport(m) | Failure::Local(m) => {
                f.write_str(m)
            }
            Failure::Api(api) => write!(f, "{api}"),
            Failure::Operation(op) => write!(f, "{op}"),
            Failure::Closed => f.write_str("standard output was closed"),
        }
    }
}

/// What to add to the error of a run that failed on a certificate no trusted authority vouches
/// for (the runtime's error already names the host, the issuer and `SSL_CERT_FILE`).
fn untrusted_certificate_hint(error: &(dyn std::error::Error + 'static)) -> Option<&'static str> {
    let mut cause = Some(error);
    while let Some(inner) = cause {
        if inner
            .downcast_ref::<google_api_runtime::transport::TransportError>()
            .is_some_and(google_api_runtime::transport::TransportError::is_untrusted_certificate)
        {
            return Some("; or give gapi that certificate with --ca-certs FILE (or GAPI_CA_CERTS)");
        }
        cause = inner.source();
    }
    None
}
