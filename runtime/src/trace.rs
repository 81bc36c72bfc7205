//! Tracing spans named and shaped as OpenTelemetry's semantic conventions for HTTP clients say,
//! so that a service exporting `tracing` spans to OpenTelemetry (`tracing-opentelemetry`) shows
//! the runtime's requests as HTTP client calls without configuration:
//!
//! - one `google_api_call` span per call (the logical operation: `otel.name` is the method id,
//!   with the API, crate and path template);
//! - inside it, one `http_request` span per request sent (`otel.kind = "client"`,
//!   `http.request.method`, `url.full` with credentials redacted, `server.address`,
//!   `server.port`, `http.request.resend_count` from the second attempt on,
//!   `http.response.status_code`, and `error.type` with `otel.status_code = "ERROR"` on failure).
//!
//! Both are at `INFO` level, the level such pipelines usually keep.

use std::future::Future;

use tracing::field::Empty;
use tracing::{Instrument as _, Span};

use crate::call::MethodInfo;
use crate::transport::Url;
use crate::{Client, Error};

/// The span of one whole call (every attempt, paging aside): the one place a call's span is
/// opened, for sends read whole or streamed and for downloads alike.
pub(crate) struct CallSpan(Span);

impl CallSpan {
    /// Opens the span of a call of `method` through `client`: the method id and HTTP method, the
    /// API and crate, nothing secret.
    pub(crate) fn open(client: &Client, method: &MethodInfo) -> Self {
        CallSpan(call_span(client, method))
    }

    /// Runs the call inside the span: `prepare` first (the checks made before sending; a refusal
    /// there returns at once and leaves the span unmarked, nothing having been attempted), then
    /// `send` with what it prepared, whose failure marks the span as failed.
    pub(crate) async fn run<P, T, Fut>(
        self,
        prepare: impl FnOnce() -> Result<P, Error>,
        send: impl FnOnce(P) -> Fut,
    ) -> Result<T, Error>
    where
        Fut: Future<Output = Result<T, Error>>,
    {
        let span = self.0;
        let marked = span.clone();
        async move {
            let prepared = prepare()?;
            let outcome = send(prepared).await;
            record_outcome(&marked, &outcome);
            outcome
        }
        .instrument(span)
        .await
    }
}

/// The span of a whole call of `method`.
fn call_span(client: &Client, method: &MethodInfo) -> Span {
    let api = client.api();
    tracing::info_span!(
        "google_api_call",
        "otel.name" = method.id,
        "rpc.system" = "http",
        "rpc.service" = api.name,
        "rpc.method" = method.id,
        "gcp.client.service" = api.name,
        "gcp.client.version" = api.crate_version,
        "gcp.client.artifact" = api.crate_name,
        "url.template" = method.path,
        "http.request.method" = %method.http_method,
        "error.type" = Empty,
        "otel.status_code" = Empty,
    )
}

/// The span of one request sent: `resend_count` earlier requests were sent for the same call
/// (retries, a refreshed credential). Its URL is recorded once the credential is added.
pub(crate) fn request_span(method: &http::Method, url: &Url, resend_count: u32) -> Span {
    let span = tracing::info_span!(
        "http_request",
        "otel.name" = %method,
        "otel.kind" = "client",
        "http.request.method" = %method,
        "url.full" = Empty,
        "server.address" = url.host(),
        "server.port" = url.port().unwrap_or(if url.scheme() == "http" { 80 } else { 443 }),
        "http.request.resend_count" = Empty,
        "http.response.status_code" = Empty,
        "error.type" = Empty,
        "otel.status_code" = Empty,
    );
    if resend_count > 0 {
        span.record("http.request.resend_count", resend_count);
    }
    span
}

/// Records the URL as sent (`secret_url` when the URL itself grants access, an upload session's,
/// whose query is then left out).
pub(crate) fn record_url(span: &Span, url: &Url, secret_url: bool) {
    span.record("url.full", shown_url(url, secret_url));
}

/// Records the status of the answer on a request span.
pub(crate) fn record_status(span: &Span, status: http::StatusCode) {
    span.record("http.response.status_code", status.as_u16());
    if status.is_client_error() || status.is_server_error() {
        record_error_on(span, status.as_str());
    }
}

/// Marks `span` as failed with `kind` (a status code, or how the transport failed).
pub(crate) fn record_error_on(span: &Span, kind: &str) {
    span.record("error.type", kind);
    span.record("otel.status_code", "ERROR");
}

/// Marks a call span as failed when `outcome` is an error.
fn record_outcome<T>(span: &Span, outcome: &Result<T, Error>) {
    let Err(error) = outcome else { return };
    let kind = match error {
        Error::Api(api) => api.status.as_str(),
        Error::Transport { source, .. } => source.kind_name(),
        Error::Auth { .. } => "auth",
        Error::Decode { .. } => "decode",
        Error::Protocol { .. } => "protocol",
        Error::InvalidArgument { .. } => "invalid_argument",
        Error::UniverseMismatch { .. } => "universe_mismatch",
        Error::Operation(_) => "operation",
        Error::OperationTimeout { .. } => "operation_timeout",
    };
    record_error_on(span, kind);
}

/// `url` as a span shows it: credentials in the query redacted by the crate's one rule
/// ([`crate::redact`]: API keys, tokens, signed URLs' signatures, upload ids), or no query at all
/// for a URL that is itself a secret.
fn shown_url(url: &Url, secret_url: bool) -> String {
    match url.query().filter(|_| !secret_url) {
        Some(query) => format!(
            "{}?{}",
            crate::redact::url(url.without_query()),
            crate::redact::pairs(query)
        ),
        None => crate::redact::url(url.without_query()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(url: &str, secret: bool) -> String {
        shown_url(&Url::parse(url).unwrap(), secret)
    }

    #[test]
    fn credentials_in_the_query_are_redacted() {
        assert_eq!(
            shown(
                "https://a.example/v1/x?key=AIza123&alt=json&access_token=ya29",
                false
            ),
            "https://a.example/v1/x?key=REDACTED&alt=json&access_token=REDACTED"
        );
        assert_eq!(
            shown("https://a.example/v1/x?keys=1&akey=2&key", false),
            "https://a.example/v1/x?keys=1&akey=2&key=REDACTED"
        );
        // Signed URLs (OpenTelemetry's conventions ask for their signatures to be redacted).
        assert_eq!(
            shown(
                "https://storage.example/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256\
                 &X-Goog-Credential=sa%2F20261202&X-Goog-Signature=9f2a&sig=abc",
                false
            ),
            "https://storage.example/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256\
             &X-Goog-Credential=REDACTED&X-Goog-Signature=REDACTED&sig=REDACTED"
        );
        assert_eq!(
            shown("https://a.example/v1/x", false),
            "https://a.example/v1/x"
        );
    }

    #[test]
    fn a_secret_url_loses_its_query() {
        assert_eq!(
            shown("https://a.example/upload?upload_id=s3cr3t&key=k", true),
            "https://a.example/upload"
        );
    }
}
